import { describe, expect, it } from 'vitest';
import { aggregateEntries, filterRows } from './aggregate';
import { csvCell, exportEvidenceCsv } from './export-csv';
import { exportEvidenceJson, parseEvidenceJson } from './export-json';
import { entry } from './test-entries';

const context = { exportedAt: new Date('2026-11-22T10:00:00Z'), extensionVersion: '0.1.0', ruleDbVersion: '2026.11.22' };

describe('JSON export', () => {
  it('round-trips through the schema, in log order', () => {
    const text = exportEvidenceJson([entry(2, { kind: 'tally', count: 5 }), entry(1)], context);
    const parsed = parseEvidenceJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.bundle.entries.map((e) => e.seq)).toEqual([1, 2]);
      expect(parsed.bundle).toMatchObject({ format: 'sightline-evidence', version: 1, ruleDbVersion: '2026.11.22' });
    }
  });

  it('refuses to write an entry that breaks the schema', () => {
    expect(() => exportEvidenceJson([entry(1, { count: 0 })], context)).toThrow();
  });

  it.each([
    ['{', /not JSON/],
    ['{"format":"other"}', /not a Sightline evidence export/],
    ['{"format":"sightline-evidence","version":99}', /version 99 is not supported/],
    ['{"format":"sightline-evidence","version":1,"exportedAt":"2026-11-22T10:00:00Z","extensionVersion":"x","ruleDbVersion":"y","entries":[{"seq":1}]}', /invalid export at entries\.0\./],
  ])('rejects %j with a specific reason', (text, reason) => {
    const parsed = parseEvidenceJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });

  it('has no field that could hold a query string', () => {
    const parsed = parseEvidenceJson(exportEvidenceJson([entry(1)], context));
    expect(JSON.stringify(parsed)).not.toMatch(/\?/);
  });
});

describe('CSV export', () => {
  it('has a header, one row per aggregated signal, a BOM and CRLF line ends', () => {
    const rows = aggregateEntries([entry(1), entry(2, { kind: 'tally', count: 4, lastAt: 1_700_000_600_000 })]);
    const csv = exportEvidenceCsv(rows);
    expect(csv.startsWith('\uFEFFsite,product,category,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'contoso.sharepoint.com,Fullstory,Session recording,finding,rs.fullstory.com,https://rs.fullstory.com/rec/bundle,network,5,2023-11-14T22:13:20.000Z,2023-11-14T22:23:20.000Z',
    );
  });

  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('filterRows', () => {
  const rows = aggregateEntries([
    entry(1),
    entry(2, { site: 'acme.slack.com', ruleId: 'pendo', product: 'Pendo', category: 'digital_adoption', signalValue: 'cdn.pendo.io', at: 5, firstAt: 5, lastAt: 5 }),
  ]);

  it('filters by site, category, product and date', () => {
    expect(filterRows(rows, { site: 'acme.slack.com' }).map((r) => r.ruleId)).toEqual(['pendo']);
    expect(filterRows(rows, { category: 'session_recording' }).map((r) => r.ruleId)).toEqual(['fullstory']);
    expect(filterRows(rows, { ruleId: 'pendo' })).toHaveLength(1);
    expect(filterRows(rows, { from: 1_000 }).map((r) => r.ruleId)).toEqual(['fullstory']);
    expect(filterRows(rows, { to: 10 }).map((r) => r.ruleId)).toEqual(['pendo']);
    expect(filterRows(rows, {})).toHaveLength(2);
  });
});
