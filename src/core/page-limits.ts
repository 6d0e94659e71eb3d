// How much the functions injected into pages (src/content/) hand back, spelled once. The injected
// function receives these as arguments (it is serialised and runs alone, so it can import nothing) and
// clips to them; the extension side checks the answer against the same numbers, since a page can
// change what an injected function returns.

/** content/read-page.ts, checked by background/page-reading.ts. */
export const PAGE_READING_LIMITS = {
  href: 8192,
  scripts: 500,
  resources: 1000,
  /** A script or resource URL longer than this is dropped. */
  url: 2048,
  domNamed: 1000,
  globalName: 100,
  permissionName: 40,
  permissionState: 20,
} as const;
export type PageReadingLimits = typeof PAGE_READING_LIMITS;

/** content/defined-globals.ts answers with names, one a line; a longer answer is refused whole. */
export const MAX_GLOBALS_ANSWER = 100_000;

/**
 * content/read-policy-text.ts, checked by shared/policy-page.ts. The text: about 400 pages, more than
 * any monitoring policy, small enough to handle at once.
 */
export const POLICY_TEXT_LIMITS = { url: 8192, title: 1000, text: 1_000_000 } as const;
export type PolicyTextLimits = typeof POLICY_TEXT_LIMITS;
