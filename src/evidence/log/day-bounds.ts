// The date filter's bounds from the options page's <input type="date"> values ("YYYY-MM-DD"): a day is
// the worker's own day, in the browser's local time zone, from its first to its last millisecond, so
// "from 3 Nov to 3 Nov" keeps everything seen on 3 Nov where the worker is. Empty input: no bound.
export const localDayStart = (value: string): number | undefined =>
  value ? new Date(`${value}T00:00:00`).getTime() : undefined;

export const localDayEnd = (value: string): number | undefined =>
  value ? new Date(`${value}T23:59:59.999`).getTime() : undefined;
