// The tamper-evident seal on each log record. Fields a redacted export may leave out are committed to by
// salted SHA-256 digests, four groups (site; product = rule, product name, signal, declaration; evidence
// host; evidence path), so a chain still verifies after redaction and a removed value cannot be guessed
// back from its digest without its salt. Each record's hash covers its plain fields, the digests and the
// previous hash. The salts are the log's, renewed after each export (not one per record as before seal
// version 3), so a value that recurs has the same digest and a verifier works each one out only once.
import { z } from 'zod';
import { canonicalJson, canonicalMembers, digestCanonical, digestMembers, randomSalt } from './canonical';
import { beginDigest, digestHex32, digestText, digestUint64, finishDigestEquals, finishDigestHex, sha256HexOfText } from './sha256';
import type { EntryDraft } from './entry';
import type { Checkpoint } from './log-record';

export const SEAL_GROUPS = ['site', 'product', 'host', 'path'] as const;
export type SealGroup = (typeof SEAL_GROUPS)[number];

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const GENESIS_HASH = '0'.repeat(64);

export const SealFields = {
  /** Per-group salts; a redacted export leaves out the salt with the value. */
  salts: z.strictObject({ site: z.string().optional(), product: z.string().optional(), host: z.string().optional(), path: z.string().optional() }),
  digests: z.strictObject({ site: Hex64, product: Hex64, host: Hex64, path: Hex64 }),
  /** The seal version; absent on records sealed before version 3. */
  seal: z.literal(3).optional(),
  prevHash: Hex64,
  hash: Hex64,
};

/** "https://a.example:8443/p/q" -> "https://a.example:8443"; anything that is not a URL stays whole. */
export function evidenceHost(evidence: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)/i.exec(evidence);
  return match ? match[1]! : evidence;
}

export function evidencePath(evidence: string): string {
  const host = evidenceHost(evidence);
  return host === evidence ? '' : evidence.slice(host.length);
}

type GroupSource = Pick<EntryDraft, 'ruleId' | 'product' | 'declaration'> & { site?: string; signalValue?: string; evidence?: string };

/** The value each group commits to, or undefined when an export left it out. */
export function groupValue(entry: GroupSource, group: SealGroup): unknown {
  switch (group) {
    case 'site':
      return entry.site;
    case 'product':
      return entry.signalValue === undefined ? undefined : { ruleId: entry.ruleId, product: entry.product, signalValue: entry.signalValue, declaration: entry.declaration };
    case 'host':
      return entry.evidence === undefined ? undefined : evidenceHost(entry.evidence);
    case 'path':
      return entry.evidence === undefined ? undefined : evidencePath(entry.evidence);
  }
}

/** The product group's value has these keys; sorted once here instead of per record. */
const PRODUCT_KEYS = ['ruleId', 'product', 'signalValue', 'declaration'].sort();

/** Feed `group + U+001F + salt + U+001F + canonicalJson(value)` to a new digest. */
function digestGroup(group: SealGroup, salt: string, value: unknown): void {
  beginDigest();
  digestText(group);
  digestText('\u001f');
  digestText(salt);
  digestText('\u001f');
  if (group === 'product' && hasOnlyProductKeys(value)) digestMembers(value, PRODUCT_KEYS, true);
  else digestCanonical(value);
}

function hasOnlyProductKeys(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) if (!PRODUCT_KEYS.includes(key)) return false;
  return true;
}

/** `group + U+001F + salt + U+001F + canonicalJson(value)`: what a group digest is the SHA-256 of. */
export function groupText(group: SealGroup, salt: string, value: unknown): string {
  const canonical = group === 'product' && hasOnlyProductKeys(value) ? canonicalMembers(value, PRODUCT_KEYS) : canonicalJson(value);
  return `${group}\u001f${salt}\u001f${canonical}`;
}

/** SHA-256 of `group + U+001F + salt + U+001F + canonicalJson(value)`, as hex. */
export function groupDigest(group: SealGroup, salt: string, value: unknown): string {
  digestGroup(group, salt, value);
  return finishDigestHex();
}

/** Whether groupDigest(group, salt, value) is `expected`, without building the hex. */
export function groupDigestMatches(group: SealGroup, salt: string, value: unknown, expected: string): boolean {
  digestGroup(group, salt, value);
  return finishDigestEquals(expected);
}

