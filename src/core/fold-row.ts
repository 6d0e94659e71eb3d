// Folding rows into one: how often something was seen (count), first and last seen, and the latest
// status recorded about it. The log view, a member's summary, the rep's merged table and report, letters
// and the dashboard all fold rows this way; one helper keeps them agreeing on what "latest" means.
// It changes the accumulator it is given (a merge folds millions of records; no copy per record).

/** How often and over what time something was seen (ms since epoch; an empty span is Infinity..-Infinity). */
export interface Span {
  count: number;
  first: number;
  last: number;
}

/** A status and when it was recorded. */
export interface Stamped<S> {
  status: S;
  statusAt: number;
}

export type FoldedRow<S> = Span & Stamped<S>;

/** Whether the status `next` recorded should replace the one held. */
export type Replaces<S> = (held: Stamped<S>, next: Stamped<S>) => boolean;

/**
 * The later record decides. On a tie (two rows recorded at the same time) the status folded first is
 * kept, so equal inputs in the same order give the same answer; input out of time order is fine.
 */
export const laterReplaces: Replaces<unknown> = (held, next) => next.statusAt > held.statusAt;

/** A span no row has been folded into yet. */
export function emptySpan(): Span {
  return { count: 0, first: Infinity, last: -Infinity };
}

/** Adds a row's count and widens first and last seen to cover it. */
export function foldSpan(into: Span, row: Span): void {
  into.count += row.count;
  into.first = Math.min(into.first, row.first);
  into.last = Math.max(into.last, row.last);
}

/** foldSpan, and the row's status replaces the held one when `replaces` says so (by default, when later). */
export function foldRow<S>(into: FoldedRow<S>, row: FoldedRow<S>, replaces: Replaces<S> = laterReplaces): void {
  foldSpan(into, row);
  if (replaces(into, row)) {
    into.status = row.status;
    into.statusAt = row.statusAt;
  }
}
