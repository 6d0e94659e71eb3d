// The four groups a record's redactable fields are committed to (site; product = rule, product name,
// signal, declaration; evidence host; evidence path), each by a salted SHA-256 digest, so a redacted
// export still verifies and a removed value cannot be guessed back from its digest without its salt.
import { canonicalJson, canonicalMembers, digestCanonical, digestMembers } from './canonical';
import { isTextOrAbsent, type DigestMemo } from './digest-memo';
import type { EntryDraft } from '../log/entry';
import { beginDigest, digestText, finishDigestEquals, finishDigestHex } from '../../core/sha256';

export const SEAL_GROUPS = ['site', 'product', 'host', 'path'] as const;
export type SealGroup = (typeof SEAL_GROUPS)[number];

/** "https://a.example:8443/p/q" -> "https://a.example:8443"; anything that is not a URL stays whole. */
export function evidenceHost(evidence: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]+)/i.exec(evidence);
  return match ? match[1]! : evidence;
}

export function evidencePath(evidence: string): string {
  const host = evidenceHost(evidence);
  return host === evidence ? '' : evidence.slice(host.length);
}

export type GroupSource = Pick<EntryDraft, 'ruleId' | 'product' | 'declaration'> & {
  site?: string;
  signalValue?: string;
  evidence?: string;
};

/** The value each group commits to, or undefined when an export left it out. */
export function groupValue(entry: GroupSource, group: SealGroup): unknown {
  switch (group) {
    case 'site':
      return entry.site;
    case 'product':
      return entry.signalValue === undefined
        ? undefined
        : {
            ruleId: entry.ruleId,
            product: entry.product,
            signalValue: entry.signalValue,
            declaration: entry.declaration,
          };
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
  const canonical =
    group === 'product' && hasOnlyProductKeys(value) ? canonicalMembers(value, PRODUCT_KEYS) : canonicalJson(value);
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

/** groupDigest(group, salt, value of the record), remembered in `memo`. */
export function memoGroupDigest(memo: DigestMemo, group: SealGroup, salt: string, record: GroupSource): string {
  if (group === 'product') {
    const { ruleId, product, signalValue, declaration } = record;
    if (
      typeof signalValue === 'string' &&
      isTextOrAbsent(ruleId) &&
      isTextOrAbsent(product) &&
      isTextOrAbsent(declaration)
    ) {
      const rest = [group, salt, ruleId, product, declaration];
      return (
        memo.get(signalValue, rest) ?? memo.set(signalValue, rest, groupDigest(group, salt, groupValue(record, group)))
      );
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
