// Real Chromium: a HAR recorded while the extension watched the demo work app gives the extension's own
// findings in `sightline scan`, in the capture page inside the extension, and in the standalone file
// opened from disk with no network; the capture page exports signed evidence and keeps nothing of the HAR.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { parseCaptureText } from '../../src/capture/read-capture-file';
import { verifyCapture } from '../../src/capture/seal-capture';
import { demoHar, harBytes, SECRETS } from '../../src/capture/test-hars';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import {
  eventually,
  EXPECTED_ON_TIMESHEETS,
  launchChromium,
  readReport,
  tabIdOf,
  waitUntilObserving,
  WORK_SITE,
  type Launched,
  type ReportShape,
} from './browser';
import { optionsUrl } from './options-app';
import { launchRecording } from './capture-recording';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sightline-capture-e2e-'));
const recorded = join(dir, 'contoso-chromium.har');
const secretHar = join(dir, 'with-secrets.har');
const STANDALONE = join(root, 'dist', 'sightline-capture.html');
let server: FixtureServer;
let live: ReportShape;

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Rule ids of the finding cards a capture page shows for a site. */
async function shownFindings(page: Page, site: string): Promise<string[]> {
  const section = page.getByTestId(`capture-site-${site}`);
  await section.waitFor();
  const ids = await section
    .locator('[data-testid^="finding-"]')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')!.slice('finding-'.length)));
  return ids.sort();
}

