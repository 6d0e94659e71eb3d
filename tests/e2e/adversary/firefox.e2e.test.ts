// The employer's page against Sightline in Firefox (firefox-esr over WebDriver BiDi), on default
// settings: as chromium.e2e.test.ts, with dist/firefox. Firefox cannot remap ports, so the fixture server
// listens on 443 and 80 (root needed, as in CI) of its own loopback address, which Firefox resolves every
// name to: other Firefox test runs on 127.0.0.1 do not collide with it. Skipped, saying why, only when
// firefox-esr is missing and cannot be installed.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../../scripts/ensure-firefox';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import { eventually, WORK_SITE } from '../browser';
import { DIST_FIREFOX, launchFirefox, readReport, tabIdOf, waitUntilObserving } from '../firefox';
import { differences, foreignHits, type AdversaryResult } from './compare';
import { extractConstants } from './constants';
import { ADVERSARY_PATH, ADVERSARY_SITES, DONE_MESSAGE, serveAdversaryPage, type SiteName } from './page';

const firefox = ensureFirefox();
if (!firefox.path) console.log(`Skipping the Firefox adversary tests: ${firefox.reason}`);

const ADDRESS = '127.0.0.43';
const SITES = Object.keys(ADVERSARY_SITES) as SiteName[];
let server: FixtureServer | undefined;
const seen: Record<'without' | 'with', Partial<Record<SiteName, AdversaryResult>>> = { without: {}, with: {} };
let workReport: unknown = null;

function doneOn(page: Page): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the adversary page never finished')), 30_000);
    page.on('console', (message) => {
      if (message.text() !== DONE_MESSAGE) return;
      clearTimeout(timer);
      resolve();
    });
  });
}

async function visit(withExtension: boolean, as: 'with' | 'without'): Promise<void> {
  const ff = await launchFirefox(firefox.path!, { 'network.dns.forceResolve': ADDRESS }, { withExtension });
  try {
    // Both runs load the sentinel first (the extension run needs it), so they start alike.
    if (withExtension) await waitUntilObserving(ff);
    else await (await ff.browser.newPage()).goto(`${WORK_SITE}/sentinel.html`);
    // Both sites at once, as in Chromium: each page runs ~8 s on its own timers.
    await Promise.all(
      SITES.map(async (site) => {
        const page = await ff.browser.newPage();
        const done = doneOn(page);
        await page.goto(ADVERSARY_SITES[site] + ADVERSARY_PATH);
        await done;
        const json = await page.evaluate(() =>
          (window as unknown as { __adversaryResult(): string | null }).__adversaryResult(),
        );
        seen[as][site] = JSON.parse(json!) as AdversaryResult;
      }),
    );
    if (withExtension) {
      const tabId = (await tabIdOf(ff, `${ADVERSARY_SITES.work}${ADVERSARY_PATH}`))!;
      // Not just any report: the page's own global, read in its world while every trap was armed.
      workReport = await eventually(
        'the page-reported pendo global in the work page report',
        async () => {
          const report = await readReport(ff, tabId);
          return report?.findings.pendo?.signals.some((s) => s.value === 'window.pendo' && s.source === 'page')
            ? report
            : undefined;
        },
        15_000,
      ).catch(() => null);
    }
  } finally {
    await ff.close();
  }
}

describe.skipIf(!firefox.path)('an employer page in Firefox cannot tell whether Sightline is installed', () => {
  beforeAll(async () => {
    const constants = extractConstants(DIST_FIREFOX);
    console.log(`adversary (Firefox): ${constants.length} string constants from ${DIST_FIREFOX}`);
    server = await startFixtureServer({ https: 443, http: 80 }, ADDRESS).catch((error: Error) => {
      throw new Error(
        `the Firefox tests need ports 443 and 80 on ${ADDRESS} (run as root, as CI does): ${error.message}`,
      );
    });
    serveAdversaryPage(server, constants);
    await visit(false, 'without');
    // ADVERSARY_NOISE_CHECK=1: the second run has no extension either, to show the probes are stable.
    await visit(!process.env.ADVERSARY_NOISE_CHECK, 'with');
    // Which traps this browser let the page set (some prototypes are immutable), for whoever reads the log.
    console.log('adversary trap setup:', JSON.stringify(seen.without.work?.traps));
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!!process.env.ADVERSARY_NOISE_CHECK)(
    "the extension is working: it read the page's own monitoring global from inside the page",
    () => {
      expect(workReport).not.toBeNull();
    },
  );

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
