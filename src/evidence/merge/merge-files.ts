// The whole merge in one pure function, as the rep view runs it in its workers: read each file, plan
// (plan-merge.ts), summarise each member's intact files as one (member-exports.ts), and hand back the
// members whose figures count, in member-key order. Tests, `npm run verify` and benchmarks use this; the
// rep view does the same steps spread over workers (src/rep/use-merge.ts).
import type { RuleSummary } from '../../rules/catalog';
import type { MemberSummary } from './member-summary';
import { summariseExportFile, type LoadedFile } from './summarise-file';
import { summariseMemberFiles, type MemberOutcome } from './member-exports';
import { planMerge, type LeftOutFile, type MergePlan } from './plan-merge';

export interface MergeResult {
  plan: MergePlan;
  /** One summary per member whose files verified, in member-key order: the only input to any figure. */
  members: MemberSummary[];
}

/**
 * The members to merge, from the plan, each file's summary (by digest) and the united summaries of
 * members with several files. A member whose files could not be united again (changed on disk) is left
 * out, with the reason.
 */
export function membersToMerge(
  plan: MergePlan,
  loaded: readonly LoadedFile[],
  united: ReadonlyMap<string, MemberOutcome>,
): MergeResult {
  const bySha = new Map<string, MemberSummary>();
  for (const file of loaded) if (file.sha256 && file.outcome.ok) bySha.set(file.sha256, file.outcome.summary);
  const members: MemberSummary[] = [];
  const leftOut: LeftOutFile[] = [...plan.leftOut];
  let merged = plan.merged;
  for (const { memberKey, sha256 } of plan.members) {
    const outcome: MemberOutcome | undefined =
      sha256.length === 1 ? { ok: true, summary: bySha.get(sha256[0]!)! } : united.get(memberKey);
    if (outcome?.ok) {
      members.push(outcome.summary);
      continue;
    }
    const error = outcome ? outcome.error : 'its files were not yet read together';
    for (const file of plan.merged.filter((f) => f.memberKey === memberKey))
      leftOut.push({ names: file.names, sha256: file.sha256, bytes: file.bytes, reason: error });
    merged = merged.filter((f) => f.memberKey !== memberKey);
  }
  leftOut.sort((a, b) =>
    (a.sha256 ?? '') < (b.sha256 ?? '')
      ? -1
      : (a.sha256 ?? '') > (b.sha256 ?? '')
        ? 1
        : a.names[0]! < b.names[0]!
          ? -1
          : 1,
  );
  return { plan: { ...plan, merged, leftOut }, members };
}

export async function mergeExportFiles(
  inputs: readonly { name: string; data: Uint8Array<ArrayBuffer> }[],
  catalog: ReadonlyMap<string, RuleSummary>,
): Promise<MergeResult> {
  const loaded: LoadedFile[] = [];
  // One at a time, as a worker does: only one file's text and records are held at once.
  for (const input of inputs) loaded.push(await summariseExportFile(input.name, input.data, catalog));
  const plan = planMerge(loaded);
  const united = new Map<string, MemberOutcome>();
  for (const { memberKey, sha256 } of plan.members) {
    if (sha256.length < 2) continue;
    const files = sha256.map((sha) => ({ sha256: sha, data: inputs[loaded.findIndex((l) => l.sha256 === sha)]!.data }));
    united.set(memberKey, await summariseMemberFiles(files, catalog));
  }
  return membersToMerge(plan, loaded, united);
}
