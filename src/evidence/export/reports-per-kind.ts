// How many worker reports an export holds for each kind of monitoring: the line `npm run verify` prints
// under an intact file, so a rep sees at a glance what a member reported (CCTV twice, biometrics once)
// before merging. Counted from the export's own `reported` section, never mixed with browser records.
import type { KindId } from '../../policy/kinds';
import type { ExportedReport } from './bundle';

/** Reports per kind, most first, then by kind id; empty when the export has none. */
export function countReportsPerKind(
  reported: readonly Pick<ExportedReport, 'report'>[] | undefined,
): [KindId, number][] {
  const counts = new Map<KindId, number>();
  for (const { report } of reported ?? []) counts.set(report.kind, (counts.get(report.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The verify line: "worker-reported: cctv 2, biometrics 1", or none when there are no reports. */
export function describeReportsPerKind(
  reported: readonly Pick<ExportedReport, 'report'>[] | undefined,
): string | undefined {
  const counts = countReportsPerKind(reported);
  if (counts.length === 0) return undefined;
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return `worker-reported (${total}, not observed by the browser): ${counts.map(([kind, n]) => `${kind} ${n}`).join(', ')}`;
}
