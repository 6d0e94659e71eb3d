import { describe, expect, it } from 'vitest';
import { englishText } from '../core/english-text';
import type { DeclaredStatus } from '../policy/declared-status';
import { buildOverview } from './overview-model';
import { evidenceFor, productOf, routeOf, shows } from './routes';
import { localDay } from '../core/local-day';
import { DAY_MS, seenProducts, type Seen } from './seen';
import { sayRow } from './signal-words';
import { buildTimeline, statusBreakdown } from './timeline-model';

const now = new Date(2025, 5, 15, 12, 0).getTime();
const at = (daysAgo: number) => now - daysAgo * DAY_MS;
const seen = (
  ruleId: string,
  site: string,
  count: number,
  daysAgo: number,
  category = 'session_recording',
  firstDaysAgo = daysAgo,
): Seen => ({
  ruleId,
  site,
  count,
  firstAt: at(firstDaysAgo),
  lastAt: at(daysAgo),
  category,
  product: `${ruleId} (as logged)`,
});
const names: Record<string, string> = { fullstory: 'Fullstory', pendo: 'Pendo', hotjar: 'Hotjar' };
const statuses: Record<string, DeclaredStatus> = {
  'a.example|fullstory': 'undeclared',
  'b.example|fullstory': 'product',
  'a.example|pendo': 'category',
  'a.example|hotjar': 'product',
};
const input = (s: Seen[], lastOpened?: number) => ({
  seen: s,
  now,
  periodDays: 7,
  lastOpened,
  nameOf: (id: string) => names[id],
  statusOf: (site: string, id: string) => statuses[`${site}|${id}`] ?? 'no-policy',
});

describe('routes', () => {
  it("maps section hashes, and the popup's old anchors to the policy section", () => {
    expect(routeOf('#evidence')).toBe('evidence');
    expect(routeOf('#declarations')).toBe('policy');
    expect(routeOf('#read-policy')).toBe('policy');
    expect(routeOf('')).toBe('overview');
    expect(routeOf(evidenceFor('fullstory'))).toBe('evidence');
    expect(productOf(evidenceFor('a b&c'))).toBe('a b&c');
    expect(productOf('#evidence')).toBeUndefined();
    expect(productOf('#evidence?product=')).toBeUndefined();
    expect(routeOf('#constructor')).toBe('overview');
    expect(shows('settings', 'settings') && !shows('evidence', 'settings') && !shows('overview', 'settings')).toBe(
      true,
    );
  });
});

describe('buildOverview', () => {
  it('names products from the catalog, puts the least declared first and counts only the period', () => {
    const o = buildOverview(
      input([
        seen('pendo', 'a.example', 9, 1, 'product_analytics'),
        seen('fullstory', 'a.example', 2, 0),
        seen('fullstory', 'b.example', 3, 2),
        seen('hotjar', 'a.example', 50, 8),
      ]),
    );
    // Days seen (the unit) and observations (detail) per product: Fullstory on today and two days ago.
    expect(o.products.map((p) => [p.product, p.status, p.days, p.count, p.sites])).toEqual([
      ['Fullstory', 'undeclared', 2, 5, ['a.example', 'b.example']],
      ['Pendo', 'category', 1, 9, ['a.example']],
    ]);
    expect(o.observations).toBe(14);
    expect(o.days).toBe(3);
    expect(o.sites).toEqual([
      { site: 'a.example', count: 11, visits: 0, days: 2, products: 2, undeclared: 1 },
      { site: 'b.example', count: 3, visits: 0, days: 1, products: 1, undeclared: 0 },
    ]);
    expect(o.categories).toEqual([
      { category: 'session_recording', products: 1, count: 5, visits: 0, days: 2 },
      { category: 'product_analytics', products: 1, count: 9, visits: 0, days: 1 },
    ]);
  });

  it('counts page loads from page-load rows apart from observations', () => {
    const loads: Seen = { ...seen('fullstory', 'a.example', 0, 0), visits: 3 };
    const o = buildOverview(input([seen('fullstory', 'a.example', 7, 0), loads, seen('fullstory', 'b.example', 1, 1)]));
    expect(o.products.map((p) => [p.days, p.visits, p.count])).toEqual([[2, 3, 8]]);
    expect(o.sites.map((s) => [s.site, s.days, s.visits])).toEqual([
      ['a.example', 1, 3],
      ['b.example', 1, 0],
    ]);
  });

  it('says what is new since the last visit by when it was first seen ever', () => {
    const s = [
      seen('fullstory', 'a.example', 2, 0, 'session_recording', 20),
      seen('pendo', 'c.example', 1, 0, 'product_analytics', 0),
    ];
    expect(buildOverview(input(s)).newProducts).toEqual([]);
    const o = buildOverview(input(s, at(3)));
    expect(o.newProducts.map((p) => p.product)).toEqual(['Pendo']);
    expect(o.newSites).toEqual(['c.example']);
  });
});

