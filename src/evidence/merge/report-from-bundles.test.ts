import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { bundledRuleIndex } from '../../rules/bundled';
import { checkExtensions } from '../../extensions/check-extensions';
import { extensionDrafts } from '../log/extension-evidence';
import { installed, STAND_IN_ID } from '../../extensions/test-extensions';
import { BROWSER_SITE } from '../log/entry';
import { buildBundle, type Member } from '../export/bundle';
import type { Redaction } from '../seal/redaction';
import { renderReportHtml } from '../report/report-html';
import type { ReportProduct } from '../report/report-model';
import { mergedRows, reportModelFromBundles } from './report-from-bundles';
import { Declaration } from '../../policy/declaration';
import { policyNow } from '../../policy/status-now';
import { summariseBundle } from './member-summary';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { draft } from '../log/test-entries';
import { verifyBundle } from '../export/read-bundle';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);

async function memberBundle(member: Member, drafts: ReturnType<typeof draft>[], redaction: Redaction = 'full') {
  const { sealed } = sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH });
  const bundle = buildBundle(sealed, {
    exportId: `export-${Math.random().toString(36).slice(2, 10)}`,
    createdAt: new Date(T0 + 10 * DAY),
    extensionVersion: '0.1.0',
    ruleDbVersion: '2026.11.22',
    redaction,
    member,
  });
  return { bundle, verification: await verifyBundle(bundle) };
}

/** Per day, the products whose day counts include it (and the undeclared, seen-by-the-browser ones). */
function productsPerDay(products: readonly ReportProduct[]): { day: string; count: number; undeclared: number }[] {
  const days = new Map<string, { count: number; undeclared: number }>();
  for (const p of products)
    for (const day of Object.keys(p.dayCounts ?? {})) {
      const d = days.get(day) ?? { count: 0, undeclared: 0 };
      d.count += 1;
      if (p.status === 'undeclared' && !p.pageOnly) d.undeclared += 1;
      days.set(day, d);
    }
  return [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, v]) => ({ day, ...v }));
}

describe('reportModelFromBundles', () => {
  it('adds up counts across members, counts each member once, and keeps the latest policy status', async () => {
    const a = await memberBundle({ named: false, code: 'M-AAAAAAAA' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0, declared: 'no' }),
      draft({ kind: 'tally', at: T0 + DAY, firstAt: T0 + 1000, lastAt: T0 + DAY, count: 4, declared: 'no' }),
      draft({
        ruleId: 'pendo',
        product: 'Pendo',
        category: 'digital_adoption',
        signalValue: 'cdn.pendo.io',
        at: T0,
        firstAt: T0,
        lastAt: T0,
        declared: 'product',
      }),
    ]);
    const b = await memberBundle({ named: true, name: 'Jo Bloggs' }, [
      draft({
        site: 'acme.slack.com',
        at: T0 + 2 * DAY,
        firstAt: T0 + 2 * DAY,
        lastAt: T0 + 2 * DAY,
        declared: 'category',
      }),
      draft({
        kind: 'unknown_third_party',
        ruleId: undefined,
        product: undefined,
        category: undefined,
        signalKind: 'unknown_host',
        signalValue: 'metrics.vendor.example',
        evidence: 'metrics.vendor.example',
        at: T0,
        firstAt: T0,
        lastAt: T0,
      }),
    ]);
    const model = reportModelFromBundles([a, b], ruleCatalog, new Date(T0 + 11 * DAY));
    const fullstory = model.products.find((p) => p.product === 'Fullstory')!;
    expect(fullstory).toMatchObject({
      count: 6,
      members: 2,
      status: 'category',
      sites: ['contoso.sharepoint.com', 'acme.slack.com'],
    });
    expect(fullstory.capabilities).toContain('typed_text');
    expect(model.products.find((p) => p.product === 'Pendo')).toMatchObject({
      count: 1,
      members: 1,
      status: 'product',
    });
    expect(model).toMatchObject({
      scope: 'merged',
      members: 2,
      range: { from: new Date(T0).toISOString(), to: new Date(T0 + 2 * DAY).toISOString() },
    });
    // The timeline uses each product's one status (Fullstory: declared by category, as last compared), so
    // its undeclared totals agree with the tables: none here.
    expect(model.timeline).toEqual(productsPerDay(model.products));
    expect(model.timeline.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(model.timeline.reduce((n, d) => n + d.count, 0)).toBe(model.products.reduce((n, p) => n + p.days!, 0));
    expect(fullstory.days).toBe(3);
    expect(model.products.find((p) => p.product === 'Pendo')!.days).toBe(1);
    expect(model.unknownThirdParties).toEqual([
      { host: 'metrics.vendor.example', sites: ['contoso.sharepoint.com'], count: 1, members: 1 },
    ]);
    expect(model.integrity.map((i) => i.status)).toEqual(['intact', 'intact']);
    expect(renderReportHtml(model)).toContain('Fullstory');
  });

  it('flags a broken bundle by name', async () => {
    const ok = await memberBundle({ named: false, code: 'M-BBBBBBBB' }, [draft()]);
    const broken = {
      ...ok,
      verification: {
        intact: false as const,
        seq: 1,
        index: 0,
        reason: 'entry 1: its contents do not match its hash (the entry was edited)',
      },
    };
    const model = reportModelFromBundles([broken], ruleCatalog, new Date());
    expect(model.integrity).toEqual([
      expect.objectContaining({ status: 'broken', detail: expect.stringContaining('entry 1') }),
    ]);
    expect(model.scope).toBe('member');
  });
});

