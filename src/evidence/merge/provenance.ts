// What a merged report and CSV say about their inputs (issue 16): each merged file's SHA-256, each file
// left out and why, conflicts, and the Sightline and rule database that merged them. Everything here is
// in an order fixed by content, so the same files give the same text.
import type { MergeProvenance } from '../report/report-model';
import { sha256HexOfText } from '../../core/sha256';
import type { MergePlan } from './plan-merge';

function brokenAt(file: MergePlan['leftOut'][number]): string {
  return file.firstBroken ? ` (first broken: record ${file.firstBroken.index + 1}, entry ${file.firstBroken.seq})` : '';
}

export function provenanceOf(plan: MergePlan, reader: MergeProvenance['reader']): MergeProvenance {
  const merged = plan.merged
    .map(({ names, sha256, member, exportId, records, signer }) => ({
      names,
      sha256,
      member,
      exportId,
      records,
      signer,
    }))
    .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  return {
    merged,
    leftOut: plan.leftOut.map((file) => ({
      names: file.names,
      sha256: file.sha256,
      reason: `${file.reason}${brokenAt(file)}`,
    })),
    conflicts: plan.conflicts.map(
      (c) =>
        `export ${c.exportId}: ${c.files.length} different files (${c.files.map((f) => `${f.names.join(', ')}: ${f.verified ? 'verifies' : 'fails the check'}`).join('; ')}); ${c.resolution}`,
    ),
    reader,
    inputDigest: sha256HexOfText(merged.map((f) => f.sha256).join('\n')),
  };
}
