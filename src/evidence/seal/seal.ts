// The tamper-evident seal on each log record: its group digests (seal-groups.ts) and its place in the
// chain, under the seal version it names (seal-v3.ts; seal-legacy.ts for records sealed before). The salts
// are the log's, renewed after each export (not one per record as before seal version 3), so a value that
// recurs has the same digest and a verifier works each one out only once.
import { z } from 'zod';
import { randomSalt } from './canonical';
import type { DigestMemo } from './digest-memo';
import type { EntryDraft } from '../log/entry';
import type { Checkpoint, SealShape } from './log-record';
import { groupDigest, groupValue, SEAL_GROUPS, type SealGroup } from './seal-groups';
import { digestLegacyBody } from './seal-legacy';
import { digestBody, SEAL_VERSION, subjectDigest } from './seal-v3';
import { finishDigestEquals, finishDigestHex } from '../../core/sha256';

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const GENESIS_HASH = '0'.repeat(64);

export const SealFields = {
  /** Per-group salts; a redacted export leaves out the salt with the value. */
  salts: z.strictObject({
    site: z.string().optional(),
    product: z.string().optional(),
    host: z.string().optional(),
    path: z.string().optional(),
  }),
  digests: z.strictObject({ site: Hex64, product: Hex64, host: Hex64, path: Hex64 }),
  /** The seal version; absent on records sealed before version 3. */
  seal: z.literal(3).optional(),
  prevHash: Hex64,
  hash: Hex64,
};

/** The record's hash under the seal version it names (legacy when it names none). */
export function recordHash(record: object, memo?: DigestMemo): string {
  const fields = record as Record<string, unknown>;
  if (fields.seal === undefined) {
    digestLegacyBody(record);
    return finishDigestHex();
  }
  const subject = subjectDigest(fields, memo);
  if (subject === null || !digestBody(fields, subject))
    throw new Error(
      `record ${String(fields.seq)} cannot be sealed: its digests, seq, times, count or previous hash are not what a seal holds`,
    );
  return finishDigestHex();
}

/** Whether recordHash(record) is `expected`, without building the hex of the record hash. */
export function recordHashMatches(record: object, expected: string, memo?: DigestMemo): boolean {
  const fields = record as Record<string, unknown>;
  if (fields.seal === undefined) digestLegacyBody(record);
  else {
    const subject = subjectDigest(fields, memo);
    if (subject === null || !digestBody(fields, subject)) return false;
  }
  return finishDigestEquals(expected);
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** The salts of the four groups: one set seals every record until the next export file. */
export type GroupSalts = Record<SealGroup, string>;

export function newGroupSalts(): GroupSalts {
  return { site: randomSalt(), product: randomSalt(), host: randomSalt(), path: randomSalt() };
}

/**
 * Seal drafts in order after `head` (seal version 3): digests with the log's current salts, subject,
 * hash. Returns the sealed records and the new head.
 */
export function sealDrafts<T extends EntryDraft>(
  drafts: readonly T[],
  head: ChainHead,
  salts: GroupSalts = newGroupSalts(),
): { sealed: (T & { seq: number } & SealShape)[]; head: ChainHead } {
  const sealed: (T & { seq: number } & SealShape)[] = [];
  let { seq, hash } = head;
  for (const draft of drafts) {
    const digests = { site: '', product: '', host: '', path: '' };
    for (const group of SEAL_GROUPS) digests[group] = groupDigest(group, salts[group], groupValue(draft, group));
    seq += 1;
    const record = {
      ...draft,
      seq,
      seal: SEAL_VERSION as typeof SEAL_VERSION,
      salts: { ...salts },
      digests,
      prevHash: hash,
      hash: '',
    };
    record.hash = recordHash(record);
    hash = record.hash;
    sealed.push(record);
  }
  return { sealed, head: { seq, hash } };
}

/** A checkpoint after `head` saying everything through `removed` (whose hash it names) was deleted. */
export function sealCheckpoint(
  head: ChainHead,
  removed: { seq: number; hash: string },
  removedCount: number,
  at: number,
): Checkpoint {
  const checkpoint: Checkpoint = {
    seq: head.seq + 1,
    kind: 'checkpoint',
    at,
    removedThrough: removed.seq,
    removedHash: removed.hash,
    removedCount,
    seal: SEAL_VERSION,
    prevHash: head.hash,
    hash: '',
  };
  checkpoint.hash = recordHash(checkpoint);
  return checkpoint;
}