beforeAll(async () => {
  server = await startFixtureServer();
  writeFileSync(secretHar, harBytes(demoHar('chrome')));
  const browser = await launchRecording(server.resolverRules, recorded);
  try {
    await waitUntilObserving(browser);
    const page = await browser.context.newPage();
    await page.goto(`${WORK_SITE}/`);
    await page.waitForLoadState('load');
    const tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
    live = await eventually(
      "the extension's findings on the front page",
      async () => {
        const report = await readReport(browser, tabId);
        return report && EXPECTED_ON_TIMESHEETS.every((id) => report.findings[id]) ? report : undefined;
      },
      20_000,
    );
    // Let late beacons land in both the extension's report and the recording, then read the report again.
    await page.waitForTimeout(1500);
    live = (await readReport(browser, tabId))!;
  } finally {
    await browser.close();
  }
}, 90_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const networkValues = (report: ReportShape, id: string) =>
  [...new Set(report.findings[id]!.signals.filter((s) => s.source === 'network').map((s) => s.value))].sort();

describe('a HAR recorded in real Chromium', () => {
  it("gives the live extension's findings in `sightline scan`", () => {
    expect(existsSync(recorded)).toBe(true);
    const run = spawnSync(join(root, 'scripts', 'sightline.mjs'), ['scan', recorded, '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const capture = (
      JSON.parse(run.stdout) as {
        files: {
          capture: {
            sites: {
              site: string;
              findings: { ruleId: string; signals: { kind: string; value: string; evidence: string }[] }[];
            }[];
          };
        }[];
      }
    ).files[0]!.capture;
    const site = capture.sites.find((s) => s.site === 'contoso.sharepoint.com')!;
    expect(site.findings.map((f) => f.ruleId).sort()).toEqual(Object.keys(live.findings).sort());
    // Every request the extension saw for a product (a signal host or a vendor-domain contact) is in the
    // capture's evidence for it.
    for (const finding of site.findings) {
      const scanned = new Set(finding.signals.filter((s) => s.kind !== 'script_src').map((s) => s.value));
      for (const value of networkValues(live, finding.ruleId))
        expect(scanned, `${finding.ruleId}: ${value}`).toContain(value);
    }
    // The demo app sends identity in query strings; the recorded HAR holds them, the scan never does.
    expect(readFileSync(recorded, 'utf8')).toMatch(/jo\.bloggs|UserId|OrgId/);
    expect(run.stdout).not.toMatch(/jo\.bloggs|UserId|OrgId/);
  });
});

describe('the capture page inside the extension', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('warns before a file is chosen, shows the live findings, exports signed evidence and stores nothing of the HAR', async () => {
    const options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'rep'));
    // The page this link opens, not the welcome tab the first run may open at the same moment.
    const [page] = await Promise.all([options.waitForEvent('popup'), options.getByTestId('open-capture-page').click()]);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/src/capture-page/index.html');
    const warning = page.getByTestId('capture-warning');
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('A HAR file holds your session');
    // The warning comes before the file input in reading order, and the input points to it.
    expect(
      await page.evaluate(() =>
        Boolean(
          document
            .querySelector('[data-testid="capture-warning"]')!
            .compareDocumentPosition(document.querySelector('[data-testid="capture-har-input"]')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ),
    ).toBe(true);
    expect(await page.getByTestId('capture-har-input').getAttribute('aria-describedby')).toBe('capture-warning');

    await page.getByTestId('capture-har-input').setInputFiles(recorded);
    expect(await shownFindings(page, 'contoso.sharepoint.com')).toEqual(Object.keys(live.findings).sort());
    await page.getByTestId('capture-limits').waitFor();

    await page.getByTestId('capture-har-input').setInputFiles(secretHar);
    expect(await shownFindings(page, 'contoso.sharepoint.com')).toEqual([...EXPECTED_ON_TIMESHEETS].sort());
    await page
      .getByTestId('capture-declaration-input')
      .setInputFiles(join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json'));
    await expect
      .poll(() =>
        page.getByTestId('capture-site-contoso.sharepoint.com').getByTestId('verdict').getAttribute('data-state'),
      )
      .toBe('undeclared');
    const text = await download(page, 'capture-export');
    const parsed = parseCaptureText(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const verification = await verifyCapture(parsed.file);
    expect(verification.intact && verification.signature.status).toBe('valid');
    expect(parsed.file.tool.via).toBe('extension');
    expect(parsed.file.sites[0]!.findings.find((f) => f.ruleId === 'hotjar')?.status).toBe('undeclared');
    expect(await page.getByTestId('capture-exported').textContent()).toContain('Signed with this install');

    const page2 = await page.content();
    const stored = await page.evaluate(async () => {
      const dbs = await indexedDB.databases();
      return JSON.stringify({
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
        dbs: dbs.map((d) => d.name),
        ls: { ...localStorage },
      });
    });
    for (const secret of Object.values(SECRETS)) {
      expect(text).not.toContain(secret);
      expect(page2).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    expect(stored).not.toContain(parsed.file.har.sha256);
    // With findings, a declaration and the export shown: no serious or critical axe issue, light or dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect({ colorScheme, violations: await seriousViolations(page) }).toEqual({ colorScheme, violations: [] });
    }
  });
});

describe('the standalone capture file', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: false });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('works from disk with no network: same findings, sealed evidence marked unsigned', async () => {
    const page = await browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!/^(file|data|blob):/.test(request.url())) fetched.push(request.url());
    });
    await page.goto(pathToFileURL(STANDALONE).href);
    await page.getByTestId('capture-warning').waitFor();
    await page.getByTestId('capture-har-input').setInputFiles(recorded);
    expect(await shownFindings(page, 'contoso.sharepoint.com')).toEqual(Object.keys(live.findings).sort());
    // The shared UI's words come from _locales/en, not message keys.
    expect(await page.getByTestId('capture-limits').textContent()).toContain(
      'A capture holds only what this browser tab sent',
    );
    const text = await download(page, 'capture-export');
    const parsed = parseCaptureText(text, text.length);
    expect(parsed.ok && parsed.file.tool.via).toBe('standalone');
    if (parsed.ok)
      expect(await verifyCapture(parsed.file)).toEqual({ intact: true, signature: { status: 'unsigned' } });
    expect(await page.getByTestId('capture-exported').textContent()).toContain('Not signed');
    expect(fetched).toEqual([]);
  });
});
