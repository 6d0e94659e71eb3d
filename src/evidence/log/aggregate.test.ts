// The options page's filters over aggregated rows: site, category, product, and a date range that keeps a
// row when its first..last span touches [from, to], both ends inclusive. The bounds come from the worker's
// local days (day-bounds.ts), so the time-zone cases run with TZ set to zones on either side of UTC.
import { afterEach, describe, expect, it } from 'vitest';
import { aggregateEntries, filterRows } from './aggregate';
import { localDayEnd, localDayStart } from './day-bounds';
import { entry } from './test-entries';

const pendo = {
  site: 'acme.slack.com',
  ruleId: 'pendo',
  product: 'Pendo',
  category: 'digital_adoption',
  signalValue: 'cdn.pendo.io',
} as const;

describe('aggregateEntries', () => {
  it('folds first-seen and tally entries of one signal into one row with the total count and span', () => {
    const rows = aggregateEntries([
      entry(1, { firstAt: 1_000, lastAt: 1_000 }),
      entry(2, { kind: 'tally', count: 4, firstAt: 2_000, lastAt: 9_000 }),
      entry(3, { ...pendo, at: 5, firstAt: 5, lastAt: 5 }),
    ]);
    expect(rows.map((r) => [r.ruleId, r.count, r.first, r.last])).toEqual([
      ['fullstory', 5, 1_000, 9_000],
      ['pendo', 1, 5, 5],
    ]);
  });
});

describe('filterRows by site, category and product', () => {
  const rows = aggregateEntries([entry(1), entry(2, { ...pendo, at: 5, firstAt: 5, lastAt: 5 })]);

  it('keeps only the rows that match, and everything with an empty filter', () => {
    expect(filterRows(rows, { site: 'acme.slack.com' }).map((r) => r.ruleId)).toEqual(['pendo']);
    expect(filterRows(rows, { category: 'session_recording' }).map((r) => r.ruleId)).toEqual(['fullstory']);
    expect(filterRows(rows, { ruleId: 'pendo' }).map((r) => r.ruleId)).toEqual(['pendo']);
    expect(filterRows(rows, { site: 'acme.slack.com', ruleId: 'fullstory' })).toEqual([]);
    expect(filterRows(rows, {})).toHaveLength(2);
  });
});

describe('filterRows by date', () => {
  // One row seen from 1_000 to 2_000 (ms).
  const rows = aggregateEntries([
    entry(1, { firstAt: 1_000, lastAt: 1_000 }),
    entry(2, { kind: 'tally', firstAt: 1_500, lastAt: 2_000 }),
  ]);
  const kept = (from?: number, to?: number) => filterRows(rows, { from, to }).length;

  it('from is inclusive: a row last seen exactly at from is kept, one ms later is not', () => {
    expect(kept(2_000)).toBe(1);
    expect(kept(2_001)).toBe(0);
  });

  it('to is inclusive: a row first seen exactly at to is kept, one ms earlier is not', () => {
    expect(kept(undefined, 1_000)).toBe(1);
    expect(kept(undefined, 999)).toBe(0);
  });

  it('keeps a row whose span covers the whole range, and drops one entirely outside it', () => {
    expect(kept(1_200, 1_300)).toBe(1);
    expect(kept(3_000, 4_000)).toBe(0);
    expect(kept(0, 999)).toBe(0);
  });

  it('treats 0 as a bound, not as "no bound"', () => {
    expect(kept(0)).toBe(1);
    expect(kept(undefined, 0)).toBe(0);
  });
});

describe('date bounds are the worker’s local days', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  // 12:00 UTC on 2 Nov 2026 is 01:00 on 3 Nov in Auckland (UTC+13 in November).
  const noonUtc = Date.UTC(2026, 10, 2, 12);
  const rows = aggregateEntries([entry(1, { firstAt: noonUtc, lastAt: noonUtc })]);
  const keptOn = (day: string) => filterRows(rows, { from: localDayStart(day), to: localDayEnd(day) }).length;

  it('in UTC a day runs from 00:00:00.000 to 23:59:59.999 UTC', () => {
    process.env.TZ = 'UTC';
    expect(localDayStart('2026-11-02')).toBe(Date.UTC(2026, 10, 2));
    expect(localDayEnd('2026-11-02')).toBe(Date.UTC(2026, 10, 3) - 1);
    expect(keptOn('2026-11-02')).toBe(1);
    expect(keptOn('2026-11-03')).toBe(0);
  });

  it('in Auckland the same moment belongs to the next day', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(localDayStart('2026-11-03')).toBe(Date.UTC(2026, 10, 2, 11));
    expect(keptOn('2026-11-02')).toBe(0);
    expect(keptOn('2026-11-03')).toBe(1);
  });

  it('in Los Angeles it is still 2 Nov, and a day when the clocks go back lasts 25 hours', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(keptOn('2026-11-02')).toBe(1);
    // US daylight saving time ends on Sunday 1 November 2026.
    expect(localDayEnd('2026-11-01')! + 1 - localDayStart('2026-11-01')!).toBe(25 * 60 * 60 * 1000);
  });

  it('an empty date input sets no bound', () => {
    expect(localDayStart('')).toBeUndefined();
    expect(localDayEnd('')).toBeUndefined();
    expect(filterRows(rows, { from: localDayStart(''), to: localDayEnd('') })).toHaveLength(1);
  });
});
