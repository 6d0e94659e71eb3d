// Seal version 3 (records with `"seal": 3`): a subject digest over what the record is about (the digest of
// its plain fields, then its four group digests), which the tallies of one stream share, and the record
// hash over the previous hash, the subject, seq, the times and the count: 104 bytes, two SHA-256 blocks.
// docs/export-format.md gives it in full; seal.test.ts holds this code to that text.
import { canonicalJson } from './canonical';
import { isTextOrAbsent, type DigestMemo } from './digest-memo';
import { SEAL_GROUPS } from './seal-groups';
import {
  beginDigest,
  digestHex32,
  digestUint64,
  finishDigestEquals,
  finishDigestHex,
  sha256HexOfText,
} from '../../core/sha256';

export const SEAL_VERSION = 3;

/** Version 3: the plain fields a record's subject covers (everything hashed but digests, seq, times, count and chain). */
const SUBJECT_FIELDS = [
  'kind',
  'category',
  'signalKind',
  'source',
  'ruleDbVersion',
  'declared',
  'removedThrough',
  'removedHash',
  'removedCount',
  // A worker-reported observation (evidence/log/worker-report.ts): what was reported, and the digest
  // of its free text (the text itself never leaves the device). No other record has these, so adding
  // them left every earlier record's subject text, and hash, as it was.
  'report',
  'noteDigest',
  'seal',
].sort();

/** Records that hold no group digests, count or time range of their own: checkpoints and worker reports. */
export const hasNoDigests = (kind: unknown): boolean => kind === 'checkpoint' || kind === 'worker_report';

/** Canonical JSON of a version 3 record's subject fields, with `"seal":3`. */
export function subjectFieldsText(record: Record<string, unknown>): string {
  let out = '{';
  for (const key of SUBJECT_FIELDS) {
    const value = key === 'seal' ? SEAL_VERSION : record[key];
    if (value === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}"${key}":${canonicalJson(value)}`;
  }
  return `${out}}`;
}

/** SHA-256 of subjectFieldsText: a log has a handful of distinct ones, so `memo` keeps them. */
function subjectFieldsDigest(record: Record<string, unknown>, memo: DigestMemo | undefined): string {
  const { kind, category, signalKind, source, ruleDbVersion, declared } = record;
  const plain =
    memo &&
    typeof kind === 'string' &&
    isTextOrAbsent(category) &&
    isTextOrAbsent(signalKind) &&
    isTextOrAbsent(source) &&
    isTextOrAbsent(ruleDbVersion) &&
    isTextOrAbsent(declared) &&
    record.removedThrough === undefined &&
    record.removedHash === undefined &&
    record.removedCount === undefined &&
    record.report === undefined &&
    record.noteDigest === undefined;
  if (!plain) return sha256HexOfText(subjectFieldsText(record));
  const rest = ['subject', category, signalKind, source, ruleDbVersion, declared];
  return memo.get(kind, rest) ?? memo.set(kind, rest, sha256HexOfText(subjectFieldsText(record)));
}

/**
 * Version 3's subject digest: SHA-256 of the subject fields' digest followed by the four group digests
 * (site, product, host, path), 32 bytes each; a checkpoint has no digests, so only the first. Null when
 * the digests are not four of 64 lower-case hex digits (then the record is not intact).
 */
export function subjectDigest(record: Record<string, unknown>, memo?: DigestMemo): string | null {
  const fields = subjectFieldsDigest(record, memo);
  beginDigest();
  digestHex32(fields);
  if (!hasNoDigests(record.kind)) {
    const digests = record.digests;
    if (!isObject(digests)) return null;
    for (const key of Object.keys(digests)) if (!(SEAL_GROUPS as readonly string[]).includes(key)) return null;
    for (const group of SEAL_GROUPS) {
      const digest = digests[group];
      if (typeof digest !== 'string' || !digestHex32(digest)) return null;
    }
  }
  return finishDigestHex();
}

/** Whole numbers a body holds: 0 to 2^53 - 1. */
const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Version 3's record body, 104 bytes for an entry: the previous hash and the subject digest as 32 bytes
 * each, then seq, at, count, firstAt and lastAt as 8-byte big-endian whole numbers (a checkpoint, which
 * has no count or times of its own, stops after at: 80 bytes). Null when a field cannot be written so
 * (the record is then not intact). Bytes rather than JSON because this is the one hash per record that
 * nothing can reuse: two SHA-256 blocks instead of four, in a rep's merge of a million records.
 */
export function bodyBytes(record: Record<string, unknown>, subject: string): Uint8Array | null {
  const { prevHash, seq, at, count, firstAt, lastAt } = record;
  const numbers = hasNoDigests(record.kind) ? [seq, at] : [seq, at, count, firstAt, lastAt];
  if (typeof prevHash !== 'string' || !HEX64.test(prevHash) || !HEX64.test(subject) || !numbers.every(isWhole))
    return null;
  const bytes = new Uint8Array(64 + numbers.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 32; i++) {
    bytes[i] = parseInt(prevHash.slice(i * 2, i * 2 + 2), 16);
    bytes[32 + i] = parseInt(subject.slice(i * 2, i * 2 + 2), 16);
  }
  numbers.forEach((n, i) => view.setBigUint64(64 + i * 8, BigInt(n as number)));
  return bytes;
}

/** Feed bodyBytes(record, subject) to a new digest, without building it; false when it cannot be formed. */
export function digestBody(record: Record<string, unknown>, subject: string): boolean {
  beginDigest();
  const { prevHash, seq, at } = record;
  if (typeof prevHash !== 'string' || !isWhole(seq) || !isWhole(at) || !digestHex32(prevHash) || !digestHex32(subject))
    return false;
  digestUint64(seq);
  digestUint64(at);
  if (hasNoDigests(record.kind)) return true;
  const { count, firstAt, lastAt } = record;
  if (!isWhole(count) || !isWhole(firstAt) || !isWhole(lastAt)) return false;
  digestUint64(count);
  digestUint64(firstAt);
  digestUint64(lastAt);
  return true;
}

/** Whether a version 3 record whose subject digest is `subject` has the hash `expected`. */
export function bodyHashMatches(record: object, subject: string, expected: string): boolean {
  return digestBody(record as Record<string, unknown>, subject) && finishDigestEquals(expected);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
