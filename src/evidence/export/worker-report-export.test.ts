// Worker reports in the chain and in an export: sealed between browser entries, exported in their own
// section without the note, verified with the records, and refused when edited, moved or dropped.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { buildBundle, EvidenceBundle } from './bundle';
import { parseBundle, verifyBundle } from './read-bundle';
import { draft } from '../log/test-entries';
import { isSealedEntry, type LogRecord } from '../seal/log-record';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { noteMatches, reportDraft, sealReport } from '../seal/seal-report';
import { verifyRecords } from '../seal/verify';
import type { ReportInput } from '../log/worker-report';

const camera: ReportInput = {
  kind: 'audio_recording',
  where: 'Town Hall team room',
  when: '2026-11-30',
  how: 'saw',
  note: 'a camera with a microphone above the door',
};
const clock: ReportInput = { kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' };

/** entry, report, entry, report: the chain as the log writes it. */
function mixedLog(): LogRecord[] {
  const first = sealDrafts([draft()], { seq: 0, hash: GENESIS_HASH });
  const r1 = sealReport(reportDraft(camera, 1_700_000_100_000, 'salt-one'), first.head);
  const second = sealDrafts([draft({ kind: 'tally', count: 3 })], r1.head);
  const r2 = sealReport(reportDraft(clock, 1_700_000_200_000), second.head);
  return [...first.sealed, r1.sealed, ...second.sealed, r2.sealed];
}

const context = {
  exportId: 'export-reports-1',
  createdAt: new Date(Date.UTC(2026, 11, 2)),
  extensionVersion: '0.2.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full' as const,
  member: { named: false as const, code: 'M-ABCDEFGH' },
};

/** Canonical JSON as docs/export-format.md defines it: keys sorted at every depth, no whitespace. */
const canonical = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(value);
const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const u64 = (n: number) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(n));
  return bytes;
};

describe('worker reports in the log', () => {
  it('are hashed exactly as docs/export-format.md says', () => {
    const prev = 'ab'.repeat(32);
    const draftReport = reportDraft(camera, 1_700_000_100_000, 'salt-one');
    const { sealed } = sealReport(draftReport, { seq: 41, hash: prev });
    const fields = sha(
      canonical({ kind: 'worker_report', report: sealed.report, noteDigest: sealed.noteDigest, seal: 3 }),
    );
    const subject = sha(fields);
    const expected = sha(Buffer.from(prev, 'hex'), subject, u64(42), u64(1_700_000_100_000)).toString('hex');
    expect(sealed.seq).toBe(42);
    expect(sealed.hash).toBe(expected);
  });

  it('seal the note by a salted digest that anyone can recompute from the salt and the text', () => {
    const sealed = reportDraft(camera, 1, 'salt-one');
    const expected = createHash('sha256').update(`note\u001fsalt-one\u001f${camera.note}`).digest('hex');
    expect(sealed.noteDigest).toBe(expected);
    expect(noteMatches(sealed)).toBe(true);
    expect(noteMatches({ ...sealed, note: { salt: 'salt-one', text: 'changed' } })).toBe(false);
  });

  it('verify in the chain with the entries around them, and are never taken for entries', async () => {
    const log = mixedLog();
    expect(await verifyRecords(log as never)).toMatchObject({ intact: true, count: 4 });
    expect(log.filter(isSealedEntry).map((r) => r.seq)).toEqual([1, 3]);
  });

  it('break the chain when what was reported is edited', async () => {
    const log = mixedLog();
    const report = log[1] as Extract<LogRecord, { kind: 'worker_report' }>;
    const forged = [log[0], { ...report, report: { ...report.report, kind: 'cctv_video' } }, ...log.slice(2)];
    expect(await verifyRecords(forged as never)).toMatchObject({ intact: false, seq: 2 });
  });
});

describe('an export with worker reports', () => {
  it('carries them in their own section, without the note or its salt, and verifies', async () => {
    const bundle = buildBundle(mixedLog(), context);
    expect(bundle.version).toBe(5);
    expect(bundle.records.map((r) => r.seq)).toEqual([1, 3]);
    expect(bundle.reported?.map((r) => [r.seq, r.report.kind])).toEqual([
      [2, 'audio_recording'],
      [4, 'biometrics'],
    ]);
    expect(JSON.stringify(bundle)).not.toContain('microphone');
    expect(JSON.stringify(bundle)).not.toContain('salt-one');
    expect(bundle.entryCount).toBe(4);
    expect(EvidenceBundle.safeParse(bundle).success).toBe(true);
    const parsed = parseBundle(JSON.stringify(bundle));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await verifyBundle(parsed.bundle, parsed.unread)).toMatchObject({ intact: true, count: 4 });
  });

  it('is broken when a report is removed from its section', async () => {
    const bundle = buildBundle(mixedLog(), context);
    const cut = { ...bundle, reported: bundle.reported!.slice(1) };
    const verdict = await verifyBundle(cut);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact) expect(verdict.reason).toContain('names 4 entries but holds 3');
  });

  it('is broken when a report says another place', async () => {
    const bundle = buildBundle(mixedLog(), context);
    const [first, ...rest] = bundle.reported!;
    const moved = { ...bundle, reported: [{ ...first!, report: { ...first!.report, where: 'Elsewhere' } }, ...rest] };
    const verdict = await verifyBundle(moved);
    expect(verdict).toMatchObject({ intact: false, seq: 2 });
  });

  it('is refused with a specific reason when a report names no kind Sightline knows', () => {
    const bundle = buildBundle(mixedLog(), context);
    const bad = { ...bundle, reported: [{ ...bundle.reported![0]!, report: { ...camera, kind: 'telepathy' } }] };
    const parsed = parseBundle(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^invalid export at reported\.0\.report/);
  });

  it('without reports is written as before, with no reported section', () => {
    const bundle = buildBundle(sealDrafts([draft()], { seq: 0, hash: GENESIS_HASH }).sealed, context);
    expect('reported' in bundle).toBe(false);
  });
});