describe('several exports of one member', () => {
  it('count as one member, each record once: the same log exported twice, and a second install', async () => {
    const { sealed } = sealDrafts([draft(), draft({ kind: 'tally', count: 5 }), draft({ kind: 'tally', count: 2 })], {
      seq: 0,
      hash: GENESIS_HASH,
    });
    const context = {
      createdAt: new Date(T0),
      extensionVersion: '0.1.0',
      ruleDbVersion: '2026.11.22',
      redaction: 'full' as const,
      member: { named: false as const, code: 'M-CCCCCCCC' },
    };
    const early = buildBundle(sealed.slice(0, 2), { ...context, exportId: 'export-early' });
    const later = buildBundle(sealed, { ...context, exportId: 'export-later' });
    const other = await memberBundle({ named: true, name: 'Sam' }, [draft({ site: 'acme.slack.com' })]);
    const secondInstall = await memberBundle({ named: true, name: 'sam' }, [
      draft({ site: 'acme.slack.com', count: 3 }),
    ]);
    const checked = [
      { bundle: early, verification: await verifyBundle(early) },
      { bundle: later, verification: await verifyBundle(later) },
      other,
      secondInstall,
    ];
    const model = reportModelFromBundles(checked, ruleCatalog, new Date());
    // Member C: 1 + 5 + 2 (records 1 and 2 are in both files, counted once); Sam: two logs, 1 + 3.
    expect(model.members).toBe(2);
    expect(model.products).toEqual([expect.objectContaining({ product: 'Fullstory', count: 12, members: 2 })]);
    expect(model.products[0]!.sites.sort()).toEqual(['acme.slack.com', 'contoso.sharepoint.com']);
  });
});

