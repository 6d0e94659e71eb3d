// One reader thread of `sightline merge` (cli-read-files.ts): handed file paths one at a time, it reads
// each and summarises it with the rep view's own function (capture/summarise-evidence-file.ts), and
// answers with the summary, or why the file could not be read. Tasks run one after the other, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { summariseEvidenceFile } from '../src/capture/summarise-evidence-file';
import type { RuleSummary } from '../src/rules/catalog';
import { nodeSha256Hex, readFileBytes } from './cli-file-bytes';

const catalog = (workerData as { catalog: ReadonlyMap<string, RuleSummary> }).catalog;
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', ({ index, path }: { index: number; path: string }) => {
  queue = queue.then(async () => {
    let data: Uint8Array<ArrayBuffer>;
    try {
      data = readFileBytes(path);
    } catch (error) {
      parentPort!.postMessage({ index, error: `cannot read (${(error as Error).message})` });
      return;
    }
    parentPort!.postMessage({ index, loaded: await summariseEvidenceFile(path, data, catalog, nodeSha256Hex) });
  });
});
