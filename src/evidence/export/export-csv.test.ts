// The CSV a worker opens in a spreadsheet: quoting per RFC 4180, and every cell that a spreadsheet would
// run as a formula (a hostname or URL a page chose, starting with = + - @ tab or CR) defused with an
// apostrophe. docs/testing.md claims this; without these tests nothing would notice the defusing gone.
import { describe, expect, it } from 'vitest';
import { aggregateEntries } from '../log/aggregate';
import { entry } from '../log/test-entries';
import { csvCell, exportEvidenceCsv } from './export-csv';

describe('csvCell quoting', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('contoso.sharepoint.com')).toBe('contoso.sharepoint.com');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, double quotes, CR and LF, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('line\rbreak')).toBe('"line\rbreak"');
  });
});

describe('csvCell formula defusing', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('prefixes %j with an apostrophe', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it('defuses a leading CR and then quotes the cell, since it holds a line break', () => {
    expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
  });

  it('defuses before quoting, so the apostrophe is inside the quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('rs.fullstory.com/@x')).toBe('rs.fullstory.com/@x');
    expect(csvCell(' =1')).toBe(' =1');
  });
});

describe('exportEvidenceCsv', () => {
  it('has a BOM, a header, one row per aggregated signal and CRLF line ends', () => {
    const rows = aggregateEntries([entry(1), entry(2, { kind: 'tally', count: 4, lastAt: 1_700_000_600_000 })]);
    const csv = exportEvidenceCsv(rows);
    expect(csv.startsWith('\uFEFFsite,product,category,kind,signal,evidence,source,count,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'contoso.sharepoint.com,Fullstory,Session recording,finding,rs.fullstory.com,https://rs.fullstory.com/rec/bundle,network,5,2023-11-14T22:13:20.000Z,2023-11-14T22:23:20.000Z',
    );
  });

  it('defuses a page-chosen value in every text column of a row', () => {
    const hostile = entry(1, {
      kind: 'unknown_third_party',
      site: '=cmd|x',
      ruleId: undefined,
      product: undefined,
      category: undefined,
      signalValue: '+evil.example',
      evidence: '@https://evil.example/',
    });
    const line = exportEvidenceCsv(aggregateEntries([hostile]))
      .slice(1)
      .split('\r\n')[1]!;
    expect(line.split(',').slice(0, 6)).toEqual([
      "'=cmd|x",
      '',
      '',
      'unknown third party',
      "'+evil.example",
      "'@https://evil.example/",
    ]);
  });
});
