// Whether the employer's policy declares a product, in one vocabulary every layer uses in memory: the
// popup, the background's tab report, the log view, letters, reports, the rep's merge, captures and the
// dashboard. Persisted formats keep the values they were written with; only the evidence log's entry
// (IndexedDB, export bundles v3) spells it differently, so the one mapping lives here, at that boundary.
import type { Replaces } from '../core/fold-row';
import type { FindingStatus } from './compare';

/** Named by the policy, covered by its category only, not mentioned, or no policy to compare with. */
export type DeclaredStatus = 'product' | 'category' | 'undeclared' | 'no-policy';

/** What a comparison with a policy answers; "no policy" is the absence of one. */
export type ComparedStatus = Exclude<DeclaredStatus, 'no-policy'>;

/**
 * The compared values as tab reports (storage.session) and capture files store them: the same spelling
 * as in memory, so their schemas take this list and need no mapping.
 */
export const COMPARED_STATUSES = ['product', 'category', 'undeclared'] as const satisfies readonly ComparedStatus[];

/**
 * The log entry's `declared` field as IndexedDB and export bundles (version 3) hold it: "no" for not
 * declared, and no field at all when there was no policy. Changing it would change sealed records.
 */
export const PERSISTED_DECLARED = ['product', 'category', 'no'] as const;
export type PersistedDeclared = (typeof PERSISTED_DECLARED)[number];

/** In memory -> the log entry's field (undefined: leave the field out). */
export function toPersistedDeclared(status: ComparedStatus): PersistedDeclared;
export function toPersistedDeclared(status: DeclaredStatus): PersistedDeclared | undefined;
export function toPersistedDeclared(status: DeclaredStatus): PersistedDeclared | undefined {
  switch (status) {
    case 'undeclared':
      return 'no';
    case 'no-policy':
      return undefined;
    default:
      return status;
  }
}

/** The log entry's field -> in memory. Anything else (a missing field, an unknown word) is "no policy". */
export function fromPersistedDeclared(value: unknown): DeclaredStatus {
  switch (value) {
    case 'product':
    case 'category':
      return value;
    case 'no':
      return 'undeclared';
    default:
      return 'no-policy';
  }
}

/** A comparison's answer for one finding (policy/compare.ts) in this vocabulary. */
export function comparedStatus(finding: FindingStatus): ComparedStatus {
  return finding.status === 'declared' ? finding.by : 'undeclared';
}

/** Most concerning first: the order lists, charts and reports show statuses in. */
export const BY_CONCERN: readonly DeclaredStatus[] = ['undeclared', 'category', 'product', 'no-policy'];

/** A status's place in BY_CONCERN (0 is the most concerning); a word it does not know comes last. */
export function concernRank(status: string): number {
  const rank = (BY_CONCERN as readonly string[]).indexOf(status);
  return rank < 0 ? BY_CONCERN.length : rank;
}

/**
 * Of two statuses the logs recorded, the one a report says: a comparison with a policy beats "no policy",
 * then the later one (on a tie, the one held). The fold rule of the rep's merge (core/fold-row.ts).
 */
export const recordedReplaces: Replaces<DeclaredStatus> = (held, next) => {
  const heldCompared = held.status !== 'no-policy';
  const nextCompared = next.status !== 'no-policy';
  if (heldCompared !== nextCompared) return nextCompared;
  return next.statusAt > held.statusAt;
};
