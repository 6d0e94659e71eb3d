// One formatter, made once: building an Intl.DateTimeFormat per call (as toLocaleString does) cost
// the popup over a millisecond per finding.
const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Local date and time, short: what a worker reads at a glance. */
export function formatTime(ms: number): string {
  return formatter.format(ms);
}
