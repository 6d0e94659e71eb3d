// The per-kind count verify prints, from a real export: expected figures are counted from the inputs.
import { describe, expect, it } from 'vitest';
import { buildBundle } from './bundle';
import { countReportsPerKind, describeReportsPerKind } from './reports-per-kind';
import { draft } from '../log/test-entries';
import type { LogRecord } from '../seal/log-record';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { reportDraft, sealReport } from '../seal/seal-report';
import type { ReportInput } from '../log/worker-report';

const inputs: ReportInput[] = [
  { kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' },
  { kind: 'audio_recording', where: 'Town Hall', when: '2026-11-30', how: 'saw', note: 'camera with a mic' },
  { kind: 'biometrics', where: 'Head office', when: '2026-12-02', how: 'saw' },
  { kind: 'call_recording', where: 'Call centre', when: '2026-12-03', how: 'policy_or_notice' },
  { kind: 'biometrics', where: 'Depot', when: '2026-12-04', how: 'saw' },
];

function logWith(reports: ReportInput[]): LogRecord[] {
  const first = sealDrafts([draft()], { seq: 0, hash: GENESIS_HASH });
  const records: LogRecord[] = [...first.sealed];
  let head = first.head;
  reports.forEach((input, i) => {
    const sealed = sealReport(reportDraft(input, 1_700_000_000_000 + i * 1000), head);
    records.push(sealed.sealed);
    head = sealed.head;
  });
  return records;
}

const context = {
  exportId: 'export-per-kind-1',
  createdAt: new Date(Date.UTC(2026, 11, 5)),
  extensionVersion: '0.2.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full' as const,
  member: { named: false as const, code: 'M-ABCDEFGH' },
};

describe('worker reports per kind in an export', () => {
  it('counts each kind as often as it was reported, most first', () => {
    const bundle = buildBundle(logWith(inputs), context);
    const expected = new Map<string, number>();
    for (const input of inputs) expected.set(input.kind, (expected.get(input.kind) ?? 0) + 1);
    const counts = countReportsPerKind(bundle.reported);
    expect(new Map(counts)).toEqual(expected);
    expect(counts.map(([, n]) => n)).toEqual([...expected.values()].sort((a, b) => b - a));
    const line = describeReportsPerKind(bundle.reported)!;
    expect(line).toContain(`(${inputs.length},`);
    for (const [kind, n] of expected) expect(line).toContain(`${kind} ${n}`);
  });

  it('breaks ties by kind id and says nothing for an export without reports', () => {
    const tied = inputs.filter((i) => i.kind !== 'biometrics');
    expect(countReportsPerKind(buildBundle(logWith(tied), context).reported)).toEqual([
      ['audio_recording', 1],
      ['call_recording', 1],
    ]);
    expect(describeReportsPerKind(buildBundle(logWith([]), context).reported)).toBeUndefined();
  });
});
