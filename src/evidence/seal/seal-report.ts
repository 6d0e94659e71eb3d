// Sealing a worker report (log/worker-report.ts) into the log's chain under seal version 3: its subject
// is the SHA-256 of the canonical JSON of `kind`, `report`, `noteDigest` and `"seal":3`, and its hash
// covers the previous hash, that subject, seq and at (seal-v3.ts; docs/export-format.md). The free text
// is committed by a salted digest, so an export can leave the text out and still verify, and the text
// cannot be guessed back from the digest without its salt, which leaves the device with it or not at all.
import { randomSalt } from './canonical';
import type { ReportInput, WorkerReportDraft } from '../log/worker-report';
import type { SealedReport } from './log-record';
import { recordHash, type ChainHead } from './seal';
import { SEAL_VERSION } from './seal-v3';
import { sha256HexOfText } from '../../core/sha256';

/** SHA-256 of `note U+001F salt U+001F text`, as hex. */
export function noteDigest(salt: string, text: string): string {
  return sha256HexOfText(`note\u001f${salt}\u001f${text}`);
}

/** The draft of a report (already validated with ReportInput); an empty note is no note. */
export function reportDraft(input: ReportInput, at: number, salt = randomSalt()): WorkerReportDraft {
  const { note, ...report } = input;
  const draft: WorkerReportDraft = { kind: 'worker_report', at, report };
  if (note) {
    draft.noteDigest = noteDigest(salt, note);
    draft.note = { salt, text: note };
  }
  return draft;
}

/** The report sealed after `head`, and the new head. */
export function sealReport(draft: WorkerReportDraft, head: ChainHead): { sealed: SealedReport; head: ChainHead } {
  const sealed: SealedReport = { ...draft, seq: head.seq + 1, seal: SEAL_VERSION, prevHash: head.hash, hash: '' };
  sealed.hash = recordHash(sealed);
  return { sealed, head: { seq: sealed.seq, hash: sealed.hash } };
}

/** Whether a report's note (when the record still holds it) is the text its sealed digest names. */
export function noteMatches(record: Pick<WorkerReportDraft, 'note' | 'noteDigest'>): boolean {
  if (!record.note) return true;
  return record.noteDigest === noteDigest(record.note.salt, record.note.text);
}
