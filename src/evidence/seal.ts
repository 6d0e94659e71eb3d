// The tamper-evident seal on each log record. Fields a redacted export may leave out are committed to by
// salted SHA-256 digests, four groups (site; product = rule, product name, signal, declaration; evidence
// host; evidence path), so a chain still verifies after redaction and a removed value cannot be guessed
// back from its digest. Each record's hash covers its plain fields, the digests and the previous hash.
import { z } from 'zod';
import { canonicalMembers, digestCanonical, digestMembers, randomSalt } from './canonical';
import { beginDigest, digestText, finishDigestEquals, finishDigestHex } from './sha256';
import type { EntryDraft } from './entry';

export const SEAL_GROUPS = ['site', 'product', 'host', 'path'] as const;
export type SealGroup = (typeof SEAL_GROUPS)[number];

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const GENESIS_HASH = '0'.repeat(64);

export const SealFields = {
  /** Per-group salts; a redacted export leaves out the salt with the value. */
  salts: z.strictObject({ site: z.string().optional(), product: z.string().optional(), host: z.string().optional(), path: z.string().optional() }),
  digests: z.strictObject({ site: Hex64, product: Hex64, host: Hex64, path: Hex64 }),
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

/** The plain fields a record's hash covers (never redacted), with the digests and the previous hash. */
const HASHED_FIELDS = ['seq', 'kind', 'at', 'category', 'signalKind', 'source', 'count', 'firstAt', 'lastAt', 'ruleDbVersion', 'declared', 'digests', 'prevHash', 'removedThrough', 'removedHash', 'removedCount'].sort();

/**
 * What a record's hash covers: the canonical JSON of its hashed fields plus `"v":1` (the seal version).
 * Written out field by field rather than by building an object and sorting its keys per record, as
 * verification does this a million times in a rep's merge; seal.test.ts checks it equals the general form.
 */
export function hashedBody(record: Record<string, unknown>): string {
  const fields = canonicalMembers(record, HASHED_FIELDS); // every one sorts before "v"
  return fields.length > 2 ? `${fields.slice(0, -1)},"v":1}` : '{"v":1}';
}

function digestBody(record: object): void {
  beginDigest();
  const written = digestMembers(record as Record<string, unknown>, HASHED_FIELDS, false);
  digestText(written > 0 ? ',"v":1}' : '"v":1}');
}

/** SHA-256 of hashedBody(record), written straight into the digest (seal.test.ts checks they agree). */
export function recordHash(record: object): string {
  digestBody(record);
  return finishDigestHex();
}

/** Whether recordHash(record) is `expected`, without building the hex. */
export function recordHashMatches(record: object, expected: string): boolean {
  digestBody(record);
  return finishDigestEquals(expected);
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Seal drafts in order after `head`: salts, digests, hashes. Returns the sealed records and the new head. */
export function sealDrafts<T extends EntryDraft>(drafts: readonly T[], head: ChainHead): { sealed: (T & { seq: number } & SealShape)[]; head: ChainHead } {
  const sealed: (T & { seq: number } & SealShape)[] = [];
  let { seq, hash } = head;
  for (const draft of drafts) {
    const salts = { site: randomSalt(), product: randomSalt(), host: randomSalt(), path: randomSalt() };
    const digests = { site: '', product: '', host: '', path: '' };
    for (const group of SEAL_GROUPS) digests[group] = groupDigest(group, salts[group], groupValue(draft, group));
    seq += 1;
    const record = { ...draft, seq, salts, digests, prevHash: hash, hash: '' };
    record.hash = recordHash(record);
    hash = record.hash;
    sealed.push(record);
  }
  return { sealed, head: { seq, hash } };
}

export interface SealShape {
  salts: { site?: string; product?: string; host?: string; path?: string };
  digests: Record<SealGroup, string>;
  prevHash: string;
  hash: string;
}