/**
 * Seal versions. Records sealed before version 3 carry no `seal` field and were hashed as one canonical
 * body with their four digests and `"v":1` (legacyBody). Version 3 (`"seal": 3`) hashes in steps: a
 * *subject* digest over what the record is about (its plain fields' digest and its four group digests),
 * which repeats across a log's tallies and so is worked out once per distinct value when verifying, then
 * the record hash over the previous hash, the subject digest, seq, the times and the count (bodyBytes:
 * two SHA-256 blocks). docs/export-format.md gives both in full.
 */
export const SEAL_VERSION = 3;

/** Legacy (no `seal` field): the plain fields the one hash covered, with the digests and the previous hash. */
const LEGACY_FIELDS = ['seq', 'kind', 'at', 'category', 'signalKind', 'source', 'count', 'firstAt', 'lastAt', 'ruleDbVersion', 'declared', 'digests', 'prevHash', 'removedThrough', 'removedHash', 'removedCount'].sort();

/**
 * What a legacy record's hash covers: the canonical JSON of its hashed fields plus `"v":1`.
 * Written out field by field rather than by building an object and sorting its keys per record;
 * seal.test.ts checks it equals the general form.
 */
export function legacyBody(record: Record<string, unknown>): string {
  const fields = canonicalMembers(record, LEGACY_FIELDS); // every one sorts before "v"
  return fields.length > 2 ? `${fields.slice(0, -1)},"v":1}` : '{"v":1}';
}

function digestLegacyBody(record: object): void {
  beginDigest();
  const written = digestMembers(record as Record<string, unknown>, LEGACY_FIELDS, false);
  digestText(written > 0 ? ',"v":1}' : '"v":1}');
}

/** Version 3: the plain fields a record's subject covers (everything hashed but digests, seq, times, count and chain). */
const SUBJECT_FIELDS = ['kind', 'category', 'signalKind', 'source', 'ruleDbVersion', 'declared', 'removedThrough', 'removedHash', 'removedCount', 'seal'].sort();

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

const isTextOrAbsent = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** SHA-256 of subjectFieldsText: a log has a handful of distinct ones, so `memo` keeps them. */
function subjectFieldsDigest(record: Record<string, unknown>, memo: DigestMemo | undefined): string {
  const { kind, category, signalKind, source, ruleDbVersion, declared } = record;
  const plain = memo && typeof kind === 'string' && isTextOrAbsent(category) && isTextOrAbsent(signalKind) && isTextOrAbsent(source) && isTextOrAbsent(ruleDbVersion) && isTextOrAbsent(declared) && record.removedThrough === undefined && record.removedHash === undefined && record.removedCount === undefined;
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
  if (record.kind !== 'checkpoint') {
    const digests = record.digests;
    if (!isObject(digests)) return null;
    for (const key in digests) if (!(SEAL_GROUPS as readonly string[]).includes(key)) return null;
    for (const group of SEAL_GROUPS) {
      const digest = digests[group];
      if (typeof digest !== 'string' || !digestHex32(digest)) return null;
    }
  }
  return finishDigestHex();
}

/** Whole numbers a body holds: 0 to 2^53 - 1. */
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
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
  const numbers = record.kind === 'checkpoint' ? [seq, at] : [seq, at, count, firstAt, lastAt];
  if (typeof prevHash !== 'string' || !HEX64.test(prevHash) || !HEX64.test(subject) || !numbers.every(isWhole)) return null;
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
function digestBody(record: Record<string, unknown>, subject: string): boolean {
  beginDigest();
  const { prevHash, seq, at } = record;
  if (typeof prevHash !== 'string' || !isWhole(seq) || !isWhole(at) || !digestHex32(prevHash) || !digestHex32(subject)) return false;
  digestUint64(seq);
  digestUint64(at);
  if (record.kind === 'checkpoint') return true;
  const { count, firstAt, lastAt } = record;
  if (!isWhole(count) || !isWhole(firstAt) || !isWhole(lastAt)) return false;
  digestUint64(count);
  digestUint64(firstAt);
  digestUint64(lastAt);
  return true;
}

/**
 * Digests already worked out while verifying one file. Within a log the same group values and subjects
 * recur (every tally of a stream shares them), so each distinct one is hashed once. A digest is
 * remembered under the exact values it was made from, all text: found by the first and confirmed by
 * comparing every other, so two different inputs never share a digest. (Building one key string per
 * lookup cost more than the hashing it saved.)
 */
export class DigestMemo {
  private readonly known = new Map<string, { rest: readonly (string | undefined)[]; hex: string }[]>();
  private size = 0;
  constructor(private readonly limit = 100_000) {}

