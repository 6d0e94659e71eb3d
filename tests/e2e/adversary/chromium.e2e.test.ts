// The employer's page against Sightline in Chromium, on default settings: the same trap page on a work
// site (in scope) and a personal site (out of scope), in a browser with the built extension and in one
// with no extension. The page must see exactly the same thing in both, and none of its traps may catch
// code from outside the page. The extension must still have reported the work page, so a broken
// extension cannot pass by doing nothing. See traps.page.js for what the page does.
// ADVERSARY_NOISE_CHECK=1 makes the second run extension-free too: everything must then pass, which
// shows the probes are stable from run to run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server';
import { DIST_CHROME, eventually, readReport, tabIdOf } from '../browser';
import { differences, foreignHits, type AdversaryResult } from './compare';
import { extractConstants } from './constants';
import { ADVERSARY_PATH, ADVERSARY_SITES, serveAdversaryPage, type SiteName } from './page';
import { SITES, untilSightlineObserves, visitChromium } from './visit-chromium';

const noiseCheck = !!process.env.ADVERSARY_NOISE_CHECK;
let server: FixtureServer;
let without: Record<SiteName, AdversaryResult>;
let withSightline: Record<SiteName, AdversaryResult>;
let workReport: unknown = null;

beforeAll(async () => {
  const constants = extractConstants(DIST_CHROME);
  console.log(`adversary (Chromium): ${constants.length} string constants from ${DIST_CHROME}`);
  server = await startFixtureServer();
  serveAdversaryPage(server, constants);
  without = await visitChromium(server, { withExtension: false });
  withSightline = await visitChromium(server, {
    withExtension: !noiseCheck,
    ...(noiseCheck
      ? {}
      : {
          ready: untilSightlineObserves,
          // After the redesign the report appears a little after load: wait for it.
          after: async (launched) => {
            const tabId = (await tabIdOf(launched, `${ADVERSARY_SITES.work}${ADVERSARY_PATH}`))!;
            // Not just any report: the page's own global, read in its world while every trap was armed.
            workReport = await eventually(
              'the page-reported pendo global in the work page report',
              async () => {
                const report = await readReport(launched, tabId);
                return report?.findings.pendo?.signals.some((s) => s.value === 'window.pendo' && s.source === 'page')
                  ? report
                  : undefined;
              },
              15_000,
            ).catch(() => null);
          },
        }),
  });
  // Which traps this browser let the page set (some prototypes are immutable), for whoever reads the log.
  console.log('adversary trap setup:', JSON.stringify(without.work.traps));
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('an employer page in Chromium cannot tell whether Sightline is installed', () => {
  it.skipIf(noiseCheck)(
    "the extension is working: it read the page's own monitoring global from inside the page",
    () => {
      expect(workReport).not.toBeNull();
    },
  );

  for (const site of SITES) {
    it(`on the ${site} site, every probe sees the same with and without Sightline`, () => {
      expect(differences(without[site], withSightline[site])).toEqual([]);
    });

    it(`on the ${site} site, no trap caught code from outside the page`, () => {
      expect(foreignHits(without[site]), 'without Sightline (the harness itself)').toEqual([]);
      expect(foreignHits(withSightline[site])).toEqual([]);
    });
  }
});
