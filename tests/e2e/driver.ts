/// <reference types="chrome" />
// One interface for driving a real browser with the built extension, so a journey is written once and
// runs in Chromium (driver-chromium.ts over browser.ts, playwright-core) and in Firefox
// (driver-firefox.ts over firefox.ts, puppeteer-core over WebDriver BiDi); each-browser.ts runs a spec
// on both. The interface holds only what both browsers can do the same way: pages are addressed with CSS
// selectors, and the extension's state is read from one of its own pages.
import type { FixtureServer } from '../fixtures/server';
import type { RouteId } from '../../src/dashboard/routes';
import { eventually, type LogEntryShape, type ReportShape } from './browser';

export type BrowserName = 'chromium' | 'firefox';

/** The CSS selector of the element with this data-testid. */
export const testId = (id: string): string => `[data-testid="${id}"]`;

/**
 * Run `fn` in a page with `arg` (plain JSON-like data: neither driver's element handles cross this
 * interface, so both drivers' unwrapping of handle types is the identity here).
 */
export type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** What each driver gives natively; `withQueries` adds the reads that work the same in both. */
export interface NativePage {
  /** Load `url` in this page and wait for its load event. */
  goto(url: string): Promise<void>;
  evaluate: Evaluate;
  /** A real click (input events), on the first element `selector` matches. */
  click(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  waitFor(selector: string): Promise<void>;
  /** Click `selector` and return the text of the file the browser downloads. */
  download(selector: string): Promise<string>;
  /** Choose these files in the file input `selector`, as a person picking them would. */
  upload(selector: string, files: readonly { name: string; text: string }[]): Promise<void>;
  close(): Promise<void>;
}

export interface PageHandle extends NativePage {
  /** The text of the first element `selector` matches, or null when none does. */
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** The data-testid of every element carrying one, in document order. */
  testIds(): Promise<string[]>;
}

export function withQueries(page: NativePage): PageHandle {
  return {
    ...page,
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    attribute: (selector, name) =>
      page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const),
    testIds: () =>
      page.evaluate(
        () => [...document.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid') ?? ''),
        undefined,
      ),
  };
}

/** A browser running the built extension, its request listener confirmed live. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  newPage(): Promise<PageHandle>;
  /** Run `fn` in an extension page kept open for reading state (`chrome.*`, IndexedDB). */
  inExtension: Evaluate;
  /** The first tab whose URL matches a match pattern. */
  tabIdOf(urlPattern: string): Promise<number | undefined>;
  readReport(tabId: number): Promise<ReportShape | null>;
  /** The evidence log's entries as stored in IndexedDB (checkpoints left out). */
  readLogEntries(): Promise<LogEntryShape[]>;
  /** The popup for a tab, opened as a page, once its verdict shows. */
  openPopup(tabId: number): Promise<PageHandle>;
  /** The options app at a section, once that section shows. */
  openOptions(route: RouteId): Promise<PageHandle>;
  /** Another of the extension's own pages, by its path in the build (`src/rep/index.html`), once loaded. */
  openExtensionPage(path: string): Promise<PageHandle>;
  close(): Promise<void>;
}

export interface ObservedSession {
  browser: ExtensionBrowser;
  /** The loopback fixture server the browser's every hostname resolves to. */
  server: FixtureServer;
  close(): Promise<void>;
}

/** The newest tab showing exactly `url` (tab ids grow), as the extension sees it. */
export function newestTabAt(browser: ExtensionBrowser, url: string): Promise<number> {
  return eventually(`a tab at ${url}`, () =>
    browser.inExtension(
      async (u) =>
        (await chrome.tabs.query({}))
          .filter((tab) => tab.url === u)
          .map((tab) => tab.id ?? -1)
          .sort((a, b) => a - b)
          .at(-1),
      url,
    ),
  );
}

/** Open `url` in a new page and return it with its tab id. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: PageHandle; tabId: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  return { page, tabId: await newestTabAt(browser, url) };
}

/** Wait until the tab's report satisfies `ready`, and return it. */
export function reportWhen(
  browser: ExtensionBrowser,
  tabId: number,
  what: string,
  ready: (report: ReportShape) => unknown,
  timeoutMs = 20_000,
): Promise<ReportShape> {
  return eventually(
    what,
    async () => {
      const report = await browser.readReport(tabId);
      return report && ready(report) ? report : undefined;
    },
    timeoutMs,
  );
}
