// The merged report's rep charts: figures computed here from the members' records (never from the
// chart model), then read back from the rendered report's SVG bars, text alternatives and tables.
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { buildBundle, type Member } from '../export/bundle';
import { verifyBundle } from '../export/read-bundle';
import { draft } from '../log/test-entries';
import { reportModelFromBundles } from '../merge/report-from-bundles';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { forManagement } from './report-audience';
import { renderReportHtml } from './report-html';

const T0 = Date.UTC(2026, 10, 2, 9);
const PRODUCTS: Record<string, [string, string]> = {
  fullstory: ['Fullstory', 'session_recording'],
  hotjar: ['Hotjar', 'session_recording'],
  pendo: ['Pendo', 'product_analytics'],
};
/** Each member's sightings: [rule id, site]. */
const SEEN: [Member, [string, string][]][] = [
  [
    { named: false, code: 'M-AAAAAAAA' },
    [
      ['fullstory', 'contoso.sharepoint.com'],
      ['hotjar', 'contoso.sharepoint.com'],
    ],
  ],
  [
    { named: false, code: 'M-BBBBBBBB' },
    [
      ['fullstory', 'acme.slack.com'],
      ['fullstory', 'contoso.sharepoint.com'],
    ],
  ],
  [{ named: true, name: 'Jo Bloggs' }, [['pendo', 'acme.slack.com']]],
];

async function merged() {
  const checked = [];
  for (const [i, [member, seen]] of SEEN.entries()) {
    const drafts = seen.map(([ruleId, site], j) =>
      draft({
        ruleId,
        site,
        product: PRODUCTS[ruleId]![0],
        category: PRODUCTS[ruleId]![1] as never,
        at: T0 + j * 1000,
        firstAt: T0 + j * 1000,
        lastAt: T0 + j * 1000,
      }),
    );
    const { sealed } = sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH });
    const bundle = buildBundle(sealed, {
      exportId: `export-${i}-chart`,
      createdAt: new Date(T0 + 86_400_000),
      extensionVersion: '0.1.0',
      ruleDbVersion: '2026.11.22',
      redaction: 'full',
      member,
    });
    checked.push({ bundle, verification: await verifyBundle(bundle) });
  }
  return reportModelFromBundles(checked, ruleCatalog, new Date(T0 + 2 * 86_400_000));
}

/** Independently: members per product label, and distinct products per site. */
function expected() {
  const members = new Map<string, number>();
  const sites = new Map<string, Set<string>>();
  for (const [, seen] of SEEN) {
    for (const id of new Set(seen.map(([id]) => id))) {
      const label = PRODUCTS[id]![0];
      members.set(label, (members.get(label) ?? 0) + 1);
    }
    for (const [id, site] of seen) sites.set(site, (sites.get(site) ?? new Set()).add(id));
  }
  return {
    members: Object.fromEntries(members),
    sites: Object.fromEntries([...sites].map(([site, ids]) => [site, ids.size])),
  };
}

const figureOf = (doc: string, id: string): string => {
  const start = doc.indexOf(`<figure class="rep-chart" data-chart="${id}">`);
  expect(start).toBeGreaterThan(-1);
  return doc.slice(start, doc.indexOf('</table>', start));
};
const decode = (s: string): string => s.replace(/&amp;/g, '&');
const barsOf = (figure: string) =>
  Object.fromEntries(
    [
      ...figure.matchAll(
        /<g class="bar" data-key="[^"]*" data-value="\d+"><title>([^<]*): \d+ \w+<\/title><text class="label"[^>]*>([^<]*)<\/text><rect class="fill"[^>]*\/><text class="value"[^>]*>(\d+)<\/text>/g,
      ),
    ].map((m) => [decode(m[1]!), Number(m[3])]),
  );
const tableOf = (figure: string) =>
  Object.fromEntries(
    [
      ...figure.matchAll(/<tr data-key="[^"]*" data-value="\d+"><td>([^<]*)<\/td><td class="num">(\d+)<\/td><\/tr>/g),
    ].map((m) => [decode(m[1]!), Number(m[2])]),
  );

describe('the merged report carries the rep view pictures', () => {
  it('draws members per product and products per site, bars and table equal to the records', async () => {
    const doc = renderReportHtml(await merged());
    const want = expected();
    const members = figureOf(doc, 'rep-chart-members');
    const sites = figureOf(doc, 'rep-chart-sites');
    expect(barsOf(members)).toEqual(want.members);
    expect(tableOf(members)).toEqual(want.members);
    expect(barsOf(sites)).toEqual(want.sites);
    expect(tableOf(sites)).toEqual(want.sites);
    // Longest bar first, as on screen.
    expect(Object.values(barsOf(members))).toEqual(Object.values(want.members).sort((a, b) => b - a));
  });

  it('gives each chart a title and description the SVG is labelled by, saying the top figure', async () => {
    const doc = renderReportHtml(await merged());
    const members = figureOf(doc, 'rep-chart-members');
    expect(members).toContain('aria-labelledby="rep-chart-members-title rep-chart-members-desc"');
    expect(members).toContain('<title id="rep-chart-members-title">Members affected per product</title>');
    expect(members).toMatch(
      /<desc id="rep-chart-members-desc">[^<]*3 products seen by 3 members; the most widely seen is Fullstory, by 2 members\.<\/desc>/,
    );
    const sites = figureOf(doc, 'rep-chart-sites');
    expect(sites).toContain('<title id="rep-chart-sites-title">Sites by number of products</title>');
    // contoso.sharepoint.com has Fullstory and Hotjar; acme.slack.com Fullstory and Pendo: a tie, broken by name.
    expect(sites).toMatch(
      /<desc id="rep-chart-sites-desc">[^<]*2 sites; the most is on acme\.slack\.com, with 2 products\./,
    );
    // No fill is written into the SVG: colours come from the style sheet's tokens.
    expect(members + sites).not.toMatch(/fill="#/);
  });

  it("leaves the charts out of the management version and of one member's report", async () => {
    const model = await merged();
    const management = renderReportHtml(forManagement(model, 2));
    expect(management).not.toContain('<figure class="rep-chart"');
    const [member, seen] = SEEN[0]!;
    const { sealed } = sealDrafts(
      seen.map(([ruleId, site]) => draft({ ruleId, site, product: PRODUCTS[ruleId]![0] })),
      { seq: 0, hash: GENESIS_HASH },
    );
    const bundle = buildBundle(sealed, {
      exportId: 'export-alone',
      createdAt: new Date(T0),
      extensionVersion: '0.1.0',
      ruleDbVersion: '2026.11.22',
      redaction: 'full',
      member,
    });
    const alone = reportModelFromBundles(
      [{ bundle, verification: await verifyBundle(bundle) }],
      ruleCatalog,
      new Date(T0),
    );
    expect(renderReportHtml(alone)).not.toContain('<figure class="rep-chart"');
  });
});
