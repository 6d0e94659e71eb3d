// Defence in depth for issue 13: hosts, sites and rule ids chosen by pages are never keys of plain
// objects (src/shared/own.ts); if one ever were, a frozen Object.prototype makes the write throw in
// strict-mode code instead of silently adding a "count" to every object in the service worker.
// First in the entry's import list; chunks shared with the extension pages (zod, the polyfill) are still
// evaluated before it, so libraries finish setting themselves up and only later writes are refused.
Object.freeze(Object.prototype);
