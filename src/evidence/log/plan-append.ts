// What one batch of observations appends to the log, given what is stored beside it: the pending tally
// counts and the per-site caps on new unknown hosts. Pure apart from the two readers, so the rules can
// be tested without IndexedDB; evidence-db.ts runs it inside its one writer's queue and stores the result.
import { tallyKey, type EntryDraft } from './entry';
import { recordObservation, type PendingTally } from './tally';
import { capFor, capUnknownHost, type UnknownHostCap } from './unknown-cap';

export interface StoredBeside {
  pending(key: string): Promise<PendingTally | undefined>;
  cap(key: string): Promise<UnknownHostCap | undefined>;
}

export interface AppendPlan {
  append: EntryDraft[];
  pending: PendingTally[];
  caps: UnknownHostCap[];
}

export async function planAppend(
  drafts: readonly EntryDraft[],
  stored: StoredBeside,
  intervalMs?: number,
): Promise<AppendPlan> {
  const pending = new Map<string, PendingTally | undefined>();
  const caps = new Map<string, UnknownHostCap>();
  const pendingFor = async (key: string) => {
    if (!pending.has(key)) pending.set(key, await stored.pending(key));
    return pending.get(key);
  };
  const append: EntryDraft[] = [];
  for (const observed of drafts) {
    let draft = observed;
    if (draft.kind === 'unknown_third_party' && !(await pendingFor(tallyKey(draft)))) {
      const fresh = capFor(draft.site, draft.at);
      const cap = caps.get(fresh.key) ?? (await stored.cap(fresh.key)) ?? fresh;
      caps.set(cap.key, cap);
      draft = capUnknownHost(draft, true, cap);
    }
    const key = tallyKey(draft);
    const step = recordObservation(await pendingFor(key), key, draft, intervalMs);
    if (step.append) append.push(step.append);
    pending.set(key, step.pending);
  }
  return { append, pending: [...pending.values()].filter((p): p is PendingTally => !!p), caps: [...caps.values()] };
}
