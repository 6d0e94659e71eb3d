// One member's several intact exports as one summary, each record once. Two exports of one log made at
// different times share their earlier records (same hash: the hash covers the record's place in the chain
// and everything it says); retention may have removed the oldest from the later one, and a member with two
// installs has two logs that share nothing. Uniting the records by hash counts every record exactly once
// in all three cases, where keeping "the later export" lost what retention removed.
// Re-reads the files (the rep view keeps summaries, not logs) and refuses any whose bytes changed since
// they were first checked.
import type { RuleSummary } from '../../rules/catalog';
import type { BundleRecord, EvidenceBundle } from '../export/bundle';
import type { Redaction } from '../seal/redaction';
import { memberKeyOf, summariseBundle, type CheckedBundle, type MemberSummary } from './member-summary';
import { parseBundle, verifyBundle } from '../export/read-bundle';
import { decodeUtf8, sha256Hex, type HashBytes } from './summarise-file';

export type MemberOutcome = { ok: true; summary: MemberSummary } | { ok: false; error: string };

const DETAIL: readonly Redaction[] = ['category', 'host', 'full'];

/** A verified bundle, with its file's digest when it came from a file (then it is named in `sources`). */
type Checked = CheckedBundle & { sha256?: string };

const tieKey = (c: Checked): string => c.sha256 ?? c.bundle.chainHead?.hash ?? '';

async function reread(
  data: Uint8Array<ArrayBuffer>,
  expected: string,
  hashBytes: HashBytes,
): Promise<Checked | string> {
  const sha256 = await hashBytes(data);
  if (sha256 !== expected) return 'a file changed on disk after it was first checked; load it again';
  const decoded = decodeUtf8(data);
  if (!decoded.ok) return decoded.error;
  const parsed = parseBundle(decoded.text, data.byteLength);
  if (!parsed.ok) return parsed.error;
  const verification = await verifyBundle(parsed.bundle, parsed.unread);
  if (!verification.intact) return `a file no longer verifies: ${verification.reason}`;
  return { bundle: parsed.bundle, verification, sha256 };
}

/** The union of intact bundles of one member, summarised; the newest file (highest chain head) describes it. */
export function summariseUnion(files: readonly Checked[], catalog: ReadonlyMap<string, RuleSummary>): MemberSummary {
  const ordered = [...files].sort(
    (a, b) => (b.bundle.chainHead?.seq ?? 0) - (a.bundle.chainHead?.seq ?? 0) || (tieKey(a) < tieKey(b) ? -1 : 1),
  );
  const newest = ordered[0]!;
  // Of two copies of one record, the one from the more detailed export (they differ only in what was left out).
  const byHash = new Map<string, { record: BundleRecord; detail: number }>();
  for (const { bundle } of ordered) {
    const detail = DETAIL.indexOf(bundle.redaction);
    for (const record of bundle.records) {
      const seen = byHash.get(record.hash);
      if (!seen || detail > seen.detail) byHash.set(record.hash, { record, detail });
    }
  }
  const kept = [...byHash.values()].sort(
    (a, b) => a.record.seq - b.record.seq || (a.record.hash < b.record.hash ? -1 : 1),
  );
  let least = kept.length > 0 ? DETAIL.length - 1 : DETAIL.indexOf(newest.bundle.redaction);
  for (const k of kept) least = Math.min(least, k.detail);
  const bundle: EvidenceBundle = {
    ...newest.bundle,
    redaction: DETAIL[least]!,
    records: kept.map((k) => k.record),
    reported: files.flatMap((f) => f.bundle.reported ?? []),
  };
  const summary = summariseBundle({ bundle, verification: newest.verification }, catalog);
  const sources = files
    .map((f) => f.sha256)
    .filter((sha): sha is string => sha !== undefined)
    .sort();
  return { ...summary, sha256: undefined, sources: sources.length === files.length ? sources : undefined };
}

/** Read one member's files again (in any order) and summarise them as one, or say why not. */
export async function summariseMemberFiles(
  files: readonly { data: Uint8Array<ArrayBuffer>; sha256: string }[],
  catalog: ReadonlyMap<string, RuleSummary>,
  hashBytes: HashBytes = sha256Hex,
): Promise<MemberOutcome> {
  const checked: Checked[] = [];
  for (const file of files) {
    const result = await reread(file.data, file.sha256, hashBytes);
    if (typeof result === 'string') return { ok: false, error: result };
    checked.push(result);
  }
  const members = new Set(checked.map((c) => memberKeyOf(c.bundle)));
  if (members.size !== 1) return { ok: false, error: 'these files name different members' };
  return { ok: true, summary: summariseUnion(checked, catalog) };
}
