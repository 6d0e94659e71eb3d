// Verifying a chain of log records (from the log or from an export): each record's digests match its
// plain values where the export kept them, its hash matches what it covers, and it follows the record
// before it — or a checkpoint explains the gap. The first failure is reported precisely.
import type { Redaction } from './redaction';
import { sealFormatProblem } from './check-record';
import { DigestMemo } from './digest-memo';
import { GENESIS_HASH, recordHashMatches } from './seal';
import { groupDigestMatches, groupValue, memoGroupDigest, SEAL_GROUPS, type SealGroup } from './seal-groups';
import { GROUP_WORDS, hasGroupValue, redactionProblem } from './redaction-check';
import { SealMemo } from './seal-memo';
import { bodyHashMatches, hasNoDigests, SEAL_VERSION, subjectDigest } from './seal-v3';

export interface VerifiableRecord {
  seq: number;
  kind: string;
  hash: string;
  prevHash: string;
  salts?: Partial<Record<SealGroup, string>>;
  digests?: Record<SealGroup, string>;
  removedThrough?: number;
  removedHash?: string;
  seal?: unknown;
  [field: string]: unknown;
}

export type Verification =
  | { intact: true; count: number; head: { seq: number; hash: string } | null }
  | { intact: false; seq: number; index: number; reason: string };

const HASH_MISMATCH = 'its contents do not match its hash (the entry was edited)';
const groupMismatch = (group: SealGroup) =>
  `its ${GROUP_WORDS[group]} does not match its digest (the value was edited)`;

/** A record sealed before version 3: each group whose value and salt the export kept must match its digest. */
function legacyGroupProblem(record: VerifiableRecord): string | null {
  if (record.kind === 'checkpoint') return null;
  if (!record.digests) return 'has no digests (not a sealed entry)';
  for (const group of SEAL_GROUPS) {
    const salt = record.salts?.[group];
    if (salt === undefined || !hasGroupValue(record, group)) continue; // redacted in this export (redactionProblem allowed it)
    if (!groupDigestMatches(group, salt, groupValue(record as never, group), record.digests[group]))
      return groupMismatch(group);
  }
  return null;
}

function failure(record: VerifiableRecord, index: number, reason: string): Verification {
  return { intact: false, seq: record.seq, index, reason: `entry ${record.seq}: ${reason}` };
}

/**
 * Verify a chain. `redaction` is the level the records' file declares (absent for the log itself): each
 * entry must then hold exactly what that level keeps (redaction-check.ts).
 */
export async function verifyRecords(
  records: readonly VerifiableRecord[],
  redaction?: Redaction,
): Promise<Verification> {
  // Gaps a checkpoint in this set explains: "the record after `removedThrough` may follow `removedHash`".
  const explained = new Map<number, string>();
  for (const r of records)
    if (r.kind === 'checkpoint' && typeof r.removedThrough === 'number' && typeof r.removedHash === 'string')
      explained.set(r.removedThrough + 1, r.removedHash);

  // Version 3 records share their log's salts, so group values and subjects recur: each distinct one is
  // hashed once per file, and a record whose every sealed field repeats one proved before is checked on
  // its own hash alone. Legacy records have a salt each, so remembering them would only cost memory.
  const memo = new DigestMemo();
  const proved = new SealMemo();
  let previous: VerifiableRecord | null = null;
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    if (previous && record.seq <= previous.seq)
      return failure(record, index, `comes after entry ${previous.seq}, out of order (entries were reordered)`);
    const sealed = record.seal;
    if (sealed !== undefined && sealed !== SEAL_VERSION)
      return failure(
        record,
        index,
        `names seal version ${String(sealed)}, which this version of Sightline cannot check`,
      );
    const unproven = redactionProblem(record, redaction);
    if (unproven) return failure(record, index, unproven);
    if (sealed === undefined) {
      const problem = sealFormatProblem(record) ?? legacyGroupProblem(record);
      if (problem) return failure(record, index, problem);
      if (!recordHashMatches(record, record.hash)) return failure(record, index, HASH_MISMATCH);
    } else {
      // A worker report's subject is its own (what was reported): never taken from the memo of entries.
      let subject = record.kind === 'worker_report' ? undefined : proved.provedSubject(record);
      if (subject === undefined) {
        if (!hasNoDigests(record.kind)) {
          if (!record.digests) return failure(record, index, 'has no digests (not a sealed entry)');
          for (const group of SEAL_GROUPS) {
            const salt = record.salts?.[group];
            if (salt === undefined || !hasGroupValue(record, group)) continue; // redacted in this export (redactionProblem allowed it)
            if (memoGroupDigest(memo, group, salt, record as never) !== record.digests[group])
              return failure(record, index, sealFormatProblem(record) ?? groupMismatch(group));
          }
        }
        subject = subjectDigest(record, memo) ?? undefined;
        if (subject === undefined) return failure(record, index, sealFormatProblem(record) ?? HASH_MISMATCH);
        if (record.kind !== 'worker_report') proved.remember(record, subject);
      }
      if (!bodyHashMatches(record, subject, record.hash))
        return failure(record, index, sealFormatProblem(record) ?? HASH_MISMATCH);
    }
    const follows = previous ? record.prevHash === previous.hash : record.prevHash === GENESIS_HASH;
    if (!follows && explained.get(record.seq) !== record.prevHash) {
      return failure(
        record,
        index,
        previous
          ? `does not follow entry ${previous.seq} (an entry between them was removed, or one was altered)`
          : 'is not the start of the log and no checkpoint explains what came before',
      );
    }
    previous = record;
  }
  return { intact: true, count: records.length, head: previous ? { seq: previous.seq, hash: previous.hash } : null };
}
