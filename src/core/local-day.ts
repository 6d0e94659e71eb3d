// The local calendar day of a time, as YYYY-MM-DD: the unit the timeline counts in and the log's day
// rows are kept by (evidence/log/day-rollup.ts). In core because both the log and the dashboard use it.

export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
