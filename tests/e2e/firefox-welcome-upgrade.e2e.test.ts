// First run and update in real Firefox (firefox-esr over WebDriver BiDi), on ports 443 and 80 (run under
// `flock /tmp/sightline-ports.lock`).
// - Install: the welcome page opens by itself; the work apps ticked there are saved to the settings and
//   become the scope (a Slack page is not recorded while only Microsoft 365 is ticked).
// - Update: the previous release (main at ff1f6b7, 0.1.0) is built from `git archive` and installed,
//   used (a work site added, a declaration imported, a work app visited), then this build is installed
//   over it. Firefox fires runtime.onInstalled with reason "update" on this path (unlike Chromium's
//   restart path, tests/e2e/upgrade.e2e.test.ts), so "no welcome page on update" fails here if
//   src/background/open-welcome-on-install.ts stops checking the reason (checked by hand: see the branch report).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { eventually, WORK_SITE } from './browser';
import {
  DIST_FIREFOX,
  launchFirefox,
  openProbe,
  readLogEntries,
  readReport,
  tabIdOf,
  waitUntilObserving,
  type FirefoxLaunched,
} from './firefox';

const PREVIOUS_RELEASE = 'ff1f6b7';
const root = join(import.meta.dirname, '..', '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const firefox = ensureFirefox();
if (!firefox.path) console.log(`Skipping the Firefox welcome and update tests: ${firefox.reason}`);

let server: FixtureServer | undefined;

beforeAll(async () => {
  server = await startFixtureServer({ https: 443, http: 80 }).catch((error: Error) => {
    throw new Error(
      `the Firefox tests need ports 443 and 80 on 127.0.0.1 (run as root, as CI does, and with nothing else listening there): ${error.message}`,
    );
  });
  server.route('acme.slack.com', '/', '<!doctype html><title>Slack</title><p>channel</p>', 'text/html');
}, 30_000);

afterAll(async () => {
  await server?.close();
});

const settingsOf = (page: Page) =>
  page.evaluate(
    async () =>
      ((await chrome.storage.local.get('settings')).settings ?? null) as {
        workApps?: string[];
        userDomains: string[];
      } | null,
  );
const pageUrls = async (ff: FirefoxLaunched) =>
  Promise.all((await ff.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())));

async function reportFor(ff: FirefoxLaunched, url: string): Promise<unknown> {
  const page = await ff.browser.newPage();
  try {
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1500)); // longer than the extension's write delay
    const tabId = await tabIdOf(ff, `${url}*`);
    return tabId === undefined ? null : readReport(ff, tabId);
  } finally {
    await page.close();
  }
}

describe.skipIf(!firefox.path)('Firefox: the welcome page on install', () => {
  let ff: FirefoxLaunched | undefined;
  let welcome: Page;

  beforeAll(async () => {
    ff = await launchFirefox(firefox.path!);
    const url = `${ff.base}src/welcome/index.html`;
    welcome = await eventually(
      'the welcome page to open by itself',
      async () => {
        for (const page of await ff!.browser.pages())
          if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
        return undefined;
      },
      15_000,
    );
    await welcome.waitForSelector('[data-testid=work-apps]');
  }, 60_000);

  afterAll(async () => {
    await ff?.close();
  });

  it('opens once and says what Sightline never does', async () => {
    const urls = await pageUrls(ff!);
    expect(urls.filter((u) => u.includes('/src/welcome/'))).toHaveLength(1);
    expect(await welcome.$eval('[data-testid=welcome-never]', (e) => e.textContent)).toContain(
      'It never blocks anything.',
    );
  });

  it('saves the ticked work apps and makes them the scope', async () => {
    await welcome.click('[data-testid=work-apps-none]');
    await eventually('nothing ticked saved', async () => (await settingsOf(welcome))?.workApps?.length === 0);
    await welcome.click('[data-testid=work-app-microsoft-365]');
    await eventually(
      'Microsoft 365 saved',
      async () => (await settingsOf(welcome))?.workApps?.join() === 'microsoft-365',
    );
    expect(await welcome.$eval('[data-testid=work-apps-status]', (e) => e.textContent)).toMatch(
      /^Saved\. Sightline records on 1 of \d+ work apps/,
    );
    await waitUntilObserving(ff!);
    expect(await reportFor(ff!, 'https://acme.slack.com/')).toBeNull();
    expect(((await reportFor(ff!, `${WORK_SITE}/`)) as { site: string }).site).toBe('contoso.sharepoint.com');
  });
});

