// A merge worker for bench:evidence, standing in for the rep view's Web Worker (src/rep/merge.worker.ts):
// it builds its share of members' exports (not timed), then on "go" reads each as text and runs the
// same summariseExportText.
import { parentPort, workerData } from 'node:worker_threads';
import { summariseExportText } from '../src/evidence/summarise-file';
import { catalog, memberExportTexts } from './evidence-fixtures';

const { members, perMember } = workerData as { members: number[]; perMember: number };
// Held as bytes, as files are until read: the browser worker reads each File's text when it gets to it.
const encoder = new TextEncoder();
const files = memberExportTexts(members, perMember).map((text) => encoder.encode(text));
parentPort!.postMessage({ type: 'ready', bytes: files.reduce((n, f) => n + f.byteLength, 0) });
parentPort!.once('message', async () => {
  const summaries = [];
  const decoder = new TextDecoder();
  for (const file of files) {
    const outcome = await summariseExportText(decoder.decode(file), file.byteLength, catalog);
    if (!outcome.ok) throw new Error(outcome.error);
    if (outcome.summary.integrity.status !== 'intact') throw new Error(outcome.summary.integrity.detail);
    summaries.push(outcome.summary);
  }
  parentPort!.postMessage({ type: 'done', summaries });
});
