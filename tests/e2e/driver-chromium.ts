// Debian's Chromium behind the shared ExtensionBrowser interface (driver.ts): a thin wrapper over what
// browser.ts does with playwright-core (resolver rules to a fixture server on free loopback ports, the
// sentinel wait, state read from an extension page, the popup opened as a page for a tab).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../fixtures/server';
import {
  extensionProbe,
  launchChromium,
  openPopupFor,
  readLogEntries,
  readReport,
  tabIdOf,
  waitUntilObserving,
  type Launched,
} from './browser';
import { withQueries, type Evaluate, type ExtensionBrowser, type ObservedSession, type PageHandle } from './driver';
import { optionsUrl } from './options-app';

export function chromiumPage(page: Page): PageHandle {
  return withQueries({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as Evaluate,
    click: (selector) => page.click(selector),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    fill: (selector, value) => page.fill(selector, value),
    waitFor: async (selector) => {
      await page.waitForSelector(selector);
    },
    // Playwright reports a download started by an <a download> on a Blob URL and keeps the file.
    download: async (selector) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return readFileSync((await file.path())!, 'utf8');
    },
    upload: (selector, files) =>
      page.setInputFiles(
        selector,
        files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
      ),
    close: () => page.close(),
  });
}

export function chromiumBrowser(launched: Launched): ExtensionBrowser {
  return {
    name: 'chromium',
    newPage: async () => chromiumPage(await launched.context.newPage()),
    inExtension: (async (fn: (arg: unknown) => unknown, arg: unknown) =>
      (await extensionProbe(launched)).evaluate(fn, arg)) as Evaluate,
    tabIdOf: (pattern) => tabIdOf(launched, pattern),
    readReport: (tabId) => readReport(launched, tabId),
    readLogEntries: () => readLogEntries(launched),
    openPopup: async (tabId) => chromiumPage(await openPopupFor(launched, tabId)),
    openOptions: async (route) => {
      const page = await launched.context.newPage();
      await page.goto(optionsUrl(launched.extensionId, route));
      await page.locator(`main[data-route="${route}"]`).waitFor();
      return chromiumPage(page);
    },
    openExtensionPage: async (path) => {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${path}`, { waitUntil: 'load' });
      return chromiumPage(page);
    },
    close: () => launched.close(),
  };
}

/** A fixture server on free ports, Chromium with dist/chrome resolving every name to it, observing. */
export async function launchChromiumSession(): Promise<ObservedSession> {
  const server = await startFixtureServer();
  try {
    const launched = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
    const browser = chromiumBrowser(launched);
    const close = async () => {
      await browser.close();
      await server.close();
    };
    await waitUntilObserving(launched).catch(async (error: unknown) => {
      await launched.close();
      throw error;
    });
    return { browser, server, close };
  } catch (error) {
    await server.close();
    throw error;
  }
}
