// The rep's merge rules (issue 16), end to end from file bytes: only verified files count, duplicates are
// decided by content, and the order files come in changes nothing. Expected figures are worked out here
// from the drafts each log was made of, not from the code under test.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { sealCheckpoint } from '../seal/seal';
import { mergedRows, reportModelFromSummaries } from './report-from-bundles';
import { renderReportHtml } from '../report/report-html';
import { MAX_BUNDLE_BYTES } from '../export/read-bundle';
import { mergeExportFiles } from './merge-files';
import { mergedCsv } from './merged-csv';
import { provenanceOf } from './provenance';
import { bytesOf, code, edited, exportOf, observations, sealLog } from './test-exports';

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const READER = { extensionVersion: '9.9.9', ruleDbVersion: '2099.01.01-1' };
const merge = (files: { name: string; data: Uint8Array<ArrayBuffer> }[]) => mergeExportFiles(files, ruleCatalog);
const fullstory = (rows: ReturnType<typeof mergedRows>) =>
  rows.filter((r) => r.product === 'Fullstory').map((r) => ({ site: r.site, members: r.members, count: r.count }));

describe('only files that verify are in any figure', () => {
  const log = sealLog(observations([1, 4]));
  const intact = exportOf(log, code('M-AAAAAAAA'), 'export-0001');
  // The case: a copy with one count changed, export id unchanged.
  const tampered = edited(intact, 1, { count: 9 });

  it('a tampered copy loaded first, then the intact export: the intact figures, the copy left out with its first broken entry', async () => {
    for (const order of [
      ['copy', 'intact'],
      ['intact', 'copy'],
    ]) {
      const files = order.map((which) => ({
        name: `${which}.json`,
        data: bytesOf(which === 'copy' ? tampered : intact),
      }));
      const { plan, members } = await merge(files);
      expect(fullstory(mergedRows(members)), order.join()).toEqual([
        { site: 'contoso.sharepoint.com', members: 1, count: 5 },
      ]);
      expect(plan.merged.map((f) => f.names)).toEqual([['intact.json']]);
      expect(plan.leftOut).toEqual([
        expect.objectContaining({
          names: ['copy.json'],
          sha256: sha(files.find((f) => f.name === 'copy.json')!.data),
          reason: expect.stringMatching(/entry 2: its contents do not match its hash/),
          firstBroken: { seq: 2, index: 1 },
        }),
      ]);
      expect(plan.conflicts).toEqual([
        expect.objectContaining({ exportId: 'export-0001', resolution: 'only the one that verifies counts' }),
      ]);
    }
  });

  it('a valid beginning followed by a break counts for nothing, and can be looked at alone', async () => {
    const longer = exportOf(sealLog(observations([1, 2, 3, 4])), code('M-BBBBBBBB'), 'export-0002');
    const { plan, members } = await merge([{ name: 'b.json', data: bytesOf(edited(longer, 3, { count: 40 })) }]);
    expect(members).toEqual([]);
    expect(plan.merged).toEqual([]);
    expect(plan.leftOut[0]).toMatchObject({ firstBroken: { seq: 4, index: 3 } });
    // Alone, unverified: everything it says, the edit included.
    expect(fullstory(mergedRows([plan.leftOut[0]!.unverified!]))).toEqual([
      { site: 'contoso.sharepoint.com', members: 1, count: 46 },
    ]);
  });

  it('a record that cannot be read is flagged: the rest is read, the file is not intact and counts for nothing (issue 13)', async () => {
    const bad = edited(exportOf(sealLog(observations([1, 2, 3])), code('M-CCCCCCCC'), 'export-0003'), 1, { count: -1 });
    const { plan, members } = await merge([{ name: 'c.json', data: bytesOf(bad) }]);
    expect(members).toEqual([]);
    expect(plan.leftOut[0]!.reason).toMatch(
      /record 2 \(entry 2\) cannot be read: records\.1\.count: must be a whole number above 0/,
    );
    expect(plan.leftOut[0]!.unverified!.records).toBe(2);
  });

  it('refuses a file over the size limit unread, and invalid UTF-8 with a specific reason', async () => {
    const { plan } = await merge([
      { name: 'huge.json', data: new Uint8Array(MAX_BUNDLE_BYTES + 1) },
      { name: 'latin1.json', data: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) },
    ]);
    expect(plan.leftOut.map((f) => [f.names[0], f.sha256 === null, f.reason])).toEqual([
      ['huge.json', true, 'the file is 65 MB; an evidence export is at most 64 MB'],
      ['latin1.json', false, expect.stringMatching(/^not UTF-8 text/)],
    ]);
  });
});

