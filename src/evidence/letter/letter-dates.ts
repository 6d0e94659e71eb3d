// Dates as a letter writes them ("3 March 2026"), read from the ISO text as written, never through the
// local clock or locale, so the same input always gives the same letter.

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Trimmed single-line text; anything that is not a string (a stray null from a caller) becomes ''. */
export function clean(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** "YYYY-MM-DD" from an ISO date or date-time, as written; null when it is not one. */
export function dayKey(iso: unknown): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(clean(iso));
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return match[0];
}

/** "3 March 2026" from a day key. */
export function longDate(key: string): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** The earliest and latest of some ISO dates, or null when none is readable. */
export function span(dates: unknown[]): { from: string; to: string } | null {
  const keys = dates
    .map(dayKey)
    .filter((k): k is string => k !== null)
    .sort();
  const from = keys[0];
  const to = keys[keys.length - 1];
  return from && to ? { from, to } : null;
}

/** "between 3 March 2026 and 22 November 2026", "on 3 March 2026", or words for no readable date. */
export function when(range: { from: string; to: string } | null): string {
  if (!range) return 'on dates that were not recorded';
  if (range.from === range.to) return `on ${longDate(range.from)}`;
  return `between ${longDate(range.from)} and ${longDate(range.to)}`;
}

/** "3 March 2026 to 22 November 2026" or "3 March 2026". */
export function dates(range: { from: string; to: string } | null): string {
  if (!range) return 'not recorded';
  return range.from === range.to ? longDate(range.from) : `${longDate(range.from)} to ${longDate(range.to)}`;
}
