// An extension force-installed through Chromium enterprise policy, as an employer installs one, is found
// by the options page's "Extensions your employer installed" check, flagged as installed by the employer
// with its risky permissions explained, and can be added to the evidence log, the export and the report.
// The stand-in (tests/fixtures/stand-in-extension) is packed with a throwaway key and served from
// loopback; the machine-wide policy file lives only while this file's one browser runs, and is removed in
// afterAll (and on process exit) whatever happens. Root only: elsewhere the file is skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { BROWSER_SITE } from '../../src/evidence/log/entry';
import { parseBundle, verifyBundle } from '../../src/evidence/export/read-bundle';
import { englishText } from '../../src/core/english-text';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import {
  canWritePolicy,
  copyWithRequiredManagement,
  packExtension,
  startUpdateServer,
  writeForceInstallPolicy,
  type ForceInstallPolicy,
  type PackedExtension,
  type UpdateServer,
} from '../fixtures/force-install';
import { seriousViolations } from './axe';
import { DIST_CHROME, eventually, extensionProbe, launchChromium, readLogEntries, type Launched } from './browser';
import { optionsUrl } from './options-app';

const STAND_IN_DIR = join(import.meta.dirname, '..', 'fixtures', 'stand-in-extension');
const STAND_IN_NAME = 'Stand-in Workforce Monitor';

let packed: PackedExtension | undefined;
let updates: UpdateServer | undefined;
let copy: { dir: string; close(): void } | undefined;
let server: FixtureServer | undefined;
let policy: ForceInstallPolicy | undefined;
let browser: Launched;
let options: Page;
let log: Page;

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe.skipIf(!canWritePolicy())('an extension force-installed by enterprise policy', () => {
  beforeAll(async () => {
    packed = packExtension(ensureChromium(), STAND_IN_DIR);
    updates = await startUpdateServer(packed);
    copy = copyWithRequiredManagement(DIST_CHROME);
    server = await startFixtureServer();
    // From here until afterAll, every Chromium on the machine would force-install the stand-in.
    policy = writeForceInstallPolicy(packed.id, updates.updateUrl);
    browser = await launchChromium({
      resolverRules: server.resolverRules,
      withExtension: true,
      extensionDir: copy.dir,
      allowPolicyExtensions: true,
    });
    const probe = await extensionProbe(browser);
    await eventually(
      'the browser to force-install the stand-in',
      () =>
        probe.evaluate(
          async (id) => (await chrome.management.getAll()).some((e) => e.id === id && e.installType === 'admin'),
          packed!.id,
        ),
      20_000,
    );
    options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'settings'));
  }, 60_000);

  afterAll(async () => {
    policy?.remove();
    await browser?.close();
    await updates?.close();
    await server?.close();
    copy?.close();
    packed?.close();
  });

  it('came from the loopback update server named in the policy', () => {
    expect(updates!.log).toEqual(expect.arrayContaining(['/updates.xml', '/extension.crx']));
  });

  it('is listed as installed by the employer, with its risky permissions in plain words', async () => {
    await options.getByTestId('extensions-check').click();
    await options.getByTestId('extensions-list').waitFor();
    const card = options.getByTestId(`extension-${packed!.id}`);
    expect(await card.getAttribute('data-policy-installed')).toBe('true');
    expect(await card.locator('h3').textContent()).toContain(STAND_IN_NAME);
    expect(await card.getByTestId('extension-policy').textContent()).toBe(englishText('extPolicyInstalled'));
    expect(await card.textContent()).toContain(englishText('extInstall_admin'));
    // The rule database cannot know a key made minutes ago; marking by id is proven in the unit tests.
    expect(await card.getByTestId('extension-known').count()).toBe(0);
    const risks = card.getByTestId('extension-risks').locator('li');
    expect(await risks.evaluateAll((items) => items.map((li) => li.getAttribute('data-risk')))).toEqual([
      'allSites',
      'history',
      'tabs',
      'webRequest',
      'cookies',
    ]);
    expect(await risks.first().textContent()).toBe(englishText('extensionRisk_allSites'));
    // Sightline itself is not listed, and nothing else is.
    expect(await options.getByTestId(`extension-${browser.extensionId}`).count()).toBe(0);
    expect(await options.getByTestId('extensions-list').locator(':scope > li').count()).toBe(1);
  });

  it('has no serious or critical axe violations with the list shown', async () => {
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('adds it to the evidence log, at the browser rather than a site', async () => {
    await options.getByTestId('extensions-record').click();
    expect(await options.getByTestId('extensions-status').textContent()).toBe(
      'Added 1 extension to the evidence log. They are in your exports and the printable report.',
    );
    const entry = await eventually('the extension entry', async () =>
      (await readLogEntries(browser)).find((e) => e.signalValue === `${packed!.id} 1.0.0`),
    );
    expect(entry).toMatchObject({ kind: 'first_seen', site: BROWSER_SITE, count: 1 });
    expect(entry.ruleId).toBeUndefined();
    expect(entry.evidence).toBe(
      `extension ${packed!.id} "${STAND_IN_NAME}" 1.0.0; install admin; enabled; permissions cookies history tabs webRequest; hosts <all_urls>`,
    );
    // The app's evidence section shows it without waiting for browsing to happen.
    log = await browser.context.newPage();
    await log.goto(optionsUrl(browser.extensionId, 'evidence'));
    await eventually(
      'the log row',
      async () => (await log.getByTestId('log-row').filter({ hasText: STAND_IN_NAME }).count()) === 1,
    );
  });

  it('is in a sealed export that verifies, and in the printable report with its permissions explained', async () => {
    await log.getByTestId('redaction').selectOption('full');
    const parsed = parseBundle(await download(log, 'export-json'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await verifyBundle(parsed.bundle)).toMatchObject({ intact: true });
    expect(parsed.bundle.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ signalKind: 'extension_id', source: 'browser', site: BROWSER_SITE }),
      ]),
    );
    const html = await download(log, 'export-report');
    const section = html.slice(
      html.indexOf('<section id="extensions"'),
      html.indexOf('</section>', html.indexOf('<section id="extensions"')),
    );
    expect(section).toContain(STAND_IN_NAME);
    expect(section).toContain('Installed by the employer&#39;s policy');
    expect(section).toContain(englishText('extensionRisk_history'));
    expect(html).toContain('The browser had 1 extension installed by the employer&#39;s policy');
  });

  it('says plainly when the permission cannot be withdrawn (this test copy has it built in)', async () => {
    await options.getByTestId('extensions-withdraw').click();
    await eventually(
      'the answer',
      async () => (await options.getByTestId('extensions-status').getAttribute('role')) === 'alert',
    );
    expect(await options.getByTestId('extensions-status').textContent()).toMatch(/^Could not withdraw the access: /);
    // The list stays: nothing was withdrawn.
    expect(await options.getByTestId(`extension-${packed!.id}`).count()).toBe(1);
  });
});