describe('browser extensions in the report', () => {
  const PURVIEW_ID = 'echcggldkblhodogklpincgchnpgcdco';
  const findings = checkExtensions(
    [
      installed({
        id: PURVIEW_ID,
        name: 'Microsoft Purview Extension',
        version: '1.0.0',
        installType: 'admin',
        permissions: ['cookies', 'nativeMessaging'],
        hostPermissions: ['<all_urls>'],
      }),
      installed({
        id: STAND_IN_ID,
        name: 'Stand-in Workforce Monitor',
        installType: 'admin',
        permissions: ['history', 'tabs'],
        hostPermissions: ['<all_urls>'],
      }),
      installed({
        id: 'personalpersonalpersonalpersonal',
        name: 'My password manager',
        installType: 'normal',
        permissions: ['tabs'],
      }),
    ],
    bundledRuleIndex,
  );
  const drafts = (at: number) =>
    extensionDrafts(findings, { at, ruleDbVersion: '2026.11.22', catalog: ruleCatalog, declaration: null });

  it('lists each extension once per member, names known products, and counts members', async () => {
    expect(findings.map((f) => f.id)).toEqual([PURVIEW_ID, STAND_IN_ID]);
    const a = await memberBundle({ named: false, code: 'M-DDDDDDDD' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0 }),
      ...drafts(T0),
      ...drafts(T0 + DAY),
    ]);
    const b = await memberBundle({ named: true, name: 'Sam' }, drafts(T0 + 2 * DAY).slice(0, 1));
    expect([a, b].map((c) => c.verification.intact)).toEqual([true, true]);
    const model = reportModelFromBundles([a, b], ruleCatalog, new Date(T0 + 11 * DAY));
    expect(model.extensions).toEqual([
      expect.objectContaining({
        id: PURVIEW_ID,
        name: 'Microsoft Purview Extension',
        version: '1.0.0',
        installType: 'admin',
        product: 'Microsoft Purview Endpoint DLP (Microsoft Purview Extension for Chrome)',
        category: 'dlp_insider_risk',
        riskyPermissions: ['cookies', 'nativeMessaging'],
        count: 3,
        members: 2,
      }),
      expect.objectContaining({
        id: STAND_IN_ID,
        installType: 'admin',
        product: undefined,
        riskyPermissions: ['history', 'tabs'],
        hostPermissions: ['<all_urls>'],
        count: 2,
        members: 1,
      }),
    ]);
    // The known one is a monitoring product found in the browser; the unknown one is not a product at all.
    expect(model.products.map((p) => p.product).sort()).toEqual([
      'Fullstory',
      'Microsoft Purview Endpoint DLP (Microsoft Purview Extension for Chrome)',
    ]);
    expect(model.products.find((p) => p.category === 'dlp_insider_risk')!.sites).toEqual([BROWSER_SITE]);
    const doc = renderReportHtml(model);
    expect(doc).toContain('saw 2 monitoring products on 1 work site');
    expect(doc).toContain('Stand-in Workforce Monitor');
    expect(doc).not.toContain('My password manager');
  });

  it('keeps extensions whole at host detail and leaves them out at category detail, and still verifies', async () => {
    const host = await memberBundle({ named: false, code: 'M-EEEEEEEE' }, drafts(T0), 'host');
    expect(host.verification.intact).toBe(true);
    expect(reportModelFromBundles([host], ruleCatalog, new Date()).extensions?.map((e) => e.id)).toEqual([
      PURVIEW_ID,
      STAND_IN_ID,
    ]);
    const category = await memberBundle({ named: false, code: 'M-FFFFFFFF' }, drafts(T0), 'category');
    expect(category.verification.intact).toBe(true);
    const model = reportModelFromBundles([category], ruleCatalog, new Date());
    expect(model.extensions).toEqual([]);
    // Only its kind is left of the known product, counted as a kind, never as a product or a site;
    // nothing at all of the unknown extension.
    expect(model.products).toEqual([]);
    expect(model.kindsOnly).toEqual([{ category: 'dlp_insider_risk', members: 1 }]);
    expect(model.detailLevels).toEqual({ full: 0, host: 0, category: 1 });
    expect(JSON.stringify(category.bundle)).not.toMatch(/Stand-in|Purview|hocmnkic/);
  });

  it('labels a product known only from what pages reported, in the model and the printed report', async () => {
    const a = await memberBundle({ named: false, code: 'M-PAGEONLY' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0, declared: 'no' }), // Fullstory, on the network
      draft({
        ruleId: 'hotjar',
        product: 'Hotjar',
        signalKind: 'global',
        signalValue: 'window.hj',
        evidence: 'window.hj',
        source: 'page',
        at: T0,
        firstAt: T0,
        lastAt: T0,
        declared: 'no',
      }),
      draft({
        ruleId: 'pendo',
        product: 'Pendo',
        category: 'digital_adoption',
        signalValue: 'cdn.pendo.io',
        source: 'page_timing',
        at: T0,
        firstAt: T0,
        lastAt: T0,
        declared: 'no',
      }),
      draft({
        ruleId: 'pendo',
        product: 'Pendo',
        category: 'digital_adoption',
        signalValue: 'cdn.pendo.io',
        source: 'network',
        at: T0 + 1,
        firstAt: T0 + 1,
        lastAt: T0 + 1,
        declared: 'no',
      }),
    ]);
    const model = reportModelFromBundles([a], ruleCatalog, new Date(T0 + DAY));
    const pageOnly = Object.fromEntries(model.products.map((p) => [p.product, p.pageOnly]));
    expect(pageOnly).toEqual({ Fullstory: false, Hotjar: true, Pendo: false });
    const doc = renderReportHtml({ ...model, declaration: { label: 'Policy v1' } });
    expect(doc).toContain('2 of them are undeclared');
    expect(doc).toMatch(/policy: (Fullstory and Pendo|Pendo and Fullstory)\./);
    expect(doc).toContain(
      '1 more, known only from what the pages reported about themselves, is not in the policy either',
    );
    expect(doc.match(/\(page-reported only\)/g)?.length).toBe(2); // the table row and the product card
    const rows = mergedRows([summariseBundle(a, ruleCatalog)]);
    expect(Object.fromEntries(rows.map((r) => [r.product, r.pageOnly]))).toEqual({
      Fullstory: false,
      Hotjar: true,
      Pendo: false,
    });
  });

  it("browse first, import the policy later: statuses are today's, the log's are said beside them, and declared-not-seen is listed", async () => {
    const a = await memberBundle({ named: false, code: 'M-BROWSE01' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0 }), // Fullstory, before any policy
      draft({
        ruleId: 'pendo',
        product: 'Pendo',
        category: 'digital_adoption',
        signalValue: 'cdn.pendo.io',
        at: T0,
        firstAt: T0,
        lastAt: T0,
      }),
    ]);
    const declaration = Declaration.parse({
      format: 'sightline-declaration',
      version: 1,
      id: 'later',
      employer: 'Contoso Ltd',
      title: 'Policy',
      items: [
        { id: 'p', product: 'Pendo' },
        { id: 'v', product: 'Viva Insights' },
      ],
    });
    const model = reportModelFromBundles(
      [a],
      ruleCatalog,
      new Date(T0 + DAY),
      policyNow(ruleCatalog, [declaration], 'later'),
    );
    const status = Object.fromEntries(model.products.map((p) => [p.product, [p.status, p.recordedStatus]]));
    expect(status).toEqual({ Fullstory: ['undeclared', 'no-policy'], Pendo: ['product', 'no-policy'] });
    expect(model.declaration?.label).toBe('Contoso Ltd - Policy');
    expect(model.declaredNotSeen).toEqual(['Viva Insights']);
    expect(model.timeline).toEqual(productsPerDay(model.products));
    expect(model.timeline).toEqual([{ day: '2026-11-02', count: model.products.length, undeclared: 1 }]);
    const doc = renderReportHtml(model);
    expect(doc).not.toContain('No employer policy was recorded');
    expect(doc).toContain('1 of them is undeclared');
  });

  it("counts a kinds-only member's kind as seeing an item that declares only that kind, never a named product", async () => {
    const detailed = await memberBundle({ named: false, code: 'M-DETAIL01' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0 }), // Fullstory, on contoso.sharepoint.com
    ]);
    const kindsOnly = await memberBundle(
      { named: false, code: 'M-KINDS001' },
      [
        draft({
          ruleId: 'microsoft-1ds-telemetry',
          product: 'Microsoft 1DS / OneCollector browser telemetry',
          category: 'platform_telemetry',
          signalValue: 'browser.events.data.microsoft.com',
          at: T0,
          firstAt: T0,
          lastAt: T0,
        }),
        draft({
          ruleId: 'pendo',
          product: 'Pendo',
          category: 'digital_adoption',
          signalValue: 'cdn.pendo.io',
          at: T0,
          firstAt: T0,
          lastAt: T0,
        }),
      ],
      'category',
    );
    const declaration = Declaration.parse({
      format: 'sightline-declaration',
      version: 1,
      id: 'kinds',
      employer: 'Contoso Ltd',
      title: 'Policy',
      items: [
        { id: 't', category: 'platform_telemetry' },
        { id: 'p', product: 'Pendo', category: 'digital_adoption' },
        { id: 'v', product: 'Viva Insights' },
      ],
    });
    const now = policyNow(ruleCatalog, [declaration], 'kinds');
    const model = reportModelFromBundles([detailed, kindsOnly], ruleCatalog, new Date(T0 + DAY), now);
    expect(model.kindsOnly?.map((k) => k.category).sort()).toEqual(['digital_adoption', 'platform_telemetry']);
    // The telemetry kind was seen (by the kinds-only member); Pendo was not seen by name, nor was Viva.
    expect(model.declaredNotSeen).toEqual(['Pendo', 'Viva Insights']);
    // Without the kinds-only export, the telemetry item is not seen either.
    expect(reportModelFromBundles([detailed, detailed], ruleCatalog, new Date(T0 + DAY), now).declaredNotSeen).toEqual([
      'First-party platform telemetry',
      'Pendo',
      'Viva Insights',
    ]);
  });

  it('leads with the promises broken and the identity sent, from the data', async () => {
    const a = await memberBundle({ named: false, code: 'M-STRONG01' }, [
      draft({ at: T0, firstAt: T0, lastAt: T0 }),
      draft({
        signalKind: 'identifier',
        signalValue: 'email:sha256',
        evidence: 'https://rs.fullstory.com',
        at: T0,
        firstAt: T0,
        lastAt: T0,
      }),
    ]);
    const declaration = Declaration.parse({
      format: 'sightline-declaration',
      version: 1,
      id: 'keys',
      employer: 'Contoso Ltd',
      promises: [
        { id: 'k', capability: 'typed_text', quote: 'We do not use keystroke logging.' },
        { id: 'c', capability: 'camera', quote: 'We never use your webcam.' },
      ],
    });
    const model = reportModelFromBundles(
      [a],
      ruleCatalog,
      new Date(T0 + DAY),
      policyNow(ruleCatalog, [declaration], 'keys'),
    );
    const fullstoryTypes = ruleCatalog.get('fullstory')!.capabilities.includes('typed_text');
    const typingSources = (
      JSON.parse(readFileSync('src/rules/vendors/fullstory.json', 'utf8')) as {
        sources: { url: string; capabilities?: string[] }[];
      }
    ).sources
      .filter((source) => source.capabilities?.includes('typed_text'))
      .map((source) => source.url);
    expect(model.contradictions).toEqual(
      fullstoryTypes
        ? [
            {
              quote: 'We do not use keystroke logging.',
              by: 'capability',
              subject: 'what you type',
              products: ['Fullstory'],
              pageOnlyProducts: [],
              // The rule file's own sources that say Fullstory captures typing (read as plain JSON).
              ...(typingSources.length > 0 ? { sources: typingSources } : {}),
            },
          ]
        : [],
    );
    expect(model.identity).toEqual([{ product: 'Fullstory', forms: ['email:sha256'], members: 1 }]);
    const doc = renderReportHtml(model);
    expect(doc.indexOf('What goes against the policy')).toBeLessThan(doc.indexOf('Declared and undeclared monitoring'));
    const see = typingSources.length > 0 ? ` (see ${typingSources.join(' and ')})` : '';
    expect(doc).toContain(
      `<q>We do not use keystroke logging.</q> Yet Fullstory was seen, and its vendor&#39;s documentation says it can capture what you type${see}.`,
    );
    expect(doc).toContain(
      '<strong>Fullstory</strong> was sent the worker&#39;s work email address (as a SHA-256 hash).',
    );
    expect(doc).not.toContain('webcam');
    // Without the declaration to hand, the report says it could not check, rather than nothing.
    expect(renderReportHtml(reportModelFromBundles([a], ruleCatalog, new Date(T0 + DAY)))).toContain(
      "the policy's promises could not be",
    );
  });
});
