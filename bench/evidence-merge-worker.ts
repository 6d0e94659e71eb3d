// A merge worker for bench:evidence, standing in for the rep view's Web Worker (src/rep/merge.worker.ts):
// it builds its share of members' exports (not timed) as bytes in shared memory, as files are until
// read; then it is handed files one at a time, from every worker's share, as the rep view's pool hands
// them out (src/rep/merge-pool.ts), copies each out of shared memory as File.arrayBuffer() would, and runs
// the same summariseExportFile (digest, decode, parse, verify, summarise).
import { parentPort, workerData } from 'node:worker_threads';
import { summariseExportFile } from '../src/evidence/merge/summarise-file';
import { catalog, memberExportTexts } from './evidence-fixtures';

const { members, perMember } = workerData as { members: number[]; perMember: number };
const encoder = new TextEncoder();
const built = memberExportTexts(members, perMember).map((text) => {
  const bytes = encoder.encode(text);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
});
// The garbage of building them is the setup's, not the merge's.
(globalThis as { gc?: () => void }).gc?.();
parentPort!.postMessage({ type: 'ready', files: built });

let files: Uint8Array[] = [];
let queue: Promise<void> = Promise.resolve();
parentPort!.on(
  'message',
  (message: { type: 'files'; files: Uint8Array[] } | { type: 'collect-garbage' } | { type: 'read'; index: number }) => {
    if (message.type === 'files') {
      files = message.files;
      return;
    }
    if (message.type === 'collect-garbage') {
      // Between runs: each run starts as the first did, without the last one's garbage.
      queue = queue.then(() => {
        (globalThis as { gc?: () => void }).gc?.();
        parentPort!.postMessage({ type: 'collected' });
      });
      return;
    }
    queue = queue.then(async () => {
      const file = files[message.index]!;
      const loaded = await summariseExportFile(`member-${message.index}.json`, new Uint8Array(file), catalog);
      if (!loaded.outcome.ok) throw new Error(loaded.outcome.error);
      if (loaded.outcome.summary.integrity.status !== 'intact')
        throw new Error(loaded.outcome.summary.integrity.detail);
      parentPort!.postMessage({ type: 'done', index: message.index, loaded });
    });
  },
);
