// What the log stores: sealed entries, and checkpoints that say a range was deleted (retention or
// clearing) and which hash it ended on, so the chain has no silent gaps.
import type { EvidenceEntry } from '../log/entry';
import type { WorkerReportDraft } from '../log/worker-report';
import type { SealGroup } from './seal-groups';
import type { SEAL_VERSION } from './seal-v3';

/** What sealing adds to an entry (seal.ts): salts and digests per group, and the chain's hashes. */
export interface SealShape {
  /** Absent on records sealed before version 3. */
  seal?: typeof SEAL_VERSION;
  salts: { site?: string; product?: string; host?: string; path?: string };
  digests: Record<SealGroup, string>;
  prevHash: string;
  hash: string;
}

export type SealedEntry = EvidenceEntry & SealShape;

export interface Checkpoint {
  seq: number;
  kind: 'checkpoint';
  at: number;
  /** Everything up to and including this seq was deleted... */
  removedThrough: number;
  /** ...and the deleted part's chain ended on this hash. */
  removedHash: string;
  removedCount: number;
  /** The seal version; absent on checkpoints sealed before version 3. */
  seal?: 3;
  prevHash: string;
  hash: string;
}

/** A worker-reported observation (log/worker-report.ts), sealed in the same chain (seal-report.ts). */
export type SealedReport = WorkerReportDraft & { seq: number; seal: 3; prevHash: string; hash: string };

export type LogRecord = SealedEntry | Checkpoint | SealedReport;

export function isCheckpoint(record: { kind: string }): record is Checkpoint {
  return record.kind === 'checkpoint';
}

export function isWorkerReport(record: { kind: string }): record is SealedReport {
  return record.kind === 'worker_report';
}

/** An entry of what the browser observed: neither a checkpoint nor a worker report. Every count reads these. */
export function isSealedEntry(record: LogRecord): record is SealedEntry {
  return record.kind !== 'checkpoint' && record.kind !== 'worker_report';
}
