// How records were sealed before seal version 3 (no `seal` field): one SHA-256 over the canonical JSON of
// the hashed fields, the four digests and the previous hash, plus `"v":1`. Still read: a log started
// earlier holds such records, and version 2 export files hold only them.
import { canonicalMembers, digestMembers } from './canonical';
import { beginDigest, digestText } from '../../core/sha256';

/** Legacy (no `seal` field): the plain fields the one hash covered, with the digests and the previous hash. */
const LEGACY_FIELDS = [
  'seq',
  'kind',
  'at',
  'category',
  'signalKind',
  'source',
  'count',
  'firstAt',
  'lastAt',
  'ruleDbVersion',
  'declared',
  'digests',
  'prevHash',
  'removedThrough',
  'removedHash',
  'removedCount',
].sort();

/**
 * What a legacy record's hash covers: the canonical JSON of its hashed fields plus `"v":1`.
 * Written out field by field rather than by building an object and sorting its keys per record;
 * seal.test.ts checks it equals the general form.
 */
export function legacyBody(record: Record<string, unknown>): string {
  const fields = canonicalMembers(record, LEGACY_FIELDS); // every one sorts before "v"
  return fields.length > 2 ? `${fields.slice(0, -1)},"v":1}` : '{"v":1}';
}

export function digestLegacyBody(record: object): void {
  beginDigest();
  const written = digestMembers(record as Record<string, unknown>, LEGACY_FIELDS, false);
  digestText(written > 0 ? ',"v":1}' : '"v":1}');
}
