// Reads each in-scope page from the extension side once it has loaded, and again a few seconds later for
// tools that load lazily: script srcs and resource timing (a backfill of requests made before the
// request listener was live), the permissions the site holds (isolated world), and which rule-named
// globals the page defines (MAIN world, through a function that calls nothing a page could patch: see
// src/content/defined-globals.ts). Nothing runs in a page at document_start, nothing runs on sites out of
// scope, and nothing talks to the page: the answers come back through the browser, not the DOM.
// What the page's world says is labelled page-reported: the page controls it and could lie.
import browser, { type Tabs } from 'webextension-polyfill';
import { matchPageSignals, matchRequest } from '../rules/match';
import { definedGlobals } from '../content/defined-globals';
import { readPage, SITE_PERMISSION_QUERIES } from '../content/read-page';
import { MAX_GLOBALS_ANSWER, PAGE_READING_LIMITS } from '../core/page-limits';
import { grantedAccess, liveCapture } from '../shared/site-access';
import { splitUrl } from '../core/url';
import { parsePageReading } from './page-reading';
import { recordDetections, recordSiteAccess } from './record';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';
import { siteInScope } from './scope';
import { siteOfTab } from './tab-sites';

/** A second look this long after load, for monitoring tools that load late. */
export const RESCAN_AFTER_MS = 4000;
const GLOBAL_NAMES = [...ruleIndex.globals.keys()];
const KNOWN_GLOBALS = new Set(GLOBAL_NAMES);

async function inject<T>(
  tabId: number,
  world: 'ISOLATED' | 'MAIN',
  func: (...args: never[]) => T,
  args: unknown[],
): Promise<unknown> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    world,
    func: func as () => void,
    args,
  });
  return result?.result;
}

/** Which of the rule-named globals the page's own world defines (not the DOM's named elements). */
async function pageGlobals(tabId: number, domNamed: readonly string[]): Promise<string[]> {
  const answer = await inject(tabId, 'MAIN', definedGlobals, [GLOBAL_NAMES]);
  if (typeof answer !== 'string' || answer.length > MAX_GLOBALS_ANSWER) return [];
  return answer.split('\n').filter((name) => KNOWN_GLOBALS.has(name) && !domNamed.includes(name));
}

/** `first`: the page's signals count as a page load's; later looks add only what is new. */
async function scanPage(tabId: number, site: string, first: boolean): Promise<void> {
  const reading = parsePageReading(
    await inject(tabId, 'ISOLATED', readPage, [GLOBAL_NAMES, SITE_PERMISSION_QUERIES, PAGE_READING_LIMITS]),
  );
  // The document answered must be this site's, and the tab must still show it: a page that navigated
  // away in between is some other document's business.
  if (!reading || splitUrl(reading.href)?.host !== site) return;
  const globals = await pageGlobals(tabId, reading.domNamed);
  if ((await siteOfTab(tabId)) !== site || !(await siteInScope(site))) return;
  const at = Date.now();
  recordDetections(
    tabId,
    site,
    matchPageSignals(ruleIndex, globals, reading.scripts),
    at,
    first ? 'count' : 'backfill',
  );
  // The timing list is the page's account of what it loaded (a page's own service worker can answer a
  // vendor's URL without any request leaving the browser): labelled page_timing, never "network".
  const timed = reading.resources
    .flatMap((url) => matchRequest(ruleIndex, { url, type: 'other' }))
    .map((d) => ({ ...d, source: 'page_timing' as const }));
  recordDetections(tabId, site, timed, at, 'backfill');
  recordSiteAccess(tabId, site, at, { granted: grantedAccess(reading.permissions) });
}

function scanSoon(tabId: number, site: string): void {
  const scan = (first: boolean) =>
    scanPage(tabId, site, first).catch(() => {
      // The tab closed or navigated, or is a page extensions may not read: nothing to record.
    });
  void scan(true);
  setTimeout(() => void scan(false), RESCAN_AFTER_MS);
}

browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  const site = splitUrl(tab.url)?.host;
  if (!site) return;
  void siteInScope(site).then((inScope) => {
    if (!inScope) return;
    if (change.status === 'complete') scanSoon(tabId, site);
    // Firefox says what a tab is capturing now (camera, microphone, screen); Chromium has no such field.
    const sharing = (change as { sharingState?: Parameters<typeof liveCapture>[0] }).sharingState;
    if (sharing) recordSiteAccess(tabId, site, Date.now(), { live: liveCapture(sharing) });
  });
});