  get(first: string, rest: readonly (string | undefined)[]): string | undefined {
    const bucket = this.known.get(first);
    if (!bucket) return undefined;
    for (const entry of bucket) if (sameValues(entry.rest, rest)) return entry.hex;
    return undefined;
  }

  set(first: string, rest: readonly (string | undefined)[], hex: string): string {
    if (this.size >= this.limit) {
      this.known.clear();
      this.size = 0;
    }
    const bucket = this.known.get(first);
    if (bucket) bucket.push({ rest, hex });
    else this.known.set(first, [{ rest, hex }]);
    this.size++;
    return hex;
  }
}

function sameValues(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** groupDigest(group, salt, value of the record), remembered in `memo`. */
export function memoGroupDigest(memo: DigestMemo, group: SealGroup, salt: string, record: GroupSource): string {
  if (group === 'product') {
    const { ruleId, product, signalValue, declaration } = record;
    if (typeof signalValue === 'string' && isTextOrAbsent(ruleId) && isTextOrAbsent(product) && isTextOrAbsent(declaration)) {
      const rest = [group, salt, ruleId, product, declaration];
      return memo.get(signalValue, rest) ?? memo.set(signalValue, rest, groupDigest(group, salt, groupValue(record, group)));
    }
  } else {
    const value = group === 'site' ? record.site : record.evidence;
    if (typeof value === 'string') {
      const rest = [group, salt];
      return memo.get(value, rest) ?? memo.set(value, rest, groupDigest(group, salt, groupValue(record, group)));
    }
  }
  return groupDigest(group, salt, groupValue(record, group));
}

/** The record's hash under the seal version it names (legacy when it names none). */
export function recordHash(record: object, memo?: DigestMemo): string {
  const fields = record as Record<string, unknown>;
  if (fields.seal === undefined) {
    digestLegacyBody(record);
    return finishDigestHex();
  }
  const subject = subjectDigest(fields, memo);
  if (subject === null || !digestBody(fields, subject)) throw new Error(`record ${String(fields.seq)} cannot be sealed: its digests, seq, times, count or previous hash are not what a seal holds`);
  return finishDigestHex();
}

/** Whether a version 3 record whose subject digest is `subject` has the hash `expected`. */
export function bodyHashMatches(record: object, subject: string, expected: string): boolean {
  return digestBody(record as Record<string, unknown>, subject) && finishDigestEquals(expected);
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);


export interface ChainHead {
  seq: number;
  hash: string;
}

/** The salts of the four groups. One set serves many records (see LogSalts in docs/export-format.md). */
export type GroupSalts = Record<SealGroup, string>;

export function newGroupSalts(): GroupSalts {
  return { site: randomSalt(), product: randomSalt(), host: randomSalt(), path: randomSalt() };
}

/**
 * Seal drafts in order after `head` (seal version 3): digests with the log's current salts, subject,
 * hash. Returns the sealed records and the new head.
 */
export function sealDrafts<T extends EntryDraft>(drafts: readonly T[], head: ChainHead, salts: GroupSalts = newGroupSalts()): { sealed: (T & { seq: number } & SealShape)[]; head: ChainHead } {
  const sealed: (T & { seq: number } & SealShape)[] = [];
  let { seq, hash } = head;
  for (const draft of drafts) {
    const digests = { site: '', product: '', host: '', path: '' };
    for (const group of SEAL_GROUPS) digests[group] = groupDigest(group, salts[group], groupValue(draft, group));
    seq += 1;
    const record = { ...draft, seq, seal: SEAL_VERSION as typeof SEAL_VERSION, salts: { ...salts }, digests, prevHash: hash, hash: '' };
    record.hash = recordHash(record);
    hash = record.hash;
    sealed.push(record);
  }
  return { sealed, head: { seq, hash } };
}

/** A checkpoint after `head` saying everything through `removed` (whose hash it names) was deleted. */
export function sealCheckpoint(head: ChainHead, removed: { seq: number; hash: string }, removedCount: number, at: number): Checkpoint {
  const checkpoint: Checkpoint = { seq: head.seq + 1, kind: 'checkpoint', at, removedThrough: removed.seq, removedHash: removed.hash, removedCount, seal: SEAL_VERSION, prevHash: head.hash, hash: '' };
  checkpoint.hash = recordHash(checkpoint);
  return checkpoint;
}

export interface SealShape {
  /** Absent on records sealed before version 3. */
  seal?: typeof SEAL_VERSION;
  salts: { site?: string; product?: string; host?: string; path?: string };
  digests: Record<SealGroup, string>;
  prevHash: string;
  hash: string;
}
