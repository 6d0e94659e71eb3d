// Spreads the files over one worker per processor core (verifying chains is hashing, and hashing is CPU).
// Files are handed out as workers finish them, not split up front: files differ in size and cores in
// speed, and a fixed share left the fastest worker idle while the slowest still had a queue
// (npm run bench:evidence). Each worker holds at most two files at a time, so it never waits for the next.
import type { FromWorker, ToWorker } from './merge-protocol';

export interface MergeCallbacks {
  onFile: (message: FromWorker) => void;
  onDone: () => void;
}

/** Files a worker holds at once: the one it reads and the next. */
const IN_FLIGHT = 2;

/** Start merging; returns a function that stops every worker. */
export function startMerge(files: readonly File[], { onFile, onDone }: MergeCallbacks): () => void {
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8, files.length));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' }));
  let next = 0;
  let finished = 0;
  const give = (worker: Worker) => {
    if (next < files.length) worker.postMessage({ files: [files[next++]!] } satisfies ToWorker);
  };
  for (const worker of workers) {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      onFile(event.data);
      give(worker);
      if (++finished === files.length) {
        workers.forEach((w) => w.terminate());
        onDone();
      }
    };
    for (let i = 0; i < IN_FLIGHT; i++) give(worker);
  }
  if (files.length === 0) onDone();
  return () => workers.forEach((worker) => worker.terminate());
}
