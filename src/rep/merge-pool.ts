// Spreads tasks over one worker per processor core (verifying chains is hashing, and hashing is CPU).
// Tasks are handed out as workers finish them, not split up front: files differ in size and cores in
// speed, and a fixed share left the fastest worker idle while the slowest still had a queue
// (npm run bench:evidence). Each worker holds at most two tasks at a time, so it never waits for the next.
// A worker that dies (say, out of memory on a hostile file) fails the tasks it held, with that reason, and
// is replaced: the merge always finishes.
import type { FromWorker, ToWorker } from './merge-protocol';

export interface PoolCallbacks {
  onResult: (message: FromWorker) => void;
  onDone: () => void;
}

/** Tasks a worker holds at once: the one it runs and the next. */
const IN_FLIGHT = 2;

function failed(task: ToWorker, why: string): FromWorker {
  const error = `the reader stopped while reading it (${why})`;
  if (task.kind === 'member') return { kind: 'member', id: task.id, outcome: { ok: false, error } };
  return {
    kind: 'file',
    id: task.id,
    loaded: { name: task.file.name, bytes: task.file.size, sha256: null, outcome: { ok: false, error } },
  };
}

/** Run the tasks; returns a function that stops every worker. */
export function runTasks(tasks: readonly ToWorker[], { onResult, onDone }: PoolCallbacks): () => void {
  if (tasks.length === 0) {
    onDone();
    return () => undefined;
  }
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8, tasks.length));
  const workers = new Set<Worker>();
  let next = 0;
  let finished = 0;
  const stopAll = () => workers.forEach((w) => w.terminate());
  const finish = (message: FromWorker) => {
    onResult(message);
    if (++finished === tasks.length) {
      stopAll();
      onDone();
    }
  };
  const start = () => {
    const worker = new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' });
    workers.add(worker);
    const held: ToWorker[] = [];
    const give = () => {
      if (next >= tasks.length) return;
      const task = tasks[next++]!;
      held.push(task);
      worker.postMessage(task);
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      held.splice(
        held.findIndex((t) => t.id === event.data.id && t.kind === event.data.kind),
        1,
      );
      give();
      finish(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      worker.terminate();
      workers.delete(worker);
      const lost = held.splice(0);
      if (next < tasks.length) start();
      for (const task of lost) finish(failed(task, event.message || 'an error in the reader'));
    };
    for (let i = 0; i < IN_FLIGHT; i++) give();
  };
  for (let i = 0; i < count; i++) start();
  return stopAll;
}
