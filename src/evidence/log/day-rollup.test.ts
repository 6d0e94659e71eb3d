// The overview computed from day rows must say exactly what it says computed from every entry: the same
// product lines, sites, categories, "new since" and timeline, on generated logs (seed printed on failure).
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../dashboard/overview-model';
import { seenProducts } from '../../dashboard/seen';
import { buildTimeline } from '../../dashboard/timeline-model';
import { addToDay, dayKey, rollsUp, rollUpDays, type DayRow } from './day-rollup';
import type { EntryDraft } from './entry';

const HOUR = 60 * 60 * 1000;
const NOW = new Date(2026, 11, 5, 17, 30).getTime();
const PRODUCTS = [
  { ruleId: 'fullstory', product: 'Fullstory', category: 'session_recording' },
  { ruleId: 'pendo', product: 'Pendo', category: 'digital_adoption' },
  { ruleId: 'hotjar', product: 'Hotjar', category: 'session_recording' },
] as const;
const SITES = ['contoso.sharepoint.com', 'acme.slack.com'];

/** A small deterministic generator, so a failing seed can be replayed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function log(seed: number, n: number): EntryDraft[] {
  const r = random(seed);
  return Array.from({ length: n }, () => {
    const p = PRODUCTS[Math.floor(r() * PRODUCTS.length)]!;
    const unknown = r() < 0.1;
    const lastAt = NOW - Math.floor(r() * 40 * 24 * HOUR);
    const firstAt = lastAt - Math.floor(r() * 6 * HOUR);
    return {
      kind: unknown ? 'unknown_third_party' : r() < 0.3 ? 'first_seen' : 'tally',
      at: lastAt,
      site: SITES[Math.floor(r() * SITES.length)]!,
      ...(unknown ? {} : p),
      signalKind: 'host',
      signalValue: 'x',
      evidence: 'https://x/',
      source: 'network',
      count: 1 + Math.floor(r() * 9),
      firstAt,
      lastAt,
      ruleDbVersion: 't',
    } as EntryDraft;
  });
}

/** Rows built one entry at a time, in the order given, as the writer does. */
function incrementally(entries: readonly EntryDraft[]): DayRow[] {
  const rows = new Map<string, DayRow>();
  for (const e of entries) if (rollsUp(e)) rows.set(dayKey(e), addToDay(rows.get(dayKey(e)), e));
  return [...rows.values()];
}

const byKey = (rows: DayRow[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

describe('the log by day, site and product', () => {
  it('gives the overview and timeline the entries give, for 7 and 30 days, on 200 generated logs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const entries = log(seed, 1 + (seed % 120));
      const rows = rollUpDays(entries);
      const lastOpened = NOW - (seed % 10) * 24 * HOUR;
      for (const periodDays of [7, 30]) {
        const input = {
          statusOf: () => 'undeclared' as const,
          nameOf: () => undefined,
          now: NOW,
          periodDays,
          lastOpened,
        };
        const fromEntries = buildOverview({ ...input, seen: seenProducts(entries) });
        const fromRows = buildOverview({ ...input, seen: rows });
        expect(fromRows, `seed ${seed}, ${periodDays} days`).toEqual(fromEntries);
        expect(buildTimeline(rows, NOW, periodDays), `seed ${seed}`).toEqual(
          buildTimeline(seenProducts(entries), NOW, periodDays),
        );
      }
    }
  });

  it('comes out the same whether built at once or one entry at a time, in any order', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const entries = log(seed, 80);
      const shuffled = [...entries].sort((a, b) => ((a.count * 7 + a.lastAt) % 13) - ((b.count * 7 + b.lastAt) % 13));
      expect(byKey(incrementally(shuffled)), `seed ${seed}`).toEqual(byKey(rollUpDays(entries)));
    }
  });

  it('adds counts, keeps the earliest first and latest last time, and leaves unknown hosts out', () => {
    const day = new Date(2026, 11, 5, 9).getTime();
    const base = log(7, 1)[0]!;
    const a = { ...base, kind: 'tally', ruleId: 'pendo', product: 'Pendo', category: 'digital_adoption' } as EntryDraft;
    const rows = rollUpDays([
      { ...a, count: 2, firstAt: day, lastAt: day + HOUR },
      { ...a, count: 3, firstAt: day - HOUR, lastAt: day + 2 * HOUR },
      { ...a, kind: 'unknown_third_party', ruleId: undefined, count: 5, firstAt: day, lastAt: day },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 5, firstAt: day - HOUR, lastAt: day + 2 * HOUR, product: 'Pendo' });
  });
});
