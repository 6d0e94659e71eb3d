// Debian's firefox-esr behind the shared ExtensionBrowser interface (driver.ts): a thin wrapper over
// what firefox.ts does with puppeteer-core over WebDriver BiDi (every name resolved to 127.0.0.1 with a
// fixture server on the real ports 443 and 80, the pinned extension UUID, extension pages opened from
// inside the extension, exports read from a download folder).
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startFixtureServer } from '../fixtures/server';
import { eventually, type LogEntryShape } from './browser';
import { withQueries, type Evaluate, type ExtensionBrowser, type ObservedSession, type PageHandle } from './driver';
import {
  launchFirefox,
  openExtensionPage,
  openPopupFor,
  readLogEntries,
  readReport,
  tabIdOf,
  waitUntilObserving,
  type FirefoxLaunched,
} from './firefox';

/**
 * The text of the file that appears in `folder` after `start`. Firefox writes a download to a `.part`
 * file and moves it into place, so the new file is read once no `.part` is left and its size holds still.
 */
async function downloadInto(folder: string, start: () => Promise<void>): Promise<string> {
  const before = new Set(readdirSync(folder));
  await start();
  let lastSize = -1;
  const file = await eventually(
    'the download to finish',
    async () => {
      const names = readdirSync(folder);
      const added = names.find((name) => !before.has(name) && !name.endsWith('.part'));
      if (!added || names.some((name) => name.endsWith('.part'))) return undefined;
      const size = statSync(join(folder, added)).size;
      const still = size > 0 && size === lastSize;
      lastSize = size;
      return still && added;
    },
    15_000,
  );
  return readFileSync(join(folder, file), 'utf8');
}

export function firefoxPage(page: Page, downloads: string): PageHandle {
  return withQueries({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate,
    click: (selector) => page.click(selector),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    // puppeteer's fill leaves a field as it was when given '' in Firefox: clear it as a person would,
    // selecting its text and pressing Backspace, so the page gets its input event.
    fill: async (selector, value) => {
      if (value !== '') return page.locator(selector).fill(value);
      await page.$eval(selector, (el) => {
        (el as HTMLInputElement).focus();
        (el as HTMLInputElement).select();
      });
      await page.keyboard.press('Backspace');
    },
    waitFor: async (selector) => {
      await page.waitForSelector(selector);
    },
    download: (selector) => downloadInto(downloads, () => page.click(selector)),
    // Firefox takes files from disk (WebDriver BiDi input.setFiles): written to a fresh folder first.
    upload: async (selector, files) => {
      const folder = mkdtempSync(join(tmpdir(), 'sightline-upload-'));
      const paths = files.map((f) => {
        writeFileSync(join(folder, f.name), f.text);
        return join(folder, f.name);
      });
      const input = await page.waitForSelector(selector);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    close: () => page.close(),
  });
}

export function firefoxBrowser(ff: FirefoxLaunched): ExtensionBrowser {
  const wrap = (page: Page) => firefoxPage(page, ff.downloads);
  return {
    name: 'firefox',
    newPage: async () => wrap(await ff.browser.newPage()),
    inExtension: ((fn: (arg: unknown) => unknown, arg: unknown) => ff.probe.evaluate(fn, arg)) as Evaluate,
    tabIdOf: (pattern) => tabIdOf(ff, pattern),
    readReport: (tabId) => readReport(ff, tabId),
    // The same IndexedDB records as in Chromium; firefox.ts types only the fields its own tests read.
    readLogEntries: async () => (await readLogEntries(ff)) as LogEntryShape[],
    openPopup: async (tabId) => wrap(await openPopupFor(ff, tabId)),
    openOptions: async (route) => {
      const page = await openExtensionPage(ff, `src/options/index.html#${route}`);
      await page.waitForSelector(`main[data-route="${route}"]`);
      return wrap(page);
    },
    openExtensionPage: async (path) => wrap(await openExtensionPage(ff, path)),
    close: () => ff.close(),
  };
}

/** A fixture server on ports 443 and 80 (Firefox cannot remap ports), Firefox with dist/firefox, observing. */
export async function launchFirefoxSession(executablePath: string): Promise<ObservedSession> {
  const server = await startFixtureServer({ https: 443, http: 80 }).catch((error: Error) => {
    throw new Error(
      `the Firefox tests need ports 443 and 80 on 127.0.0.1 (run as root, as CI does, with nothing else listening there; run under "flock /tmp/sightline-ports.lock"): ${error.message}`,
    );
  });
  try {
    const ff = await launchFirefox(executablePath);
    const browser = firefoxBrowser(ff);
    await waitUntilObserving(ff).catch(async (error: unknown) => {
      await ff.close();
      throw error;
    });
    return {
      browser,
      server,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
