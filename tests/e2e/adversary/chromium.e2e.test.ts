// The employer's page against Sightline in Chromium, on default settings: the same trap page on a work
// site (in scope) and a personal site (out of scope), in a browser with the built extension and in one
// with no extension. The page must see exactly the same thing in both, and none of its traps may catch
// code from outside the page. The extension must still have reported the work page, so a broken
// extension cannot pass by doing nothing. See traps.page.js for what the page does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import { DIST_CHROME, eventually, launchChromium, loadSentinelUntilRecorded, readReport, tabIdOf, WORK_SITE, type Launched } from '../browser';
import { differences, foreignHits, type AdversaryResult } from './compare';
import { extractConstants } from './constants';
import { ADVERSARY_PATH, ADVERSARY_SITES, DONE_MESSAGE, serveAdversaryPage, type SiteName } from './page';

const SITES = Object.keys(ADVERSARY_SITES) as SiteName[];
let server: FixtureServer;
const seen: Record<'without' | 'with', Partial<Record<SiteName, AdversaryResult>>> = { without: {}, with: {} };
let workReport: unknown = null;

async function untilObserving(launched: Launched): Promise<void> {
  const page = await launched.context.newPage();
  await loadSentinelUntilRecorded((url) => page.goto(url), async (pattern) => {
    const tabId = await tabIdOf(launched, pattern);
    return tabId !== undefined && (await readReport(launched, tabId)) !== null;
  });
  await page.close();
}

async function visit(withExtension: boolean, as: 'with' | 'without' = withExtension ? 'with' : 'without'): Promise<void> {
  const launched = await launchChromium({ resolverRules: server.resolverRules, withExtension });
  try {
    // Both runs load the sentinel first (the extension run needs it), so they start alike.
    if (withExtension) await untilObserving(launched);
    else await (await launched.context.newPage()).goto(`${WORK_SITE}/sentinel.html`);
    // Both sites at once: each page takes ~8 s of its own timers (probes again after the extension's
    // post-load window), and nothing here depends on the other tab.
    await Promise.all(SITES.map(async (site) => {
      const page = await launched.context.newPage();
      const done = page.waitForEvent('console', { predicate: (m) => m.text() === DONE_MESSAGE, timeout: 30_000 });
      await page.goto(ADVERSARY_SITES[site] + ADVERSARY_PATH);
      await done;
      const json = await page.evaluate(() => (window as unknown as { __adversaryResult(): string | null }).__adversaryResult());
      seen[as][site] = JSON.parse(json!) as AdversaryResult;
    }));
    if (withExtension) {
      const tabId = (await tabIdOf(launched, `${ADVERSARY_SITES.work}${ADVERSARY_PATH}`))!;
      workReport = await eventually('a report for the work page', () => readReport(launched, tabId), 15_000).catch(() => null);
    }
  } finally {
    await launched.close();
  }
}

beforeAll(async () => {
  const constants = extractConstants(DIST_CHROME);
  console.log(`adversary (Chromium): ${constants.length} string constants from ${DIST_CHROME}`);
  server = await startFixtureServer();
  serveAdversaryPage(server, constants);
  await visit(false);
  // ADVERSARY_NOISE_CHECK=1: the second run has no extension either, to show the probes are stable.
  await visit(!process.env.ADVERSARY_NOISE_CHECK, 'with');
  // Which traps this browser let the page set (some prototypes are immutable), for whoever reads the log.
  console.log('adversary trap setup:', JSON.stringify(seen.without.work?.traps));
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('an employer page in Chromium cannot tell whether Sightline is installed', () => {
  it.skipIf(!!process.env.ADVERSARY_NOISE_CHECK)('the extension is working: it reported the work page', () => {
    expect(workReport).not.toBeNull();
  });

  for (const site of SITES) {
    it(`on the ${site} site, every probe sees the same with and without Sightline`, () => {
      expect(differences(seen.without[site]!, seen.with[site]!)).toEqual([]);
    });

    it(`on the ${site} site, no trap caught code from outside the page`, () => {
      expect(foreignHits(seen.without[site]!), 'without Sightline (the harness itself)').toEqual([]);
      expect(foreignHits(seen.with[site]!)).toEqual([]);
    });
  }
});
