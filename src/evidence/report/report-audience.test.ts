import { describe, expect, it } from 'vitest';
import { forManagement } from './report-audience';
import { renderReportHtml } from './report-html';
import { reportModel, reportProduct } from './test-report-model';

const NAMES = ['Jo Bloggs', 'Sam Patel', 'Alex Morgan'];

function namedModel() {
  return reportModel({
    members: 5,
    namedMembers: 3,
    integrity: [...NAMES, 'Member M-AAAAAAAA', 'Member M-BBBBBBBB'].map((label) => ({
      label: `${label} (export 1234abcd, 10 records)`,
      status: 'intact' as const,
    })),
    products: [
      reportProduct({
        product: 'Fullstory',
        members: 5,
        status: 'undeclared',
        dayCounts: { '2026-11-02': 3, '2026-11-03': 2 },
        days: 2,
      }),
      reportProduct({ product: 'Hotjar', members: 3, status: 'product', dayCounts: { '2026-11-02': 1 }, days: 1 }),
      reportProduct({
        product: 'Rare Tool',
        members: 1,
        status: 'undeclared',
        dayCounts: { '2026-11-04': 9 },
        days: 1,
      }),
    ],
    kindsOnly: [{ category: 'session_recording', members: 2 }],
    files: {
      merged: NAMES.map((name, i) => ({
        names: [`${name}.json`],
        sha256: `${i}`.repeat(64),
        member: name,
        exportId: `e${i}`,
        records: 10,
        signer: 'key',
      })),
      leftOut: [{ names: ['Sam Patel old.json'], sha256: null, reason: 'too large' }],
      conflicts: ['export e1: Jo Bloggs.json and Jo Bloggs copy.json differ'],
      reader: { extensionVersion: '0.2.0', ruleDbVersion: 'x' },
      inputDigest: 'f'.repeat(64),
    },
  });
}

describe('the version for management', () => {
  const model = forManagement(namedModel(), 3);
  const doc = renderReportHtml(model);

  it('names nobody: no member name appears anywhere in the document', () => {
    for (const name of NAMES) expect(doc).not.toContain(name);
    expect(doc).toContain('Version for management: no member is named');
  });

  it('withholds every row seen by fewer than 3 members, and says how many', () => {
    expect(model.products.map((p) => p.product)).toEqual(['Fullstory', 'Hotjar']);
    expect(doc).not.toContain('Rare Tool');
    expect(model.kindsOnly).toEqual([]);
    expect(doc).toContain('anything seen by fewer than 3 members is withheld');
    expect(doc).toMatch(/\(\d+ rows withheld\)/);
    const withheld =
      model.audience!.withheldProducts +
      model.audience!.withheldKinds +
      model.audience!.withheldExtensions +
      model.audience!.withheldHosts!;
    expect(doc).toContain(`(${withheld} rows withheld)`);
    expect(model.audience!.withheldProducts).toBe(1);
  });

  it('names a withheld product in no promise and no question, and keeps the promise with the products kept', () => {
    const promised = forManagement(
      {
        ...namedModel(),
        contradictions: [
          {
            quote: 'We do not record your screen.',
            by: 'capability',
            subject: 'what is on the page you see',
            products: ['Fullstory', 'Rare Tool'],
            pageOnlyProducts: [],
            sources: ['https://docs.rare-tool.example/recording'],
          },
          {
            quote: 'We do not log keystrokes.',
            by: 'capability',
            subject: 'what you type',
            products: ['Rare Tool'],
            pageOnlyProducts: [],
          },
        ],
      },
      3,
    );
    const text = renderReportHtml(promised);
    expect(text).not.toContain('Rare Tool');
    // Its vendor's address would name it too.
    expect(text).not.toContain('rare-tool');
    expect(promised.contradictions!.map((c) => c.products)).toEqual([['Fullstory'], []]);
    expect(text).toContain('We do not record your screen.</q> Yet Fullstory was seen');
    expect(text).toContain('We do not log keystrokes.</q> What was seen against it is withheld here');
    expect(text).toContain('How is the use of Fullstory consistent');
    expect(text).not.toContain('Nothing seen goes against a promise');
  });

  it('withholds an uncatalogued host reached by fewer members, and counts it among the rows withheld', () => {
    const hosts = forManagement(
      {
        ...namedModel(),
        unknownThirdParties: [
          { host: 'collect.shared-widget.example', sites: ['contoso.sharepoint.com'], count: 40, members: 4 },
          { host: 'api.my-own-budget-app.example', sites: ['contoso.sharepoint.com'], count: 7, members: 1 },
        ],
      },
      3,
    );
    const text = renderReportHtml(hosts);
    expect(text).toContain('collect.shared-widget.example');
    expect(text).not.toContain('my-own-budget-app');
    expect(hosts.audience!.withheldHosts).toBe(1);
    const a = hosts.audience!;
    const withheld = a.withheldProducts + a.withheldKinds + a.withheldExtensions + 1;
    expect(text).toContain(`(${withheld} rows withheld)`);
  });

  it('recomputes the timeline from the rows kept, so it agrees with the tables', () => {
    // Per day, the kept products seen that day (each once), worked out from the kept rows.
    const perDay = new Map<string, { count: number; undeclared: number }>();
    for (const p of model.products)
      for (const day of Object.keys(p.dayCounts ?? {})) {
        const d = perDay.get(day) ?? { count: 0, undeclared: 0 };
        d.count += 1;
        if (p.status === 'undeclared' && !p.pageOnly) d.undeclared += 1;
        perDay.set(day, d);
      }
    expect(model.timeline).toEqual([...perDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, v]) => ({ day, ...v })));
    expect(model.timeline.length).toBeGreaterThan(0);
  });

  it('keeps the digests, so the files can still be checked', () => {
    expect(model.files!.merged.map((f) => f.sha256)).toEqual(namedModel().files!.merged.map((f) => f.sha256));
    expect(model.files!.inputDigest).toBe('f'.repeat(64));
  });
});