describe.skipIf(!firefox.path)(
  `Firefox: updating from the previous release (${PREVIOUS_RELEASE}) to ${version}`,
  () => {
    let work: string;
    let ff: FirefoxLaunched | undefined;
    type Snapshot = { version: string; local: Record<string, unknown>; log: unknown[] };
    let before: Snapshot;
    let after: Snapshot;
    let urlsAfterUpdate: string[];

    const snapshot = async (probe: Page): Promise<Snapshot> => ({
      version: await probe.evaluate(() => chrome.runtime.getManifest().version),
      local: await probe.evaluate(() => chrome.storage.local.get(null)),
      log: await readLogEntries({ ...ff!, probe }),
    });

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'sightline-ff-upgrade-'));
      const previous = join(work, 'previous');
      mkdirSync(previous);
      execFileSync('sh', ['-c', `git archive ${PREVIOUS_RELEASE} | tar -x -C "${previous}"`], { cwd: root });
      symlinkSync(join(root, 'node_modules'), join(previous, 'node_modules'), 'dir');
      execFileSync('node', ['scripts/build.mjs'], {
        cwd: previous,
        stdio: 'ignore',
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      });

      ff = await launchFirefox(firefox.path!, {}, { extensionDir: join(previous, 'dist', 'firefox') });
      await waitUntilObserving(ff);
      await ff.probe.type('[data-testid=scope-input]', 'intranet.example.org');
      await ff.probe.click('[data-testid=scope-add]');
      await ff.probe.waitForSelector('[data-testid=scope-list]');
      const input = (await ff.probe.$('input[data-testid=declaration-import]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring-0.1.json'));
      await ff.probe.waitForSelector('[data-testid=declaration-message]');
      const page = await ff.browser.newPage();
      await page.goto(`${WORK_SITE}/`);
      await eventually(
        'log entries for the work app',
        async () => (await readLogEntries(ff!)).filter((e) => e.ruleId).length >= 3,
        20_000,
      );
      await new Promise((r) => setTimeout(r, 1500));
      before = await snapshot(ff.probe);

      // This build over the installed one: same id, so Firefox updates it in place.
      await ff.browser.installExtension(DIST_FIREFOX);
      await new Promise((r) => setTimeout(r, 3000)); // time for an onInstalled tab to appear, if one would
      urlsAfterUpdate = await pageUrls(ff);
      after = await snapshot(await openProbe(ff.browser, ff.base));
    }, 180_000);

    afterAll(async () => {
      await ff?.close();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('updates the same extension in place', () => {
      expect(before.version).toBe('0.1.0');
      expect(after.version).toBe(version);
    });

    it('keeps the settings, the added work site and the declarations exactly as they were', () => {
      expect((before.local.settings as { userDomains: string[] }).userDomains).toEqual(['intranet.example.org']);
      expect((before.local.declarations as { declarations: unknown[] }).declarations).toHaveLength(1);
      for (const [key, value] of Object.entries(before.local)) expect(after.local[key], key).toEqual(value);
    });

    it('keeps every evidence log entry', () => {
      expect(before.log.length).toBeGreaterThanOrEqual(3);
      expect(after.log.slice(0, before.log.length)).toEqual(before.log);
    });

    it('opens no welcome page on update', () => {
      expect(urlsAfterUpdate.filter((url) => url.includes('/src/welcome/'))).toEqual([]);
    });
  },
);
