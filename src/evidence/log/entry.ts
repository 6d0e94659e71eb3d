// One evidence-log entry. The log is append-only: an entry is never edited. Per (site, product, signal)
// there is a first-seen entry, then tally entries as the count grows (see tally.ts). Entries carry the
// product's name and category as they were when written, so an export explains itself even after the
// rule database changes. Never a query string, fragment, request body or page content.
import { z } from 'zod';
import { CATEGORY_IDS } from '../../core/taxonomy';
import { PERSISTED_DECLARED } from '../../policy/declared-status';

export const EntryKind = z.enum(['first_seen', 'tally', 'unknown_third_party']);

/**
 * The `site` of entries about extensions installed in the browser (signalKind "extension_id"): they
 * belong to no web page. Parentheses and spaces cannot occur in a host name, so it never collides with one.
 */
export const BROWSER_SITE = '(installed in the browser)';

export const EvidenceEntry = z.strictObject({
  /** Position in the log, assigned when stored (IndexedDB key). */
  seq: z.number().int().positive(),
  kind: EntryKind,
  /** When the entry was written (ms since epoch). */
  at: z.number().int().nonnegative(),
  /** Host of the work-app page the tab showed, or BROWSER_SITE for an extension installed in the browser. */
  site: z.string().min(1).max(253),
  ruleId: z.string().max(100).optional(),
  product: z.string().max(200).optional(),
  category: z.enum(CATEGORY_IDS).optional(),
  /** "page_load": a page load of the site on which the product was seen (count: page loads, not signals). */
  signalKind: z.enum([
    'host',
    'vendor_domain',
    'global',
    'script_src',
    'extension_id',
    'unknown_host',
    'browser_api',
    'identifier',
    'page_load',
  ]),
  /** The rule signal that matched, or for unknown third parties the host. */
  signalValue: z.string().max(600),
  /** Redacted evidence: a URL without query or fragment, or a global's name. */
  evidence: z.string().max(2100),
  source: z.enum(['network', 'page', 'page_timing', 'browser']),
  /** Observations this entry stands for: 1 for first_seen, those since the previous entry for tallies. */
  count: z.number().int().positive(),
  /** The time range the count covers. */
  firstAt: z.number().int().nonnegative(),
  lastAt: z.number().int().nonnegative(),
  ruleDbVersion: z.string().max(40),
  /** The declaration the finding was compared with ("id: employer — title vN (date)"), when there was one. */
  declaration: z.string().max(600).optional(),
  /**
   * The outcome: declared by product, by category only, or not declared ("no"); the persisted spelling,
   * read and written through policy/declared-status.ts.
   */
  declared: z.enum(PERSISTED_DECLARED).optional(),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;
export type EntryDraft = Omit<EvidenceEntry, 'seq'>;

/**
 * Page loads are counted in entries of their own: one stream per site and product whose count is the
 * number of page loads the product was seen on (a unit a person can check), never added to the
 * observation (signal) counts.
 */
export const PAGE_LOAD = 'page_load';
export const isPageLoad = (entry: Pick<EntryDraft, 'signalKind'>): boolean => entry.signalKind === PAGE_LOAD;

/** The key tallies are kept per: one stream of counts per site, product and signal. */
export function tallyKey(entry: Pick<EntryDraft, 'site' | 'ruleId' | 'signalKind' | 'signalValue' | 'source'>): string {
  return [entry.site, entry.ruleId ?? '', entry.signalKind, entry.signalValue, entry.source].join('\u001f');
}
