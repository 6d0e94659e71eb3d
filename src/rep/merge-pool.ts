// Spreads the files over one worker per processor core (verifying chains is hashing, and hashing is CPU):
// each worker takes every n-th file, reports each file as it finishes, and is closed when done.
import type { FromWorker } from './merge-protocol';

export interface MergeCallbacks {
  onFile: (message: Extract<FromWorker, { type: 'file' }>) => void;
  onDone: () => void;
}

/** Start merging; returns a function that stops every worker. */
export function startMerge(files: readonly File[], { onFile, onDone }: MergeCallbacks): () => void {
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8, files.length));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./merge.worker.ts', import.meta.url), { type: 'module' }));
  let running = count;
  workers.forEach((worker, index) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'file') return onFile(event.data);
      worker.terminate();
      if (--running === 0) onDone();
    };
    worker.postMessage({ files: files.filter((_, i) => i % count === index) });
  });
  return () => workers.forEach((worker) => worker.terminate());
}