describe('buildTimeline and statusBreakdown', () => {
  it('has every day of the period and counts a tally on its last day', () => {
    const t = buildTimeline(
      [
        seen('fullstory', 'a.example', 2, 0),
        seen('pendo', 'a.example', 4, 2, 'product_analytics'),
        seen('pendo', 'a.example', 1, 30),
      ],
      now,
      7,
    );
    expect(t.days.length).toBe(7);
    // One product on a day counts once, however often it was seen: the bars add up to days seen.
    expect(t.days.at(-1)).toEqual({ day: localDay(now), total: 1, byCategory: { session_recording: 1 } });
    expect(t.days.at(-3)!.total).toBe(1);
    expect(t.days.reduce((n, d) => n + d.total, 0)).toBe(2);
    expect(t.categories).toEqual(['product_analytics', 'session_recording']);
    expect(t.max).toBe(1);
    const both = buildTimeline([seen('fullstory', 'a.example', 2, 0), seen('fullstory', 'b.example', 5, 0)], now, 7);
    expect(both.days.at(-1)!.total).toBe(1);
  });

  it('breaks products down by status', () => {
    const o = buildOverview(input([seen('fullstory', 'a.example', 2, 0), seen('hotjar', 'a.example', 3, 0)]));
    expect(statusBreakdown(o.products)).toEqual([
      { status: 'undeclared', products: 1, days: 1 },
      { status: 'category', products: 0, days: 0 },
      { status: 'product', products: 1, days: 1 },
      { status: 'no-policy', products: 0, days: 0 },
    ]);
  });
});

describe('seenProducts and sayRow', () => {
  it('leaves out unknown third parties and adds pending counts', () => {
    const base = { site: 'a.example', ruleId: 'pendo', kind: 'first_seen' };
    const s = seenProducts(
      [
        { ...base, count: 1, firstAt: 1, lastAt: 1 },
        { ...base, kind: 'unknown_third_party', ruleId: undefined, count: 3, firstAt: 1, lastAt: 1 },
      ],
      [{ count: 4, since: 2, last: 5, template: { ...base, kind: 'tally' } }],
    );
    expect(s.map((x) => [x.count, x.lastAt])).toEqual([
      [1, 1],
      [4, 5],
    ]);
  });

  it('says a row in words and never shows the rule pattern', () => {
    const row = {
      site: 'contoso.sharepoint.com',
      kind: 'finding' as const,
      signalKind: 'script_src',
      signalValue: '*/s/fs.js',
      evidence: 'https://edge.fullstory.com/s/fs.js',
    };
    expect(sayRow(englishText, row, 'Fullstory')).toBe("Fullstory's script loaded on contoso.sharepoint.com");
    expect(
      sayRow(
        englishText,
        { ...row, signalKind: 'host', signalValue: '*.fullstory.com', evidence: 'https://rs.fullstory.com/rec/page' },
        'Fullstory',
      ),
    ).toBe('Your browser sent a request to Fullstory (rs.fullstory.com) from contoso.sharepoint.com');
    expect(
      sayRow(
        englishText,
        {
          ...row,
          signalKind: 'vendor_domain',
          signalValue: 'fullstory.com',
          evidence: 'https://help.fullstory.com/hc/en',
        },
        'Fullstory',
      ),
    ).toBe(
      "Your browser contacted Fullstory (help.fullstory.com) from contoso.sharepoint.com: another host of the vendor's own domain, not a known monitoring endpoint (low confidence)",
    );
    expect(
      sayRow(
        englishText,
        { ...row, kind: 'unknown_third_party', signalKind: 'unknown_host', signalValue: 'x.example' },
        '',
      ),
    ).toContain('x.example, a third party');
  });
});
