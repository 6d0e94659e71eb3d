// The log folded by day, site and product, kept beside the log so the overview opens without reading
// every record (issue 18: a 100,000-record log must render in 300 ms). A row adds up the entries whose
// last observation fell on one local day, for one product on one site: their counts, the earliest
// first observation and the latest last one. Everything the overview and timeline compute from the
// entries (counts per day by the day of the last observation, the first time ever seen, what falls in
// a period that starts at a local midnight) comes out the same from the rows: day-rollup.test.ts checks
// that on generated logs. The day is the writer's local day; a person who changes time zone sees a
// day boundary where it was when the records were written. Pure.
import { foldSpan } from '../../core/fold-row';
import { localDay } from '../../core/local-day';
import { isPageLoad, type EntryDraft } from './entry';

export interface DayRow {
  /** day, site and product, joined by U+0000 (which none of them can contain). */
  key: string;
  day: string;
  site: string;
  ruleId: string;
  product?: string;
  category?: EntryDraft['category'];
  /** Observations (signals matched): detail for "why flagged", never a page load. */
  count: number;
  /** Page loads the product was seen on (absent in rows written before page loads were counted). */
  visits?: number;
  firstAt: number;
  lastAt: number;
}

type Counted = Pick<
  EntryDraft,
  'kind' | 'site' | 'ruleId' | 'product' | 'category' | 'signalKind' | 'count' | 'firstAt' | 'lastAt'
>;

/** Only monitoring products are rolled up: unknown hosts have no product, and the overview leaves them out. */
export function rollsUp(entry: Counted): entry is Counted & { ruleId: string } {
  return entry.kind !== 'unknown_third_party' && !!entry.ruleId && entry.count > 0;
}

export function dayKey(entry: Counted & { ruleId: string }): string {
  return `${localDay(entry.lastAt)}\u0000${entry.site}\u0000${entry.ruleId}`;
}

/** `row` with `entry` added (a new row when there was none). The newest entry names the product. */
export function addToDay(row: DayRow | undefined, entry: Counted & { ruleId: string }): DayRow {
  // A page-load entry counts page loads; every other entry counts observations.
  const loads = isPageLoad(entry) ? entry.count : 0;
  const observations = loads > 0 ? 0 : entry.count;
  if (!row)
    return {
      key: dayKey(entry),
      day: localDay(entry.lastAt),
      site: entry.site,
      ruleId: entry.ruleId,
      product: entry.product,
      category: entry.category,
      count: observations,
      ...(loads > 0 ? { visits: loads } : {}),
      firstAt: entry.firstAt,
      lastAt: entry.lastAt,
    };
  const newer = entry.lastAt >= row.lastAt;
  const span = { count: row.count, first: row.firstAt, last: row.lastAt };
  foldSpan(span, { count: observations, first: entry.firstAt, last: entry.lastAt });
  const visits = (row.visits ?? 0) + loads;
  return {
    ...row,
    product: newer ? (entry.product ?? row.product) : row.product,
    category: newer ? (entry.category ?? row.category) : row.category,
    count: span.count,
    ...(visits > 0 ? { visits } : {}),
    firstAt: span.first,
    lastAt: span.last,
  };
}

/** Every row of a log, from scratch (after retention removes old records, and when the store is new). */
export function rollUpDays(entries: Iterable<Counted>): DayRow[] {
  const rows = new Map<string, DayRow>();
  for (const entry of entries) {
    if (!rollsUp(entry)) continue;
    const key = dayKey(entry);
    rows.set(key, addToDay(rows.get(key), entry));
  }
  return [...rows.values()];
}
