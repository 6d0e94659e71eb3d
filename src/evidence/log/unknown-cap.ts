// A page chooses which hosts it requests, and each unknown third-party host's first sighting is a log
// entry (about 1.4 KB with its pending count), so one page could grow the log without bound. At most
// MAX_UNKNOWN_HOSTS_PER_DAY new unknown hosts per site and day get their own stream; beyond that, their
// requests are counted in one overflow stream per site ("(more unknown hosts)", tallied as any other),
// so nothing goes uncounted and the log grows by one stream, not one per host.
import type { EntryDraft } from './entry';

export const MAX_UNKNOWN_HOSTS_PER_DAY = 50;
/** Parentheses and spaces cannot occur in a host name, so this never collides with one. */
export const MORE_UNKNOWN_HOSTS = '(more unknown hosts)';
const DAY_MS = 24 * 60 * 60 * 1000;

/** New unknown hosts given their own stream for one site on one (UTC) day; kept beside the log. */
export interface UnknownHostCap {
  key: string;
  site: string;
  day: number;
  count: number;
}

export function capFor(site: string, at: number): UnknownHostCap {
  const day = Math.floor(at / DAY_MS);
  return { key: `${site}\u001f${day}`, site, day, count: 0 };
}

/** The first ms of the day a cap belongs to (retention drops caps of days it has passed). */
export function capDayStart(cap: Pick<UnknownHostCap, 'day'>): number {
  return cap.day * DAY_MS;
}

/**
 * What to record for an unknown host's observation. `isNew`: its stream has no pending count yet (this
 * would be its first sighting). Returns the draft to record (the overflow stream's when over the cap)
 * and counts a new host into `cap` (mutated).
 */
export function capUnknownHost(draft: EntryDraft, isNew: boolean, cap: UnknownHostCap): EntryDraft {
  if (draft.kind !== 'unknown_third_party' || !isNew || draft.signalValue === MORE_UNKNOWN_HOSTS) return draft;
  if (cap.count < MAX_UNKNOWN_HOSTS_PER_DAY) {
    cap.count++;
    return draft;
  }
  return { ...draft, signalValue: MORE_UNKNOWN_HOSTS, evidence: MORE_UNKNOWN_HOSTS };
}
