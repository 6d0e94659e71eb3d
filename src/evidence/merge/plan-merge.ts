// Which loaded files count in a rep's merge, decided by content, never by what a file claims (issue 16):
// - only files that verify count; a file that fails the check, or holds a record that cannot be read,
//   counts for nothing (a valid beginning followed by a break too), and is listed with the reason;
// - identical bytes (same SHA-256) are one file, however many copies were loaded;
// - two different files under one export id are a conflict: those that verify count, the others do not;
// - a member's intact files are one member, their records united so each counts once (member-exports.ts);
// - one log under two member codes (the same first or last entry) counts once, and is flagged.
// Everything is decided in an order fixed by content (SHA-256, member key), never by the order the files
// were chosen in, so any order gives the same plan.
import type { MemberSummary } from './member-summary';
import { signerLabel } from '../seal/key-changes';
import type { LoadedFile } from './summarise-file';

export interface PlannedFile {
  /** Every name this content was loaded under, sorted. */
  names: string[];
  sha256: string | null;
  bytes: number;
}

export interface MergedFile extends PlannedFile {
  sha256: string;
  memberKey: string;
  member: string;
  exportId: string;
  records: number;
  signer: string;
  ruleDbVersion: string;
  extensionVersion: string;
}

export interface LeftOutFile extends PlannedFile {
  reason: string;
  /** The first broken entry, when the file could be read. */
  firstBroken?: { seq: number; index: number };
  /** What could be read of it, to look at alone and marked unverified; never merged. */
  unverified?: MemberSummary;
}

export interface Conflict {
  exportId: string;
  files: { names: string[]; sha256: string; verified: boolean }[];
  resolution: string;
}

export interface MergePlan {
  merged: MergedFile[];
  leftOut: LeftOutFile[];
  /** Contents loaded more than once (each counted once). */
  copies: PlannedFile[];
  conflicts: Conflict[];
  /** Per member, in member-key order: the digests of the intact files whose records count. */
  members: { memberKey: string; sha256: string[] }[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One entry per distinct content, in digest order; unhashed files (refused unread) by name. */
function distinctFiles(files: readonly LoadedFile[]): { file: LoadedFile; planned: PlannedFile }[] {
  const byContent = new Map<string, { file: LoadedFile; planned: PlannedFile }>();
  for (const file of files) {
    const key = file.sha256 ?? `unread\u001f${file.name}\u001f${byContent.size}`;
    const seen = byContent.get(key);
    if (seen) seen.planned.names.push(file.name);
    else byContent.set(key, { file, planned: { names: [file.name], sha256: file.sha256, bytes: file.bytes } });
  }
  const list = [...byContent.values()];
  for (const item of list) item.planned.names.sort(compare);
  return list.sort(
    (a, b) =>
      compare(a.planned.sha256 ?? '', b.planned.sha256 ?? '') || compare(a.planned.names[0]!, b.planned.names[0]!),
  );
}

function leftOutFor(planned: PlannedFile, file: LoadedFile): LeftOutFile {
  if (!file.outcome.ok) return { ...planned, reason: file.outcome.error };
  const summary = file.outcome.summary;
  const { detail, seq, index } = summary.integrity;
  return {
    ...planned,
    reason: detail ?? 'it failed the integrity check',
    firstBroken: seq !== undefined && index !== undefined ? { seq, index } : undefined,
    unverified: summary,
  };
}

function conflictsOf(readable: { planned: PlannedFile; summary: MemberSummary }[]): Conflict[] {
  const byId = new Map<string, typeof readable>();
  for (const item of readable) byId.set(item.summary.exportId, [...(byId.get(item.summary.exportId) ?? []), item]);
  const conflicts: Conflict[] = [];
  for (const [exportId, items] of byId) {
    if (items.length < 2) continue;
    const files = items.map(({ planned, summary }) => ({
      names: planned.names,
      sha256: planned.sha256!,
      verified: summary.integrity.status === 'intact',
    }));
    const verified = files.filter((f) => f.verified).length;
    const members = new Set(
      items.filter((i) => i.summary.integrity.status === 'intact').map((i) => i.summary.memberKey),
    ).size;
    const resolution =
      verified === 0
        ? 'none of them verifies, so none counts'
        : verified === 1
          ? 'only the one that verifies counts'
          : members === 1
            ? 'all that verify count, as exports of one member: each record once'
            : 'all that verify count, but they name different members: ask which is genuine';
    conflicts.push({ exportId, files, resolution });
  }
  return conflicts.sort((a, b) => compare(a.exportId, b.exportId));
}

/** A file that counts, described by its export's summary (the rep view and the CLI list these). */
export function mergedFileOf(planned: PlannedFile, summary: MemberSummary): MergedFile {
  return {
    ...planned,
    sha256: planned.sha256!,
    memberKey: summary.memberKey,
    member: summary.label,
    exportId: summary.exportId,
    records: summary.records,
    signer: signerLabel(summary.signature),
    ruleDbVersion: summary.ruleDbVersion,
    extensionVersion: summary.extensionVersion,
  };
}

export function planMerge(files: readonly LoadedFile[]): MergePlan {
  const leftOut: LeftOutFile[] = [];
  const copies: PlannedFile[] = [];
  const readable: { planned: PlannedFile; summary: MemberSummary }[] = [];
  for (const { file, planned } of distinctFiles(files)) {
    if (planned.names.length > 1) copies.push(planned);
    if (file.outcome.ok) readable.push({ planned, summary: file.outcome.summary });
    if (!file.outcome.ok || file.outcome.summary.integrity.status !== 'intact') leftOut.push(leftOutFor(planned, file));
  }
  const intact = readable
    .filter((r) => r.summary.integrity.status === 'intact')
    .sort((a, b) => compare(a.summary.memberKey, b.summary.memberKey) || compare(a.planned.sha256!, b.planned.sha256!));

  // One log under two member codes: the first member key to hold a chain mark keeps it.
  const markOwner = new Map<string, MemberSummary>();
  const merged: MergedFile[] = [];
  const members = new Map<string, string[]>();
  for (const { planned, summary } of intact) {
    const marks = [summary.firstHash, summary.headHash].filter((m): m is string => typeof m === 'string');
    const owner = marks.map((m) => markOwner.get(m)).find((o) => o && o.memberKey !== summary.memberKey);
    if (owner) {
      leftOut.push({
        ...planned,
        reason: `it holds the same log as ${owner.label}'s export (the same first or last entry), so it is counted once, under ${owner.label}; ask which member it belongs to`,
        unverified: summary,
      });
      continue;
    }
    for (const mark of marks) if (!markOwner.has(mark)) markOwner.set(mark, summary);
    merged.push(mergedFileOf(planned, summary));
    members.set(summary.memberKey, [...(members.get(summary.memberKey) ?? []), planned.sha256!]);
  }
  leftOut.sort((a, b) => compare(a.sha256 ?? '', b.sha256 ?? '') || compare(a.names[0]!, b.names[0]!));
  return {
    merged,
    leftOut,
    copies,
    conflicts: conflictsOf(readable),
    members: [...members].map(([memberKey, sha256]) => ({ memberKey, sha256 })),
  };
}
