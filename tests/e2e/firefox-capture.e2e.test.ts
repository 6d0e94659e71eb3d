// A HAR recorded in real Firefox (from BiDi's network events, tests/e2e/bidi-har.ts) while the extension
// watched the demo work app: `sightline scan` finds the products the live extension found on that page,
// and every request the extension counted for a product is in the capture's evidence for it; the
// session cookie and Authorization header the HAR carries appear in no output. Ports 443/80: run under
// flock /tmp/sightline-ports.lock (docs/testing.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { BIDI_SECRET, recordHar } from './bidi-har';
import { eventually, EXPECTED_ON_TIMESHEETS, WORK_SITE, type ReportShape } from './browser';
import { launchFirefox, readReport, tabIdOf, waitUntilObserving, type FirefoxLaunched } from './firefox';

const root = join(import.meta.dirname, '..', '..');
const firefox = ensureFirefox();
if (!firefox.path) console.log(`Skipping the Firefox capture test: ${firefox.reason}`);
const dir = mkdtempSync(join(tmpdir(), 'sightline-ff-capture-'));
const harFile = join(dir, 'contoso-firefox.har');

describe.skipIf(!firefox.path)('a HAR recorded in real Firefox', () => {
  let server: FixtureServer | undefined;
  let ff: FirefoxLaunched | undefined;
  let live: ReportShape;

  beforeAll(async () => {
    server = await startFixtureServer({ https: 443, http: 80 });
    ff = await launchFirefox(firefox.path!);
    await waitUntilObserving(ff);
    const page = await ff.browser.newPage();
    const recording = recordHar(page);
    await page.goto(`${WORK_SITE}/`);
    const tabId = (await tabIdOf(ff, `${WORK_SITE}/`))!;
    live = await eventually(
      "the extension's findings on the front page",
      async () => {
        const report = await readReport(ff!, tabId);
        return report && EXPECTED_ON_TIMESHEETS.every((id) => report.findings[id]) ? report : undefined;
      },
      20_000,
    );
    // Late beacons land in both the report and the recording; then read the report again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    live = (await readReport(ff, tabId))!;
    writeFileSync(harFile, recording.har());
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives the live extension's findings in `sightline scan`, and no secret of the HAR", () => {
    const run = spawnSync(join(root, 'scripts', 'sightline.mjs'), ['scan', harFile, '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const capture = (
      JSON.parse(run.stdout) as {
        files: {
          capture: {
            sites: { site: string; findings: { ruleId: string; signals: { kind: string; value: string }[] }[] }[];
          };
        }[];
      }
    ).files[0]!.capture;
    const site = capture.sites.find((s) => s.site === 'contoso.sharepoint.com')!;
    expect(site.findings.map((f) => f.ruleId).sort()).toEqual(Object.keys(live.findings).sort());
    for (const finding of site.findings) {
      const scanned = new Set(finding.signals.filter((s) => s.kind !== 'script_src').map((s) => s.value));
      const seen = new Set(
        live.findings[finding.ruleId]!.signals.filter((s) => s.source === 'network').map((s) => s.value),
      );
      for (const value of seen) expect(scanned, `${finding.ruleId}: ${value}`).toContain(value);
    }
    expect(run.stdout).not.toContain(BIDI_SECRET);
  });
});