describe('duplicates are decided by content', () => {
  it('the same bytes twice count once; two exports of one log at different times count each record once', async () => {
    const log = sealLog(observations([1, 2, 3, 4, 5]));
    const monday = exportOf(log.slice(0, 3), code('M-AAAAAAAA'), 'export-monday');
    // Friday, after retention removed records 1 and 2: a checkpoint explains the gap.
    const friday = exportOf(
      [...log.slice(2), sealCheckpoint(log.at(-1)!, log[1]!, 2, log.at(-1)!.at + 1)],
      code('M-AAAAAAAA'),
      'export-friday',
    );
    const { plan, members } = await merge([
      { name: 'monday.json', data: bytesOf(monday) },
      { name: 'monday copy.json', data: bytesOf(monday) },
      { name: 'friday.json', data: bytesOf(friday) },
    ]);
    expect(plan.copies.map((c) => c.names)).toEqual([['monday copy.json', 'monday.json']]);
    expect(members).toHaveLength(1);
    expect(fullstory(mergedRows(members))).toEqual([
      { site: 'contoso.sharepoint.com', members: 1, count: 1 + 2 + 3 + 4 + 5 },
    ]);
    expect(members[0]!.sources).toEqual([sha(bytesOf(monday)), sha(bytesOf(friday))].sort());
  });

  it('one export id, two different files that both verify, from one member: each record once', async () => {
    const log = sealLog(observations([1, 2, 3]));
    const a = exportOf(log.slice(0, 2), code('M-AAAAAAAA'), 'export-same');
    const b = exportOf(log, code('M-AAAAAAAA'), 'export-same');
    const { plan, members } = await merge([
      { name: 'a.json', data: bytesOf(a) },
      { name: 'b.json', data: bytesOf(b) },
    ]);
    expect(plan.conflicts[0]!.resolution).toBe('all that verify count, as exports of one member: each record once');
    expect(fullstory(mergedRows(members))).toEqual([{ site: 'contoso.sharepoint.com', members: 1, count: 6 }]);
  });

  it('the same log under a second member code counts once, under the first, and says so', async () => {
    const log = sealLog(observations([2, 3]));
    const { plan, members } = await merge([
      { name: 'impostor.json', data: bytesOf(exportOf(log, code('M-ZZZZZZZZ'), 'export-z')) },
      { name: 'real.json', data: bytesOf(exportOf(log, code('M-AAAAAAAA'), 'export-a')) },
    ]);
    expect(members.map((m) => m.label)).toEqual(['Member M-AAAAAAAA']);
    expect(plan.leftOut[0]).toMatchObject({
      names: ['impostor.json'],
      reason: expect.stringMatching(/same log as Member M-AAAAAAAA's export/),
    });
    expect(fullstory(mergedRows(members))).toEqual([{ site: 'contoso.sharepoint.com', members: 1, count: 5 }]);
  });
});

describe('what the CSV and report claim is checkable', () => {
  const a = exportOf(sealLog(observations([1, 4])), code('M-AAAAAAAA'), 'export-a');
  const b = exportOf(sealLog(observations([2], { site: 'acme.slack.com' })), { named: true, name: 'Jo' }, 'export-b');
  const broken = edited(exportOf(sealLog(observations([7, 7])), code('M-CCCCCCCC'), 'export-c'), 0, {
    site: 'elsewhere.example',
  });
  const files = [
    { name: 'a.json', data: bytesOf(a) },
    { name: 'b.json', data: bytesOf(b) },
    { name: 'c.json', data: bytesOf(broken) },
    { name: 'notes.json', data: bytesOf('{"hello":1}') },
  ];
  const outputs = async (order: typeof files) => {
    const { plan, members } = await merge(order);
    const provenance = provenanceOf(plan, READER);
    return {
      csv: mergedCsv(mergedRows(members), provenance),
      html: renderReportHtml(reportModelFromSummaries(members, new Date(Date.UTC(2026, 11, 1)), provenance)),
    };
  };

  it('names each merged file by SHA-256, each left-out file with its reason, and the versions; the same files in any order give the same bytes', async () => {
    const first = await outputs(files);
    const lines = first.csv.slice(1).split('\r\n');
    expect(lines).toContain(`a.json,${sha(files[0]!.data)},yes,Member M-AAAAAAAA,export-a,2,unsigned,`);
    expect(lines).toContain(`b.json,${sha(files[1]!.data)},yes,Jo,export-b,1,unsigned,`);
    expect(lines.find((l) => l.startsWith('c.json,'))).toMatch(
      new RegExp(
        `^c\\.json,${sha(files[2]!.data)},no,,,,,"entry 1: its site does not match its digest .*\\(first broken: record 1, entry 1\\)"$`,
      ),
    );
    expect(lines.find((l) => l.startsWith('notes.json,'))).toMatch(/,no,,,,,"not a Sightline evidence export/);
    expect(lines).toContain('sightline_version,9.9.9');
    expect(lines).toContain('rule_database_version,2099.01.01-1');
    expect(lines).toContain(
      `input_digest_sha256,${sha(bytesOf([sha(files[0]!.data), sha(files[1]!.data)].sort().join('\n')))}`,
    );
    // The broken member's 14 observations are in no figure.
    expect(lines.filter((l) => l.startsWith('Fullstory,')).map((l) => l.split(',').slice(2, 5).join(' '))).toEqual([
      'contoso.sharepoint.com 1 5',
      'acme.slack.com 1 2',
    ]);
    expect(first.html).toContain(sha(files[0]!.data));
    expect(first.html).toContain('Sightline 9.9.9, rule database 2099.01.01-1');
    expect(first.html).toContain('2 files were left out of every figure');
    expect(first.html).not.toContain('elsewhere.example');
    for (const order of [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ]) {
      const again = await outputs(order.map((i) => files[i]!));
      expect(again.csv).toBe(first.csv);
      expect(again.html).toBe(first.html);
    }
  });
});
