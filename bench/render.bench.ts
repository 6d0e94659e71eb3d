/// <reference types="chrome" />
// `npm run bench:render`: the app page's first meaningful render with a large evidence log (issue 18:
// at most 300 ms with 100,000 records). Real Chromium with dist/chrome loaded; the log is filled in the
// extension's own IndexedDB with records sealed as the background seals them (bench/evidence-fixtures.ts,
// moved so the last one is now, so "this week" has data), then the overview (#overview) is opened and
// the time from navigation start to the summary sentence is read from the page's own clock
// (performance.now(), whose origin is the navigation). The baseline is the same page over an empty log,
// in the same browser and run, so the ratio says what the log's size costs whatever the machine.
// Ends with `RESULT overview_empty_ms=N overview_10000_ms=N overview_100000_ms=N ratio_100000=N`;
// SIZES=1000,2000 RUNS=3 for a quick look.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server';
import { launchChromium, waitUntilObserving } from '../tests/e2e/browser';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal/seal';
import { drafts } from './evidence-fixtures';

const RUNS = Number(process.env.RUNS ?? 7);
const SIZES = (process.env.SIZES ?? '10000,100000').split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!process.argv.includes('--no-build'))
  execFileSync('node', ['scripts/build.mjs'], { cwd: join(import.meta.dirname, '..'), stdio: 'ignore' });

/** `n` sealed records whose newest is `now`, one a minute, as the background would have written them. */
function sealedLog(n: number, now: number) {
  const made = drafts(n, 1);
  const shift = now - made[made.length - 1]!.at;
  const moved = made.map((d) => ({
    ...d,
    at: d.at + shift,
    firstAt: d.firstAt + shift,
    lastAt: d.lastAt + shift,
  }));
  return sealDrafts(moved, { seq: 0, hash: GENESIS_HASH });
}

/** Replace the extension's log with `records` (in chunks, so no message is too large). */
async function fillLog(page: Page, records: unknown[], head: unknown): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('sightline-evidence');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction(['log', 'pending'], 'readwrite');
    tx.objectStore('log').clear();
    tx.objectStore('pending').clear();
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  });
  for (let i = 0; i < records.length; i += 5_000) {
    await page.evaluate(
      async ({ chunk, last, head }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open('sightline-evidence');
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        const tx = db.transaction(['log', 'meta'], 'readwrite');
        for (const record of chunk) tx.objectStore('log').put(record);
        if (last) tx.objectStore('meta').put(head, 'head');
        await new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { chunk: records.slice(i, i + 5_000), last: i + 5_000 >= records.length, head },
    );
  }
}

/** Milliseconds from navigation start until the overview's summary sentence is on screen. */
async function overviewRenderMs(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  return page.evaluate(`new Promise((done) => {
    const look = () => {
      const summary = document.querySelector('[data-testid="dash-summary"]');
      if (summary && summary.textContent) done(performance.now());
      else requestAnimationFrame(look);
    };
    look();
  })`) as Promise<number>;
}

const server = await startFixtureServer();
const browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
const results: Record<string, number> = {};
try {
  await waitUntilObserving(browser);
  const page = await browser.context.newPage();
  const url = `chrome-extension://${browser.extensionId}/src/options/index.html#overview`;
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html#settings`);
  await fillLog(page, [], { seq: 0, hash: GENESIS_HASH });
  const times = async () => {
    await overviewRenderMs(page, url); // warm the code cache once
    return median(
      await Array.from({ length: RUNS }).reduce<Promise<number[]>>(async (acc) => {
        const xs = await acc;
        return [...xs, await overviewRenderMs(page, url)];
      }, Promise.resolve([])),
    );
  };
  results.empty = await times();
  console.log(`empty log: overview rendered in ${results.empty.toFixed(0)} ms (median of ${RUNS})`);
  for (const n of SIZES) {
    const { sealed, head } = sealedLog(n, Date.now());
    await fillLog(page, sealed, head);
    results[n] = await times();
    console.log(`${n.toLocaleString('en-GB')} records: overview rendered in ${results[n]!.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
const big = SIZES[SIZES.length - 1]!;
const sized = SIZES.map((n) => `overview_${n}_ms=${results[n]!.toFixed(0)}`).join(' ');
console.log(
  `RESULT overview_empty_ms=${results.empty!.toFixed(0)} ${sized} ratio_${big}=${(results[big]! / results.empty!).toFixed(2)} ` +
    `(target: 100,000 records ≤ 300 ms)`,
);
