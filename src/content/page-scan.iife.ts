// Isolated-world content script. Collects what the page loaded (script srcs and the resource timing list,
// which also shows requests made before the background listener was live) and the globals the
// MAIN-world script reports, and sends them to the background, which does all matching. It reads the
// DOM only, writes nothing, and sends each item once.
// No webextension-polyfill here: this script is injected into every page at document_start, so it stays
// small. Both browsers give runtime.sendMessage a promise (Firefox as browser.*, Chromium as chrome.*).
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

function scan(globals: string[]): void {
  const payload = {
    scripts: fresh('scripts', Array.from(document.scripts, (s) => s.src), 500),
    resources: fresh('resources', performance.getEntriesByType('resource').map((e) => e.name), 1000),
    globals: fresh('globals', globals, 200),
  };
  if (payload.scripts.length + payload.resources.length + payload.globals.length === 0) return;
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
