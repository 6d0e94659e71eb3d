// Reads the files of `sightline merge` in one worker thread per core (at most 8): verifying a file is
// hashing and parsing, all CPU, so one thread left the second core idle (npm run bench:merge). Files are
// handed out as threads finish them, two in flight each; each answer is one small summary, so memory
// holds summaries, never files. Answers are kept in the order the files were given, and the merge plan
// never depends on order anyway. Few files are read in this thread: starting threads costs more.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { summariseEvidenceFile } from '../src/capture/summarise-evidence-file';
import type { LoadedFile } from '../src/evidence/merge/summarise-file';
import type { RuleSummary } from '../src/rules/catalog';
import { nodeSha256Hex, readFileBytes } from './cli-file-bytes';

export type ReadOutcome = { loaded: LoadedFile } | { error: string };

/** Below this many files per thread, reading in this thread is faster than starting threads. */
const FILES_PER_THREAD = 50;

export async function readEvidenceFiles(
  files: readonly string[],
  catalog: ReadonlyMap<string, RuleSummary>,
  onRead: () => void,
): Promise<ReadOutcome[]> {
  const threads = Math.min(availableParallelism(), 8, Math.floor(files.length / FILES_PER_THREAD));
  if (threads < 2) {
    const out: ReadOutcome[] = [];
    for (const path of files) {
      let data: Uint8Array<ArrayBuffer>;
      try {
        data = readFileBytes(path);
      } catch (error) {
        out.push({ error: `cannot read (${(error as Error).message})` });
        onRead();
        continue;
      }
      out.push({ loaded: await summariseEvidenceFile(path, data, catalog, nodeSha256Hex) });
      onRead();
    }
    return out;
  }
  const out: ReadOutcome[] = new Array<ReadOutcome>(files.length);
  let next = 0;
  let done = 0;
  const pool = Array.from(
    { length: threads },
    () => new Worker(new URL('./cli-read-thread.mjs', import.meta.url), { workerData: { catalog } }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      for (const thread of pool) {
        const give = () => {
          if (next < files.length) {
            thread.postMessage({ index: next, path: files[next] });
            next++;
          }
        };
        thread.on('error', reject);
        thread.on('message', (answer: { index: number } & ReadOutcome) => {
          out[answer.index] = 'loaded' in answer ? { loaded: answer.loaded } : { error: answer.error };
          onRead();
          if (++done === files.length) resolve();
          else give();
        });
        give();
        give();
      }
    });
  } finally {
    await Promise.all(pool.map((thread) => thread.terminate()));
  }
  return out;
}
