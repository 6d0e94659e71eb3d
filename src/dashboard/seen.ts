// The log's entries and not-yet-written counts as one list of "seen" facts for the dashboard's views:
// each says how often a product (or unknown host) was seen on a site over a time range. Pure.
import { PAGE_LOAD } from '../evidence/log/entry';

export interface Seen {
  site: string;
  ruleId?: string;
  product?: string;
  category?: string;
  /** Observations (signals matched): detail, not the unit shown. */
  count: number;
  /** Page loads the product was seen on (absent where none were recorded). */
  visits?: number;
  firstAt: number;
  lastAt: number;
}

interface EntryLike extends Seen {
  kind: string;
  /** "page_load" entries count page loads (evidence/log/entry.ts), every other kind observations. */
  signalKind?: string;
}
interface PendingLike {
  count: number;
  since: number;
  last: number;
  template: Omit<EntryLike, 'count' | 'firstAt' | 'lastAt'>;
}

/** Monitoring products only: unknown third parties have no product to name. */
export function seenProducts(entries: Iterable<EntryLike>, pending: Iterable<PendingLike> = []): Seen[] {
  const out: Seen[] = [];
  const push = (e: Omit<EntryLike, 'count' | 'firstAt' | 'lastAt'>, count: number, firstAt: number, lastAt: number) => {
    if (e.kind === 'unknown_third_party' || !e.ruleId || count <= 0) return;
    const { site, ruleId, product, category } = e;
    if (e.signalKind === PAGE_LOAD)
      out.push({ site, ruleId, product, category, count: 0, visits: count, firstAt, lastAt });
    else out.push({ site, ruleId, product, category, count, firstAt, lastAt });
  };
  for (const e of entries) push(e, e.count, e.firstAt, e.lastAt);
  for (const p of pending) push(p.template, p.count, p.since, p.last);
  return out;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The start of the local day `days - 1` days before `now`'s: a period of `days` whole days ending today. */
export function periodStart(now: number, days: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - (days - 1)).getTime();
}
