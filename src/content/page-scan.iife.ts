// Isolated-world page scan, bundled as one classic script (*.iife.ts) so the extension declares no
// web-accessible resources. It only reads the DOM's script srcs and the resource timing list, which
// shows what the page loaded before the background listener was live (the worker can start late).
// It writes nothing to the page and does no matching: the background decides.
import browser from 'webextension-polyfill';

const scripts = Array.from(document.scripts, (s) => s.src).filter((src) => src.length > 0 && src.length <= 2048);
const resources = performance
  .getEntriesByType('resource')
  .map((entry) => entry.name)
  .filter((name) => name.length <= 2048);

void browser.runtime
  .sendMessage({ sightline: 1, name: 'page-scan', payload: { scripts: scripts.slice(0, 500), resources: resources.slice(0, 1000) } })
  .catch(() => undefined);
