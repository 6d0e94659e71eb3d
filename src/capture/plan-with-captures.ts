// Which loaded files count in a merge when capture-evidence files come beside members' exports. Exports
// are planned as always (evidence/merge/plan-merge.ts); captures by the same rules where they apply:
// - only a capture whose seal (and signature, when signed) checks counts; one that fails is left out with
//   the reason, and can be opened alone, marked unverified;
// - identical bytes are one file, however many copies were loaded;
// - two different capture files of the same HAR (same SHA-256, so the same member key) are one capture:
//   the one whose file digest sorts first counts, the others are left out, saying so.
// Every decision is made in an order fixed by content, so any load order gives the same plan. The rep
// view (src/rep/use-merge.ts) and `sightline merge` (scripts/cli-merge.ts) both plan with this.
import type { MemberSummary } from '../evidence/merge/member-summary';
import {
  mergedFileOf,
  planMerge,
  type LeftOutFile,
  type MergedFile,
  type MergePlan,
  type PlannedFile,
} from '../evidence/merge/plan-merge';
import type { LoadedFile } from '../evidence/merge/summarise-file';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether a merged file's member key is a capture's (capture-summary.ts keys captures by their HAR). */
export function isCaptureMemberKey(memberKey: string): boolean {
  return memberKey.startsWith('capture:');
}

/** A file read as a capture-evidence file that could be parsed (a malformed one is planned as any unreadable file). */
export function isCaptureFile(file: LoadedFile): boolean {
  return file.outcome.ok && file.outcome.summary.source === 'capture';
}

/** The summaries of the live-log exports that could be read (what key changes are looked for in). */
export function readableExports(loaded: readonly LoadedFile[]): MemberSummary[] {
  return loaded.flatMap((f) => (f.outcome.ok && f.outcome.summary.source !== 'capture' ? [f.outcome.summary] : []));
}

function planCaptures(files: readonly LoadedFile[]): MergePlan {
  const byContent = new Map<string, { summary: MemberSummary; planned: PlannedFile }>();
  for (const file of files) {
    if (!file.outcome.ok || !file.sha256) continue;
    const seen = byContent.get(file.sha256);
    if (seen) seen.planned.names.push(file.name);
    else
      byContent.set(file.sha256, {
        summary: file.outcome.summary,
        planned: { names: [file.name], sha256: file.sha256, bytes: file.bytes },
      });
  }
  const distinct = [...byContent.values()].sort((a, b) => compare(a.planned.sha256!, b.planned.sha256!));
  const plan: MergePlan = { merged: [], leftOut: [], copies: [], conflicts: [], members: [] };
  const kept = new Map<string, MergedFile>();
  for (const { summary, planned } of distinct) {
    planned.names.sort(compare);
    if (planned.names.length > 1) plan.copies.push(planned);
    if (summary.integrity.status !== 'intact') {
      plan.leftOut.push({ ...planned, reason: summary.integrity.detail ?? 'it failed its check', unverified: summary });
      continue;
    }
    const first = kept.get(summary.memberKey);
    if (first) {
      plan.leftOut.push({
        ...planned,
        reason: `it is a capture of the same HAR file as ${first.names.join(', ')}, so that capture is counted once`,
        unverified: summary,
      });
      continue;
    }
    const merged: MergedFile = mergedFileOf(planned, summary);
    kept.set(summary.memberKey, merged);
    plan.merged.push(merged);
    plan.members.push({ memberKey: summary.memberKey, sha256: [merged.sha256] });
  }
  return plan;
}

const byDigestThenName = (a: PlannedFile, b: PlannedFile): number =>
  compare(a.sha256 ?? '', b.sha256 ?? '') || compare(a.names[0]!, b.names[0]!);

/** planMerge over the exports, with the captures planned beside them; one plan, in content order. */
export function planWithCaptures(loaded: readonly LoadedFile[]): MergePlan {
  const exports = planMerge(loaded.filter((f) => !isCaptureFile(f)));
  const captures = planCaptures(loaded.filter(isCaptureFile));
  const leftOut: LeftOutFile[] = [...exports.leftOut, ...captures.leftOut].sort(byDigestThenName);
  return {
    merged: [...exports.merged, ...captures.merged].sort(
      (a, b) => compare(a.memberKey, b.memberKey) || compare(a.sha256, b.sha256),
    ),
    leftOut,
    copies: [...exports.copies, ...captures.copies].sort(byDigestThenName),
    conflicts: exports.conflicts,
    members: [...exports.members, ...captures.members].sort((a, b) => compare(a.memberKey, b.memberKey)),
  };
}
