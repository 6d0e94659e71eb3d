// Deciding what to append for each observation, so the log stays small and append-only:
// the first observation of a key appends a first_seen entry; later ones add to a pending count that is
// appended as a tally entry at most once per TALLY_INTERVAL_MS per key (or when flushed for an export).
import type { EntryDraft } from './entry';

export const TALLY_INTERVAL_MS = 5 * 60 * 1000;

/** Kept beside the log (never part of it): counts not yet written as a tally entry. */
export interface PendingTally {
  key: string;
  /** Observations since the last entry for this key. */
  count: number;
  /** First and last of those observations. */
  since: number;
  last: number;
  lastWrittenAt: number;
  /** The entry to repeat (kind aside) when the count is written. */
  template: EntryDraft;
}

export interface TallyStep {
  append: EntryDraft | null;
  pending: PendingTally;
}

export function recordObservation(
  pending: PendingTally | undefined,
  key: string,
  draft: EntryDraft,
  intervalMs = TALLY_INTERVAL_MS,
): TallyStep {
  const at = draft.at;
  if (!pending) {
    return {
      append: {
        ...draft,
        kind: draft.kind === 'unknown_third_party' ? 'unknown_third_party' : 'first_seen',
        count: 1,
        firstAt: at,
        lastAt: at,
      },
      pending: { key, count: 0, since: at, last: at, lastWrittenAt: at, template: draft },
    };
  }
  const next: PendingTally = {
    ...pending,
    count: pending.count + 1,
    since: pending.count === 0 ? at : Math.min(pending.since, at),
    last: Math.max(pending.last, at),
  };
  if (at - pending.lastWrittenAt >= intervalMs) return flushPending(next, at);
  return { append: null, pending: next };
}

/** Write what is pending as one tally entry (if anything is). */
export function flushPending(pending: PendingTally, at: number): TallyStep {
  if (pending.count === 0) return { append: null, pending };
  const template = pending.template;
  return {
    append: {
      ...template,
      kind: template.kind === 'unknown_third_party' ? 'unknown_third_party' : 'tally',
      at,
      count: pending.count,
      firstAt: pending.since,
      lastAt: pending.last,
    },
    pending: { ...pending, count: 0, lastWrittenAt: at },
  };
}
