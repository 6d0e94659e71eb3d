// The figures behind the dashboard's two pictures: the monitoring products seen each day over the period,
// split by category (a tally counts on the day of its last observation, the time the log last vouches
// for), and products by how they stand against the policy. The unit is a product on a day, so the bars
// add up to the products' "days seen" in the tables. Every day of the period is present, quiet days as 0.
// Pure.
import { BY_CONCERN, type DeclaredStatus } from '../policy/declared-status';
import type { ProductLine } from './overview-model';
import { localDay } from '../core/local-day';
import { DAY_MS, periodStart, type Seen } from './seen';

export interface TimelineDay {
  day: string;
  /** Monitoring products seen that day. */
  total: number;
  byCategory: Record<string, number>;
}

export interface Timeline {
  days: TimelineDay[];
  /** Categories present, most seen first. */
  categories: string[];
  max: number;
}

export function buildTimeline(seen: readonly Seen[], now: number, periodDays: number): Timeline {
  const from = periodStart(now, periodDays);
  const days: TimelineDay[] = [];
  const index = new Map<string, TimelineDay>();
  for (let i = 0; i < periodDays; i++) {
    // Noon of each day, so a daylight-saving change never skips or repeats a day.
    const day = localDay(from + i * DAY_MS + DAY_MS / 2);
    if (index.has(day)) continue;
    const entry: TimelineDay = { day, total: 0, byCategory: {} };
    days.push(entry);
    index.set(day, entry);
  }
  const totals = new Map<string, number>();
  /** Each product once a day, however many sites or rows it has that day. */
  const counted = new Set<string>();
  for (const s of seen) {
    const dayKey = localDay(s.lastAt);
    const day = index.get(dayKey);
    if (!day || s.lastAt > now || s.lastAt < from) continue;
    const once = `${dayKey}\u0000${s.ruleId ?? ''}`;
    if (counted.has(once)) continue;
    counted.add(once);
    const category = s.category ?? 'other';
    day.total += 1;
    day.byCategory[category] = (day.byCategory[category] ?? 0) + 1;
    totals.set(category, (totals.get(category) ?? 0) + 1);
  }
  const categories = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return { days, categories, max: days.reduce((m, d) => Math.max(m, d.total), 0) };
}

export const STATUS_ORDER: readonly DeclaredStatus[] = BY_CONCERN;

export interface StatusSlice {
  status: DeclaredStatus;
  products: number;
  /** The products' days seen, added up. */
  days: number;
}

/** Products (and their days seen) by how they stand against the policy now, undeclared first. */
export function statusBreakdown(products: readonly ProductLine[]): StatusSlice[] {
  return STATUS_ORDER.map((status) => {
    const mine = products.filter((p) => p.status === status);
    return { status, products: mine.length, days: mine.reduce((n, p) => n + p.days, 0) };
  });
}
