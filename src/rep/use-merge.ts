// The rep view's merge, in two rounds of worker tasks: read every file, then (only for members who gave
// more than one intact export) read that member's files again together, so each record counts once.
// Figures are shown only when both rounds are done: never a partial merge. Files loaded later join the
// files already loaded and the whole plan is made again; nothing depends on the order files arrive in.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { MemberOutcome } from '../evidence/merge/member-exports';
import { membersToMerge, type MergeResult } from '../evidence/merge/merge-files';
import type { MergePlan } from '../evidence/merge/plan-merge';
import { planWithCaptures } from '../capture/plan-with-captures';
import type { LoadedFile } from '../evidence/merge/summarise-file';
import type { ToWorker } from './merge-protocol';
import { runTasks } from './merge-pool';

/** A member's files as one key: a united summary is reused only for exactly the same files. */
const unionKey = (member: MergePlan['members'][number]): string =>
  `${member.memberKey}\u001f${member.sha256.join(',')}`;

export interface MergeState {
  loaded: LoadedFile[];
  result: MergeResult | null;
  progress: { done: number; total: number } | null;
  load: (files: File[]) => void;
}

export function useMerge(): MergeState {
  const [loaded, setLoaded] = useState<LoadedFile[]>([]);
  const [united, setUnited] = useState<Map<string, MemberOutcome>>(new Map());
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const bySha = useRef(new Map<string, File>());
  const current = useRef({ loaded, united });
  current.current = { loaded, united };

  // The files of the round under way: what is read so far joins `base`; a load while it runs starts a new
  // round with the files not yet read and the new ones, so nothing chosen is lost.
  const round = useRef<{ base: LoadedFile[]; files: File[]; finished: Set<number> } | null>(null);

  const uniteMembers = (all: LoadedFile[], known: Map<string, MemberOutcome>) => {
    const needed = planWithCaptures(all).members.filter((m) => m.sha256.length > 1 && !known.has(unionKey(m)));
    const keys = needed.map(unionKey);
    const tasks: ToWorker[] = needed.map((m, id) => ({
      kind: 'member',
      id,
      files: m.sha256.map((sha256) => ({ sha256, file: bySha.current.get(sha256)! })),
    }));
    const next = new Map(known);
    stop.current = runTasks(tasks, {
      onResult: (message) => {
        if (message.kind === 'member') next.set(keys[message.id]!, message.outcome);
      },
      onDone: () => {
        round.current = null;
        setLoaded(all);
        setUnited(next);
        setBusy(false);
      },
    });
  };

  const load = (added: File[]) => {
    if (added.length === 0) return;
    stop.current?.();
    const previous = round.current;
    const files = [...(previous ? previous.files.filter((_, i) => !previous.finished.has(i)) : []), ...added];
    const thisRound = {
      base: previous ? previous.base : [...current.current.loaded],
      files,
      finished: new Set<number>(),
    };
    round.current = thisRound;
    setBusy(true);
    setProgress({ done: 0, total: files.length });
    const tasks: ToWorker[] = files.map((file, id) => ({ kind: 'file', id, file }));
    stop.current = runTasks(tasks, {
      onResult: (message) => {
        if (message.kind !== 'file' || round.current !== thisRound) return;
        thisRound.base.push(message.loaded);
        thisRound.finished.add(message.id);
        if (message.loaded.sha256) bySha.current.set(message.loaded.sha256, files[message.id]!);
        setProgress({ done: thisRound.finished.size, total: files.length });
      },
      onDone: () => {
        if (round.current === thisRound) uniteMembers(thisRound.base, current.current.united);
      },
    });
  };

  const result = useMemo(() => {
    if (busy || loaded.length === 0) return null;
    const plan = planWithCaptures(loaded);
    const byMember = new Map<string, MemberOutcome>();
    for (const member of plan.members) {
      const outcome = united.get(unionKey(member));
      if (outcome) byMember.set(member.memberKey, outcome);
    }
    return membersToMerge(plan, loaded, byMember);
  }, [loaded, united, busy]);

  return { loaded, result, progress, load };
}
