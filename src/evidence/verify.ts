// Verifying a chain of log records (from the log or from an export): each record's digests match its
// plain values where the export kept them, its hash matches what it covers, and it follows the record
// before it — or a checkpoint explains the gap. The first failure is reported precisely.
import { GENESIS_HASH, groupDigestMatches, groupValue, recordHashMatches, SEAL_GROUPS, type SealGroup } from './seal';

export interface VerifiableRecord {
  seq: number;
  kind: string;
  hash: string;
  prevHash: string;
  salts?: Partial<Record<SealGroup, string>>;
  digests?: Record<SealGroup, string>;
  removedThrough?: number;
  removedHash?: string;
  [field: string]: unknown;
}

export type Verification =
  | { intact: true; count: number; head: { seq: number; hash: string } | null }
  | { intact: false; seq: number; index: number; reason: string };

const GROUP_WORDS: Record<SealGroup, string> = { site: 'site', product: 'product or signal', host: 'evidence host', path: 'evidence path' };

export async function verifyRecords(records: readonly VerifiableRecord[]): Promise<Verification> {
  // Gaps a checkpoint in this set explains: "the record after `removedThrough` may follow `removedHash`".
  const explained = new Map<number, string>();
  for (const r of records) if (r.kind === 'checkpoint' && typeof r.removedThrough === 'number' && typeof r.removedHash === 'string') explained.set(r.removedThrough + 1, r.removedHash);

  let previous: VerifiableRecord | null = null;
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    const fail = (reason: string): Verification => ({ intact: false, seq: record.seq, index, reason: `entry ${record.seq}: ${reason}` });
    if (previous && record.seq <= previous.seq) return fail(`comes after entry ${previous.seq}, out of order (entries were reordered)`);
    if (record.kind !== 'checkpoint') {
      if (!record.digests) return fail('has no digests (not a sealed entry)');
      for (const group of SEAL_GROUPS) {
        const value = groupValue(record as never, group);
        const salt = record.salts?.[group];
        if (value === undefined || salt === undefined) continue; // redacted in this export
        if (!groupDigestMatches(group, salt, value, record.digests[group])) return fail(`its ${GROUP_WORDS[group]} does not match its digest (the value was edited)`);
      }
    }
    if (!recordHashMatches(record, record.hash)) return fail('its contents do not match its hash (the entry was edited)');
    const follows = previous ? record.prevHash === previous.hash : record.prevHash === GENESIS_HASH;
    if (!follows && explained.get(record.seq) !== record.prevHash) {
      return fail(previous ? `does not follow entry ${previous.seq} (an entry between them was removed, or one was altered)` : 'is not the start of the log and no checkpoint explains what came before');
    }
    previous = record;
  }
  return { intact: true, count: records.length, head: previous ? { seq: previous.seq, hash: previous.hash } : null };
}
