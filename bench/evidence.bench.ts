// `npm run bench:evidence`: exporting 100k log records as a bundle, and merging 1,000 members' bundles of
// about 1 MB each the way the rep view does: one worker per core, each parsing, checking, verifying the
// chain of and summarising the files it is handed as it finishes the last; then the merge of the
// summaries. In one run.
// Ends with `RESULT export_100k_ms=N merge_1000_ms=N` (targets: ≤ 1000 ms and ≤ 10000 ms).
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildBundle } from '../src/evidence/bundle';
import type { MemberSummary } from '../src/evidence/member-summary';
import { mergedRows, reportModelFromSummaries, selectOnePerMember } from '../src/evidence/report-from-bundles';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal';
import { context, drafts, recordsPerMegabyte } from './evidence-fixtures';

const EXPORT_RECORDS = Number(process.env.EXPORT_RECORDS ?? 100_000);
const BUNDLES = Number(process.env.BUNDLES ?? 1000);
// The rep view uses navigator.hardwareConcurrency workers, at most 8 (src/rep/merge-pool.ts).
const WORKERS = Math.max(1, Math.min(Number(process.env.WORKERS ?? availableParallelism()), 8, BUNDLES));

console.log(`sealing ${EXPORT_RECORDS} records for the export test (setup, not timed)…`);
const { sealed } = sealDrafts(drafts(EXPORT_RECORDS, 0), { seq: 0, hash: GENESIS_HASH });
let start = performance.now();
const exported = JSON.stringify(buildBundle(sealed, context('M-AAAAAAAA')));
const exportMs = performance.now() - start;
console.log(`export: ${EXPORT_RECORDS} records → ${(exported.length / 1024 / 1024).toFixed(1)} MB bundle in ${exportMs.toFixed(0)} ms (validated with zod, serialised)`);

const perMember = recordsPerMegabyte();
console.log(`merge: building ${BUNDLES} members' exports of ${perMember} records (~1 MB each) in ${WORKERS} workers (setup, not timed)…`);
const workers = Array.from({ length: WORKERS }, (_, w) => {
  const members = Array.from({ length: BUNDLES }, (_, i) => i).filter((i) => i % WORKERS === w);
  return new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./evidence-merge-worker.ts', import.meta.url).href)});`, { eval: true, workerData: { members, perMember } });
});
const shares = await Promise.all(workers.map((worker) => new Promise<Uint8Array[]>((resolve, reject) => {
  worker.once('error', reject);
  worker.once('message', (m: { files: Uint8Array[] }) => resolve(m.files));
})));
const files = shares.flat();
console.log(`merge: ${(files.reduce((n, f) => n + f.byteLength, 0) / 1024 / 1024).toFixed(0)} MB of exports ready`);
for (const worker of workers) worker.postMessage({ type: 'files', files });

// As the rep view's pool does: two files in flight per worker, the next one to whichever finishes.
start = performance.now();
const perWorker = workers.map(() => 0);
const summaries = await new Promise<MemberSummary[]>((resolve, reject) => {
  const done: MemberSummary[] = [];
  let next = 0;
  const give = (worker: Worker) => {
    if (next < files.length) worker.postMessage({ type: 'read', index: next++ });
  };
  workers.forEach((worker, w) => {
    worker.on('error', reject);
    worker.on('message', (m: { summary: MemberSummary }) => {
      done.push(m.summary);
      perWorker[w]!++;
      if (done.length === files.length) resolve(done);
      else give(worker);
    });
    give(worker);
    give(worker);
  });
});
const workersDoneMs = performance.now() - start;
const { kept } = selectOnePerMember(summaries);
const rows = mergedRows(kept);
reportModelFromSummaries(kept, new Date());
const mergeMs = performance.now() - start;
await Promise.all(workers.map((worker) => worker.terminate()));
console.log(`merge: ${kept.length} members, ${rows.length} product×site rows in ${mergeMs.toFixed(0)} ms (${WORKERS} workers reading ${perWorker.join(' + ')} files; all files read at ${workersDoneMs.toFixed(0)} ms, then the summaries merged)`);
const misses = [exportMs > 1000 && `export ${exportMs.toFixed(0)} ms > 1000`, mergeMs > 10_000 && `merge ${mergeMs.toFixed(0)} ms > 10000`].filter(Boolean);
if (misses.length > 0) console.log(`TARGETS MISSED: ${misses.join('; ')}`);
console.log(`RESULT export_100k_ms=${exportMs.toFixed(0)} merge_1000_ms=${mergeMs.toFixed(0)}`);
