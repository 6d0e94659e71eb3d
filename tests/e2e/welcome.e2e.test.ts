// The first-run page in real Chromium: it opens by itself on install (and only then), says what
// Sightline shows and never does, what a browser cannot see and that the employer controls the device;
// the person's work apps (ticked from the built-in list) and sites, and their rep's declaration file, are
// saved where the rest of the extension reads them and become what it records; a bad file changes
// nothing; no serious accessibility problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORK_APPS } from '../../src/scope/work-apps';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { seriousViolations } from './axe';
import {
  eventually,
  extensionProbe,
  launchChromium,
  readReport,
  tabIdOf,
  waitUntilObserving,
  WORK_SITE,
  type Launched,
} from './browser';
import { showSection } from './options-app';

const root = join(import.meta.dirname, '..', '..');
const messages = JSON.parse(readFileSync(join(root, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const DECLARATION = join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json');

let browser: Launched;
let server: FixtureServer;
let welcome: Page;
const welcomeUrl = () => `chrome-extension://${browser.extensionId}/src/welcome/index.html`;

async function stored(key: string): Promise<unknown> {
  const probe = await extensionProbe(browser);
  return probe.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);
}

beforeAll(async () => {
  // Work sites for checking that the choice is the scope: the demo work app on SharePoint (Microsoft
  // 365) and a plain page on Slack.
  server = await startFixtureServer();
  server.route('acme.slack.com', '/', '<!doctype html><title>Slack</title><p>channel</p>', 'text/html');
  browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
  welcome = await eventually(
    'the welcome page to open by itself',
    async () => browser.context.pages().find((p) => p.url() === welcomeUrl()),
    10_000,
  );
  await welcome.getByTestId('welcome-never').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Load `url` in a new tab, let the extension see it, and return its tab report (null: out of scope). */
/**
 * The tab report of a page opened at `url`. A page in scope gets one once the extension writes (after its
 * one-second buffer, later on a loaded machine), so that is waited for; for a page out of scope, nothing
 * appears, which only waiting longer than the write delay can show.
 */
async function reportFor(url: string, expected: 'recorded' | 'not recorded'): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    const read = async () => {
      const tabId = await tabIdOf(browser, `${url}*`);
      return tabId === undefined ? null : readReport(browser, tabId);
    };
    if (expected === 'not recorded') {
      await page.waitForTimeout(1500); // longer than the extension's write delay
      return await read();
    }
    let report: unknown = null;
    await eventually(`a report for ${url}`, async () => (report = await read()) !== null, 15_000);
    return report;
  } finally {
    await page.close();
  }
}

const checked = () =>
  welcome
    .locator('[data-testid^="work-app-"][type="checkbox"]:checked')
    .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-testid')!.slice('work-app-'.length)));

describe('the welcome page, opened on install', () => {
  it('opens exactly once, in its own tab', async () => {
    await welcome.waitForTimeout(500);
    expect(browser.context.pages().filter((p) => p.url() === welcomeUrl())).toHaveLength(1);
  });

  it('says what Sightline shows, that it never blocks or sends data, and keeps to work sites', async () => {
    const shows = await welcome.getByTestId('welcome-shows').textContent();
    expect(shows).toContain('monitoring products are active in the work web apps you use');
    const never = (await welcome.getByTestId('welcome-never').innerText()).replace(/\s+/g, ' ');
    expect(never).toContain('It never blocks anything.');
    expect(never).toContain('It never sends your data anywhere.');
    expect(never).toContain('only work sites');
  });

  it('names everything a browser cannot see, in the words the popup uses', async () => {
    const text = await welcome.getByTestId('welcome-cannot-see').innerText();
    const cannotSee = /cannot see (.+?)\. /.exec(messages.cannotSeeBody!.message)![1]!.split(/, | or /);
    expect(cannotSee).toContain('CCTV');
    for (const item of cannotSee) expect(text).toContain(item);
    expect(text).toContain('Nothing seen never means not monitored.');
  });

  it('says the employer controls the device and that export-then-clear is always possible', async () => {
    const text = await welcome.getByTestId('welcome-device').innerText();
    expect(text).toContain('Your employer controls this device');
    expect(text).toContain('Export your evidence');
    expect(text).toContain('Exporting and then clearing is always possible.');
  });

  it('offers every built-in work app, ticked, with its domains, until the person chooses', async () => {
    expect(await checked()).toEqual(WORK_APPS.map((a) => a.id));
    expect(await welcome.getByLabel('Microsoft 365').getAttribute('aria-describedby')).toBe(
      'work-app-microsoft-365-domains',
    );
    expect(await welcome.locator('#work-app-microsoft-365-domains').textContent()).toContain('sharepoint.com');
    expect(await welcome.getByTestId('work-apps-status').textContent()).toBe(
      `Saved. Sightline records on ${WORK_APPS.length} of ${WORK_APPS.length} work apps and on 0 sites you added.`,
    );
    expect(((await stored('settings')) as { workApps?: string[] } | null)?.workApps).toBeUndefined();
  });

  it('saves the apps the person ticks to the settings the background reads, and says what is now in scope', async () => {
    await welcome.getByTestId('work-apps-none').click();
    await eventually('nothing ticked', async () => (await checked()).length === 0);
    expect(await welcome.getByTestId('work-apps-status').textContent()).toContain(
      'Sightline records nothing until you choose one',
    );
    expect(((await stored('settings')) as { workApps: string[] }).workApps).toEqual([]);
    await welcome.getByLabel('Microsoft 365').check();
    await eventually(
      'Microsoft 365 saved',
      async () => ((await stored('settings')) as { workApps: string[] }).workApps.join() === 'microsoft-365',
    );
    expect(await checked()).toEqual(['microsoft-365']);
    expect(await welcome.getByTestId('work-apps-status').textContent()).toBe(
      `Saved. Sightline records on 1 of ${WORK_APPS.length} work apps and on 0 sites you added.`,
    );
  });

  it('makes the choice the scope: a page of a chosen app is recorded, one of an app not chosen is not, until it is ticked', async () => {
    await waitUntilObserving(browser); // the sentinel is on SharePoint: Microsoft 365, chosen
    expect(await reportFor('https://acme.slack.com/', 'not recorded')).toBeNull();
    expect(((await reportFor(`${WORK_SITE}/`, 'recorded')) as { site: string }).site).toBe('contoso.sharepoint.com');
    await welcome.getByLabel('Slack', { exact: true }).check();
    await eventually(
      'Slack saved',
      async () => ((await stored('settings')) as { workApps: string[] }).workApps.join() === 'microsoft-365,slack',
    );
    expect(((await reportFor('https://acme.slack.com/', 'recorded')) as { site: string }).site).toBe('acme.slack.com');
  });

  it('saves the sites the person adds beside the chosen apps', async () => {
    await welcome.getByTestId('scope-input').fill('https://Intranet.Example.co.uk/home');
    await welcome.getByTestId('scope-add').click();
    await welcome.getByTestId('scope-list').waitFor();
    expect(await welcome.getByTestId('scope-list').textContent()).toContain('intranet.example.co.uk');
    expect(((await stored('settings')) as { userDomains: string[] }).userDomains).toEqual(['intranet.example.co.uk']);
    expect(await welcome.getByTestId('work-apps-status').textContent()).toBe(
      `Saved. Sightline records on 2 of ${WORK_APPS.length} work apps and on 1 site you added.`,
    );
  });

  it('says what is wrong with input that is not a site, and saves nothing', async () => {
    await welcome.getByTestId('scope-input').fill('my intranet');
    await welcome.getByTestId('scope-add').click();
    expect(await welcome.getByTestId('scope-error').textContent()).toContain('without a path, port or spaces');
    expect(((await stored('settings')) as { userDomains: string[] }).userDomains).toEqual(['intranet.example.co.uk']);
  });

  it("imports the rep's declaration file and makes it the active policy", async () => {
    await welcome.getByTestId('welcome-declaration-import').setInputFiles(DECLARATION);
    const message = await welcome.getByTestId('welcome-declaration-message').textContent();
    expect(message).toMatch(/^Imported: .*Monitoring at work/);
    const declarations = (await stored('declarations')) as { activeId?: string; declarations: { id: string }[] };
    expect(declarations.declarations.map((d) => d.id)).toEqual(['contoso-monitoring-2026']);
    expect(declarations.activeId).toBe('contoso-monitoring-2026');
  });

  it('refuses a file that is not a declaration, says why, and keeps what was stored', async () => {
    const before = await stored('declarations');
    await welcome
      .getByTestId('welcome-declaration-import')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await eventually(
      'the error',
      async () => (await welcome.getByTestId('welcome-declaration-message').getAttribute('role')) === 'alert',
    );
    expect(await welcome.getByTestId('welcome-declaration-message').textContent()).toMatch(
      /^Nothing was changed: "notes\.json" could not be imported\. ./,
    );
    expect(await stored('declarations')).toEqual(before);
  });

  it('has no serious or critical axe violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await welcome.emulateMedia({ colorScheme });
      expect({ colorScheme, violations: await seriousViolations(welcome) }).toEqual({ colorScheme, violations: [] });
    }
    await welcome.emulateMedia({ colorScheme: 'light' });
  });

  it('links to the settings page, which shows what the welcome page saved', async () => {
    await welcome.getByTestId('welcome-open-settings').click();
    await welcome.waitForURL(/\/src\/options\/index\.html#settings$/);
    expect(await welcome.getByTestId('scope-list').textContent()).toContain('intranet.example.co.uk');
    expect(await checked()).toEqual(['microsoft-365', 'slack']);
    await showSection(welcome, 'policy');
    // The section reads the stored declarations after it shows: wait for them rather than race the read.
    await expect.poll(() => welcome.getByTestId('declaration-row').count()).toBe(1);
  });
});
