import { describe, expect, it } from 'vitest';
import type { MemberSummary, ProductSite } from './member-summary';
import { membersPerProduct, sitesByProducts } from './rep-charts-model';

// Sightings as a rep would list them by hand: member, product key, product name, site.
const SIGHTINGS: [string, string, string, string][] = [
  ['code:A', 'fullstory', 'Fullstory', 'contoso.sharepoint.com'],
  ['code:A', 'fullstory', 'Fullstory', 'contoso.slack.com'],
  ['code:A', 'pendo', 'Pendo', 'contoso.sharepoint.com'],
  ['code:B', 'fullstory', 'Fullstory', 'contoso.sharepoint.com'],
  ['code:B', 'hotjar', 'Hotjar', 'contoso.slack.com'],
  ['code:C', 'fullstory', 'Fullstory', 'contoso.workday.com'],
  ['code:C', 'pendo', 'Pendo', 'contoso.sharepoint.com'],
  ['code:C', 'category:session_recording', 'Session recording', 'contoso.slack.com'],
];

function productSite(productKey: string, product: string, site: string): ProductSite {
  return {
    productKey,
    product,
    category: 'session_recording',
    capabilities: [],
    site,
    count: 3,
    first: 0,
    last: 1,
    status: 'undeclared',
    statusAt: 1,
  };
}

function summary(memberKey: string, rows: ProductSite[]): MemberSummary {
  return {
    memberKey,
    label: memberKey,
    exportId: `e-${memberKey}`,
    headSeq: 1,
    headHash: null,
    records: rows.length,
    integrity: { status: 'intact' },
    ruleDbVersion: 'x',
    extensionVersion: 'x',
    redaction: 'full',
    range: null,
    productSites: rows,
    timeline: {},
    unknown: {},
  };
}

function summaries(sightings: typeof SIGHTINGS): MemberSummary[] {
  const keys = [...new Set(sightings.map((s) => s[0]))];
  return keys.map((k) =>
    summary(
      k,
      sightings.filter((s) => s[0] === k).map((s) => productSite(s[1], s[2], s[3])),
    ),
  );
}

describe('rep charts', () => {
  it('counts each member once per product, over all their sites', () => {
    const bars = membersPerProduct(summaries(SIGHTINGS));
    // Worked out independently: distinct "member|product" pairs, then per product.
    const pairs = [...new Set(SIGHTINGS.map((s) => `${s[0]}|${s[1]}`))];
    for (const bar of bars) expect(bar.value).toBe(pairs.filter((p) => p.endsWith(`|${bar.key}`)).length);
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ['Fullstory', 3],
      ['Pendo', 2],
      ['Hotjar', 1],
      ['Session recording', 1],
    ]);
    expect(bars.reduce((n, b) => n + b.value, 0)).toBe(pairs.length);
  });

  it('counts distinct products per site, across members', () => {
    const bars = sitesByProducts(summaries(SIGHTINGS));
    const pairs = [...new Set(SIGHTINGS.map((s) => `${s[3]}|${s[1]}`))];
    for (const bar of bars) expect(bar.value).toBe(pairs.filter((p) => p.startsWith(`${bar.key}|`)).length);
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ['contoso.slack.com', 3],
      ['contoso.sharepoint.com', 2],
      ['contoso.workday.com', 1],
    ]);
  });

  it('two exports of one member count as one member', () => {
    const twice = [
      ...summaries(SIGHTINGS),
      summary('code:A', [productSite('fullstory', 'Fullstory', 'contoso.sharepoint.com')]),
    ];
    expect(membersPerProduct(twice).find((b) => b.key === 'fullstory')?.value).toBe(3);
  });

  it('is empty with no members', () => {
    expect(membersPerProduct([])).toEqual([]);
    expect(sitesByProducts([])).toEqual([]);
  });
});
