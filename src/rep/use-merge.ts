// The rep view's merge, in two rounds of worker tasks: read every file, then (only for members who gave
// more than one intact export) read that member's files again together, so each record counts once.
// Figures are shown only when both rounds are done: never a partial merge. Files loaded later join the
// files already loaded and the whole plan is made again; nothing depends on the order files arrive in.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { MemberOutcome } from '../evidence/merge/member-exports';
import { membersToMerge, type MergeResult } from '../evidence/merge/merge-files';
import { planMerge, type MergePlan } from '../evidence/merge/plan-merge';
import type { LoadedFile } from '../evidence/summarise-file';
import type { ToWorker } from './merge-protocol';
import { runTasks } from './merge-pool';

/** A member's files as one key: a united summary is reused only for exactly the same files. */
const unionKey = (member: MergePlan['members'][number]): string => `${member.memberKey}\u001f${member.sha256.join(',')}`;

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

  const uniteMembers = (all: LoadedFile[], known: Map<string, MemberOutcome>) => {
    const needed = planMerge(all).members.filter((m) => m.sha256.length > 1 && !known.has(unionKey(m)));
    const keys = needed.map(unionKey);
    const tasks: ToWorker[] = needed.map((m, id) => ({ kind: 'member', id, files: m.sha256.map((sha256) => ({ sha256, file: bySha.current.get(sha256)! })) }));
    const next = new Map(known);
    stop.current = runTasks(tasks, {
      onResult: (message) => {
        if (message.kind === 'member') next.set(keys[message.id]!, message.outcome);
      },
      onDone: () => {
        setLoaded(all);
        setUnited(next);
        setBusy(false);
      },
    });
  };

  const load = (files: File[]) => {
    if (files.length === 0) return;
    stop.current?.();
    const all = [...current.current.loaded];
    let done = 0;
    setBusy(true);
    setProgress({ done, total: files.length });
    const tasks: ToWorker[] = files.map((file, id) => ({ kind: 'file', id, file }));
    stop.current = runTasks(tasks, {
      onResult: (message) => {
        if (message.kind !== 'file') return;
        all.push(message.loaded);
        if (message.loaded.sha256) bySha.current.set(message.loaded.sha256, files[message.id]!);
        setProgress({ done: ++done, total: files.length });
      },
      onDone: () => uniteMembers(all, current.current.united),
    });
  };

  const result = useMemo(() => {
    if (busy || loaded.length === 0) return null;
    const plan = planMerge(loaded);
    const byMember = new Map<string, MemberOutcome>();
    for (const member of plan.members) {
      const outcome = united.get(unionKey(member));
      if (outcome) byMember.set(member.memberKey, outcome);
    }
    return membersToMerge(plan, loaded, byMember);
  }, [loaded, united, busy]);

  return { loaded, result, progress, load };
}
