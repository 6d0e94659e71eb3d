// What the log stores: sealed entries, and checkpoints that say a range was deleted (retention or
// clearing) and which hash it ended on, so the chain has no silent gaps.
import type { EvidenceEntry } from './entry';
import type { SealShape } from './seal';

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

export type LogRecord = SealedEntry | Checkpoint;

export function isCheckpoint(record: { kind: string }): record is Checkpoint {
  return record.kind === 'checkpoint';
}
