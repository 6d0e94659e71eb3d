// Isolated-world content script. Collects what the page loaded (script srcs and the resource timing list,
// which also shows requests made before the background listener was live) and the globals the
// MAIN-world script reports, and sends them to the background, which does all matching. It reads the
// DOM only, writes nothing, and sends each item once.
// No webextension-polyfill here: this script is injected into every page at document_start, so it stays
// small. Both browsers give runtime.sendMessage a promise (Firefox as browser.*, Chromium as chrome.*).
import { BROWSER_API_IDS } from '../shared/browser-apis';

declare const browser: typeof chrome | undefined;
const runtime = (typeof browser !== 'undefined' ? browser : chrome).runtime;

const channel = __SIGHTLINE_CHANNEL__;
const sent = { scripts: new Set<string>(), resources: new Set<string>(), globals: new Set<string>() };

function fresh(kind: keyof typeof sent, items: Iterable<string>, limit: number): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (out.length >= limit) break;
    if (item.length === 0 || item.length > 2048 || sent[kind].has(item)) continue;
    sent[kind].add(item);
    out.push(item);
  }
  return out;
}

type ApiUse = { api: string; caller: string; count: number };
const KNOWN_APIS = new Set<string>(BROWSER_API_IDS);

function scan(globals: string[], apis: ApiUse[] = []): void {
  const payload = {
    scripts: fresh('scripts', Array.from(document.scripts, (s) => s.src), 500),
    resources: fresh('resources', performance.getEntriesByType('resource').map((e) => e.name), 1000),
    globals: fresh('globals', globals, 200),
    apis,
  };
  if (payload.scripts.length + payload.resources.length + payload.globals.length + apis.length === 0) return;
  void runtime.sendMessage({ sightline: 1, name: 'page-scan', payload }).catch(() => undefined);
}

// Only when the person presses "this tab is my employer's policy" in the popup: the page's visible text.
// Messages from anyone but this extension are ignored.
runtime.onMessage.addListener((message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
  const request = message as { sightline?: unknown; name?: unknown } | null;
  if (sender.id !== runtime.id || request?.sightline !== 1 || request.name !== 'extract-policy-text') return undefined;
  sendResponse({ url: location.href.slice(0, 8192), title: document.title.slice(0, 1000), text: (document.body?.innerText ?? '').slice(0, 1_000_000) });
  return undefined;
});

/** A DOM event's detail, as JSON text of an array (anything else, or too long, is nothing). */
function detailArray(event: Event): unknown[] {
  const detail = (event as CustomEvent<unknown>).detail;
  try {
    const parsed: unknown = typeof detail === 'string' && detail.length < 20_000 ? JSON.parse(detail) : [];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

// Uses noticed by the page hooks (registered on in-scope sites only); the background validates them.
window.addEventListener(`${channel}-api`, (event) => {
  // Only well-formed uses of known APIs go on, so one odd item cannot make the background refuse a scan.
  const uses = detailArray(event).filter((u): u is ApiUse => typeof u === 'object' && u !== null && KNOWN_APIS.has((u as ApiUse).api) && typeof (u as ApiUse).caller === 'string' && Number.isInteger((u as ApiUse).count));
  if (uses.length > 0) scan([], uses.slice(0, 50).map(({ api, caller, count }) => ({ api, caller: caller.slice(0, 2048), count: Math.min(Math.max(count, 1), 10_000) })));
});

window.addEventListener(channel, (event) => {
  const detail = (event as CustomEvent<unknown>).detail;
  let globals: unknown;
  try {
    globals = typeof detail === 'string' && detail.length < 10_000 ? JSON.parse(detail) : [];
  } catch {
    globals = [];
  }
  scan(Array.isArray(globals) ? globals.filter((g): g is string => typeof g === 'string' && g.length <= 100) : []);
});
export {};
