// A member's worker reports as the merge keeps them: what was reported, each report once (a member's
// two exports of one log carry the same report, with the same hash), in a fixed order. Pure.
import type { ExportedReport } from '../export/bundle';
import type { ReportFacts } from '../log/worker-report';

export type MemberReport = ReportFacts & { hash: string };

/** The reports of one or more of a member's files, united by hash, in date, kind, place and hash order. */
export function memberReports(reported: readonly ExportedReport[] | undefined): MemberReport[] {
  const byHash = new Map<string, MemberReport>();
  for (const r of reported ?? []) if (!byHash.has(r.hash)) byHash.set(r.hash, { ...r.report, hash: r.hash });
  return [...byHash.values()].sort(
    (a, b) =>
      compare(a.when, b.when) || compare(a.kind, b.kind) || compare(a.where, b.where) || compare(a.hash, b.hash),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
