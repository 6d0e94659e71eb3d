// A merge worker for bench:evidence, standing in for the rep view's Web Worker (src/rep/merge.worker.ts):
// it builds its share of members' exports (not timed), then on "go" runs the same summariseExportText.
import { parentPort, workerData } from 'node:worker_threads';
import { summariseExportText } from '../src/evidence/summarise-file';
import { catalog, memberExportTexts } from './evidence-fixtures';

const { members, perMember } = workerData as { members: number[]; perMember: number };
const texts = memberExportTexts(members, perMember);
parentPort!.postMessage({ type: 'ready', bytes: texts.reduce((n, t) => n + t.length, 0) });
parentPort!.once('message', async () => {
  const summaries = [];
  for (const text of texts) {
    const outcome = await summariseExportText(text, text.length, catalog);
    if (!outcome.ok) throw new Error(outcome.error);
    if (outcome.summary.integrity.status !== 'intact') throw new Error(outcome.summary.integrity.detail);
    summaries.push(outcome.summary);
  }
  parentPort!.postMessage({ type: 'done', summaries });
});
