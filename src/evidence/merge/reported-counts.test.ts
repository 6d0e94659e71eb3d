import { describe, expect, it } from 'vitest';
import { countReported, membersReportingKind } from './reported-counts';
import { memberReports } from './member-reports';
import type { MemberReport } from './member-reports';

let n = 0;
const r = (kind: MemberReport['kind'], where: string, when: string): MemberReport => ({
  kind,
  where,
  when,
  how: 'saw',
  hash: String(++n).padStart(64, '0'),
});

// Three members. Worked out by hand:
// - audio_recording at Town Hall: A (twice, two spellings), B -> 2 members, 3 reports, 2026-11-01..2026-11-20
// - biometrics at Depot: A, C -> 2 members, 2 reports
// - biometrics at Town Hall: B -> 1 member
// - cctv_video at Depot: C -> 1 member
const members = [
  {
    memberKey: 'code:M-AAAAAAAA',
    reported: [
      r('audio_recording', 'Town Hall', '2026-11-01'),
      r('audio_recording', ' town  hall ', '2026-11-20'),
      r('biometrics', 'Depot', '2026-11-03'),
    ],
  },
  {
    memberKey: 'code:M-BBBBBBBB',
    reported: [r('audio_recording', 'Town Hall', '2026-11-05'), r('biometrics', 'Town Hall', '2026-11-06')],
  },
  {
    memberKey: 'code:M-CCCCCCCC',
    reported: [r('biometrics', 'DEPOT', '2026-11-07'), r('cctv_video', 'Depot', '2026-11-08')],
  },
  { memberKey: 'code:M-DDDDDDDD' },
];

describe('counting what members reported', () => {
  it('counts members per kind and workplace, each member once, spellings of one place together', () => {
    expect(countReported(members)).toEqual([
      {
        kind: 'audio_recording',
        workplace: 'Town Hall',
        members: 2,
        reports: 3,
        first: '2026-11-01',
        last: '2026-11-20',
      },
      { kind: 'biometrics', workplace: 'DEPOT', members: 2, reports: 2, first: '2026-11-03', last: '2026-11-07' },
      { kind: 'biometrics', workplace: 'Town Hall', members: 1, reports: 1, first: '2026-11-06', last: '2026-11-06' },
      { kind: 'cctv_video', workplace: 'Depot', members: 1, reports: 1, first: '2026-11-08', last: '2026-11-08' },
    ]);
  });

  it('gives the same rows whatever order members come in', () => {
    expect(countReported([...members].reverse())).toEqual(countReported(members));
  });

  it('counts members per kind anywhere', () => {
    expect(Object.fromEntries(membersReportingKind(members))).toEqual({
      audio_recording: 2,
      biometrics: 3,
      cctv_video: 1,
    });
  });

  it('keeps one report once when two files of one member carry it', () => {
    const report = {
      seq: 2,
      kind: 'worker_report' as const,
      at: 1,
      report: { kind: 'biometrics' as const, where: 'Depot', when: '2026-11-03', how: 'told' as const },
      seal: 3 as const,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    };
    expect(memberReports([report, report, { ...report, hash: 'b'.repeat(64) }])).toHaveLength(2);
  });
});
