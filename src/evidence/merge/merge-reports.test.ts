// Worker reports through the rep's merge: from members' export files to the count per kind and
// workplace and the merged CSV's own table, never into the browser rows.
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { mergeExportFiles } from './merge-files';
import { countReported } from './reported-counts';
import { mergedCsv } from './merged-csv';
import { mergedRows } from './report-from-bundles';
import { provenanceOf } from './provenance';
import { bytesOf, code, exportOf, observations, T0 } from './test-exports';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { reportDraft, sealReport } from '../seal/seal-report';
import type { LogRecord } from '../seal/log-record';
import type { ReportInput } from '../log/worker-report';

/** A member's log: Fullstory seen twice, then the given reports. */
function logWith(reports: ReportInput[]): LogRecord[] {
  const { sealed, head } = sealDrafts(observations([1, 2]), { seq: 0, hash: GENESIS_HASH });
  const records: LogRecord[] = [...sealed];
  let at = head;
  for (const [i, input] of reports.entries()) {
    const next = sealReport(reportDraft(input, T0 + 10_000 + i), at);
    records.push(next.sealed);
    at = next.head;
  }
  return records;
}

const audio: ReportInput = { kind: 'audio_recording', where: 'Town Hall', when: '2026-11-01', how: 'saw', note: 'mic' };
const fingerprint: ReportInput = { kind: 'biometrics', where: 'Depot', when: '2026-11-02', how: 'told' };

describe('worker reports in the merge', () => {
  it('count members per kind and workplace, and leave the browser rows as they were', async () => {
    const a = logWith([audio, fingerprint]);
    const b = logWith([audio]);
    // Member A exported twice (the second export holds the same reports): still one member, one report each.
    const files = [
      { name: 'a1.json', data: bytesOf(exportOf(a, code('M-AAAAAAAA'), 'export-a-1')) },
      { name: 'a2.json', data: bytesOf(exportOf(a, code('M-AAAAAAAA'), 'export-a-2', { redaction: 'category' })) },
      { name: 'b.json', data: bytesOf(exportOf(b, code('M-BBBBBBBB'), 'export-b-1')) },
    ];
    const result = await mergeExportFiles(files, ruleCatalog);
    expect(result.members).toHaveLength(2);
    const reported = countReported(result.members);
    expect(reported).toEqual([
      {
        kind: 'audio_recording',
        workplace: 'Town Hall',
        members: 2,
        reports: 2,
        first: '2026-11-01',
        last: '2026-11-01',
      },
      { kind: 'biometrics', workplace: 'Depot', members: 1, reports: 1, first: '2026-11-02', last: '2026-11-02' },
    ]);
    // Two members each saw Fullstory 1 + 2 times: the rows count 6 observations, no report among them.
    const rows = mergedRows(result.members);
    expect(rows.map((r) => [r.product, r.members, r.count])).toEqual([['Fullstory', 2, 6]]);
    const csv = mergedCsv(rows, provenanceOf(result.plan, { extensionVersion: '0.2.0', ruleDbVersion: 'x' }), reported);
    const lines = csv.split('\r\n');
    const start = lines.indexOf('reported_kind,kind_id,workplace,members,reports,first_date,last_date');
    expect(start).toBeGreaterThan(0);
    expect(lines[start - 1]).toBe('');
    expect(lines.slice(start + 1, start + 3)).toEqual([
      'CCTV or other audio recording,audio_recording,Town Hall,2,2,2026-11-01,2026-11-01',
      'Biometrics for attendance or access,biometrics,Depot,1,1,2026-11-02,2026-11-02',
    ]);
    expect(csv).not.toContain('mic');
  });
});
