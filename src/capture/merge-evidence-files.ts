// The rep view's whole merge of members' exports and capture-evidence files, in one pure function: read
// each file (summarise-evidence-file.ts, as the workers do), plan (plan-with-captures.ts, as use-merge.ts
// does), unite each member's several exports (member-exports.ts, the workers' second round) and hand back
// the members whose figures count. Tests compare `sightline merge` with this, and unit tests use it.
import type { RuleSummary } from '../rules/catalog';
import { summariseMemberFiles, type MemberOutcome } from '../evidence/merge/member-exports';
import { membersToMerge, type MergeResult } from '../evidence/merge/merge-files';
import type { LoadedFile } from '../evidence/merge/summarise-file';
import { planWithCaptures } from './plan-with-captures';
import { summariseEvidenceFile } from './summarise-evidence-file';

export interface EvidenceMerge extends MergeResult {
  /** Every file as it was read, in the order given (for key changes and the files left out). */
  loaded: LoadedFile[];
}

export async function mergeEvidenceFiles(
  inputs: readonly { name: string; data: Uint8Array<ArrayBuffer> }[],
  catalog: ReadonlyMap<string, RuleSummary>,
): Promise<EvidenceMerge> {
  const loaded: LoadedFile[] = [];
  for (const input of inputs) loaded.push(await summariseEvidenceFile(input.name, input.data, catalog));
  const plan = planWithCaptures(loaded);
  const united = new Map<string, MemberOutcome>();
  for (const { memberKey, sha256 } of plan.members) {
    if (sha256.length < 2) continue;
    const files = sha256.map((sha) => ({ sha256: sha, data: inputs[loaded.findIndex((l) => l.sha256 === sha)]!.data }));
    united.set(memberKey, await summariseMemberFiles(files, catalog));
  }
  return { ...membersToMerge(plan, loaded, united), loaded };
}
