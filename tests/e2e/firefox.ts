/// <reference types="chrome" />
// Launch Debian's firefox-esr with the built extension (dist/firefox) through puppeteer-core over
// WebDriver BiDi, following ../shared/BROWSER-TESTING.md ("Firefox"):
// - every hostname resolves to 127.0.0.1 (network.dns.forceResolve); Firefox cannot remap ports, so the
//   fixture server listens on 443 and 80;
// - the extension's moz-extension:// UUID is pinned (extensions.webextensions.uuids), so its pages have
//   known addresses;
// - BiDi refuses to navigate to moz-extension:// unless Firefox runs with --remote-allow-system-access
//   (its switch for test automation). The switch lets one page reach the options page; every other
//   extension page is opened from inside the extension with tabs.create, as a user's click would, and
//   driven as the newest page. (Extension pages are evaluated with the `chrome` namespace, which
//   Firefox provides with promises in Manifest V3.) The extension itself is the shipped build: no test-only code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { eventually, loadSentinelUntilRecorded, type ReportShape } from './browser';

export const DIST_FIREFOX = join(import.meta.dirname, '..', '..', 'dist', 'firefox');
/** Any fixed UUID: Firefox otherwise picks a random one per profile. */
const EXTENSION_UUID = '5e1f7a3c-2b4d-4c6e-8a9b-0c1d2e3f4a5b';

export interface FirefoxLaunched {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  base: string;
  /** Where Firefox saves downloads (exports from the options page). */
  downloads: string;
  /** An extension page kept open for reading the extension's state. */
  probe: Page;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${DIST_FIREFOX}/manifest.json has no gecko id: run "npm run build" first (npm test does)`);
  return id;
}

/**
 * `withExtension: false` launches the same Firefox with no extension (for with-versus-without
 * comparisons); `base` is then empty and `probe` is a blank page.
 */
export async function launchFirefox(
  executablePath: string,
  extraPrefs: Record<string, string | number | boolean> = {},
  options: {
    withExtension?: boolean;
    /** another build of the same extension (the previous release) */ extensionDir?: string;
  } = {},
): Promise<FirefoxLaunched> {
  const id = geckoId();
  const downloads = mkdtempSync(join(tmpdir(), 'sightline-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5,
      'services.settings.server': 'data:,#',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // Exports from the options page land here without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...extraPrefs,
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(downloads, { recursive: true, force: true });
  };
  try {
    if (options.withExtension === false) return { browser, base: '', downloads, probe: await browser.newPage(), close };
    await browser.installExtension(options.extensionDir ?? DIST_FIREFOX);
    const base = `moz-extension://${EXTENSION_UUID}/`;
    return { browser, base, downloads, probe: await openProbe(browser, base), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The options page, reached by navigation (see the header), for reading the extension's state. */
export async function openProbe(browser: Browser, base: string): Promise<Page> {
  const probe = await browser.newPage();
  const url = `${base}src/options/index.html`;
  // BiDi never reports this navigation as finished (the tab moves into the extension's process), but
  // the page loads: wait for it from inside instead of awaiting goto.
  void probe.goto(url, { timeout: 20_000 }).catch(() => undefined);
  await eventually('the first extension page', () => locationOf(probe).then((href) => href === url), 20_000);
  return probe;
}

async function locationOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined)).catch(() => undefined);
}

/** Open an extension page from inside the extension (tabs.create) and return it as the newest page. */
export async function openExtensionPage(ff: FirefoxLaunched, path: string): Promise<Page> {
  const url = ff.base + path;
  const known = new Set(await ff.browser.pages());
  await ff.probe.evaluate((u) => void chrome.tabs.create({ url: u }), url);
  const page = await eventually('the new extension tab', async () =>
    (await ff.browser.pages()).find((p) => !known.has(p)),
  );
  await eventually(`${path} to load`, () => locationOf(page).then((href) => href === url));
  return page;
}

/** Load the sentinel until the extension has recorded it: its webRequest listener is then live. */
export async function waitUntilObserving(ff: FirefoxLaunched): Promise<void> {
  const page = await ff.browser.newPage();
  try {
    await loadSentinelUntilRecorded(
      (url) => page.goto(url),
      async (pattern) => {
        const tabId = await tabIdOf(ff, pattern);
        return tabId !== undefined && (await readReport(ff, tabId)) !== null;
      },
    );
  } finally {
    await page.close();
  }
}

export function tabIdOf(ff: FirefoxLaunched, urlPattern: string): Promise<number | undefined> {
  return ff.probe.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, urlPattern);
}

export function readReport<T = ReportShape>(ff: FirefoxLaunched, tabId: number): Promise<T | null> {
  return ff.probe.evaluate(
    async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as T | undefined) ?? null,
    tabId,
  );
}

/** The popup, opened as a tab for a given tab (as Chromium's tests do). */
export async function openPopupFor(ff: FirefoxLaunched, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(ff, `src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid=verdict]');
  return popup;
}

export function textOf(page: Page, testId: string): Promise<string> {
  return page.$eval(`[data-testid="${testId}"]`, (element) => element.textContent ?? '');
}

export async function countOf(page: Page, testId: string): Promise<number> {
  return (await page.$$(`[data-testid="${testId}"]`)).length;
}

/** The evidence log's entries as stored in IndexedDB (checkpoints left out). */
export function readLogEntries(ff: FirefoxLaunched): Promise<{ kind: string; site: string; ruleId?: string }[]> {
  return ff.probe.evaluate(
    () =>
      new Promise<{ kind: string; site: string; ruleId?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('sightline-evidence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('log').objectStore('log').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as { kind: string; site: string; ruleId?: string }[]).filter(
                (r) => r.kind !== 'checkpoint',
              ),
            );
          };
        };
      }),
  );
}
