// Plain words for the printable report: UTC dates a person reads ("12 Nov 2026"), counts, lists, and
// the taxonomy terms in the same English the popup uses (englishText reads _locales/en).
import type { ReportModel, ReportProduct } from './report-model';
import { concernRank, type DeclaredStatus } from '../../policy/declared-status';
import { englishText } from '../../core/english-text';
import { BROWSER_SITE } from '../log/entry';
import {
  CAPABILITY_IDS,
  CATEGORY_IDS,
  capabilityKey,
  categoryNameKey,
  categoryPlainKey,
  type CapabilityId,
  type CategoryId,
} from '../../core/taxonomy';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAY_MS = 86_400_000;

/** "12 Nov 2026" (UTC); the input unchanged when it is not a date. */
export function formatDay(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * "5 Dec 2026, 14:05 GMT" in the named time zone (the person's own, so the time reads as their clock):
 * the zone is always named. Falls back to UTC when the zone is unknown.
 */
export function formatLocalDateTime(iso: string, timeZone: string | undefined): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !timeZone) return formatDateTime(iso);
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(ms);
    return `${text} (${timeZone})`;
  } catch {
    return formatDateTime(iso);
  }
}

/** "12 Nov 2026, 14:05 UTC". */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${formatDay(iso)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** "between 1 Nov 2026 and 12 Nov 2026", or "on 1 Nov 2026". */
export function formatRange(range: { from: string; to: string }): string {
  const from = formatDay(range.from);
  const to = formatDay(range.to);
  return from === to ? `on ${from}` : `between ${from} and ${to}`;
}

/** "1 Nov 2026 to 12 Nov 2026", or one day. */
export function formatPeriod(range: { from: string; to: string }): string {
  const from = formatDay(range.from);
  const to = formatDay(range.to);
  return from === to ? from : `${from} to ${to}`;
}

const numbers = new Intl.NumberFormat('en-GB');
export const formatCount = (n: number): string => numbers.format(n);

/** "1 product", "3 products". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const isCategory = (id: string): id is CategoryId => (CATEGORY_IDS as readonly string[]).includes(id);
const isCapability = (id: string): id is CapabilityId => (CAPABILITY_IDS as readonly string[]).includes(id);
const idWords = (id: string): string => id.replace(/_/g, ' ');

export const categoryName = (id: string): string => (isCategory(id) ? englishText(categoryNameKey(id)) : idWords(id));
export const categoryPlain = (id: string): string => (isCategory(id) ? englishText(categoryPlainKey(id)) : '');
export const capabilityText = (id: string): string => (isCapability(id) ? englishText(capabilityKey(id)) : idWords(id));

export const STATUS_TEXT: Record<DeclaredStatus, string> = {
  undeclared: 'Undeclared',
  product: 'Declared (named)',
  category: 'Declared (category only)',
  'no-policy': 'No policy recorded',
};

/** Undeclared first, then the most often seen. */
export function sortProducts(products: readonly ReportProduct[]): ReportProduct[] {
  return [...products].sort(
    (a, b) => concernRank(a.status) - concernRank(b.status) || b.count - a.count || a.product.localeCompare(b.product),
  );
}

export const REDACTION_TEXT: Record<ReportModel['redaction'], string> = {
  full: 'Full detail: the exports include the full web addresses (including paths) of the requests seen.',
  host: 'Host names only: the paths of web addresses were removed before export; sites and hosts are shown.',
  category:
    'Categories only: web addresses and host names were removed before export; only the kind of monitoring is shown.',
};

/** Distinct work sites across all products (an extension found in the browser is on no site). */
export function distinctSites(products: readonly ReportProduct[]): string[] {
  return [...new Set(products.flatMap((p) => p.sites))].filter((site) => site !== BROWSER_SITE).sort();
}
