// `npm run bench:evidence`: exporting 100k log records as a bundle, and merging 1,000 members' bundles of
// about 1 MB each the way the rep view does: one worker per core, each parsing, checking, verifying the
// chain of and summarising the files it is handed as it finishes the last; then the merge of the
// summaries. In one run.
// Each is run several times (EXPORT_RUNS, MERGE_RUNS) and the median reported, every run printed: on a
// shared two-core machine one run can be 30 % off the next. Setup garbage is collected before timing.
// Ends with `RESULT export_100k_ms=N merge_1000_ms=N` (targets: ≤ 1000 ms and ≤ 10000 ms).
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildBundle } from '../src/evidence/export/bundle';
import { membersToMerge } from '../src/evidence/merge/merge-files';
import { planMerge } from '../src/evidence/merge/plan-merge';
import { mergedRows, reportModelFromSummaries } from '../src/evidence/merge/report-from-bundles';
import type { LoadedFile } from '../src/evidence/merge/summarise-file';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal/seal';
import { context, drafts, recordsPerMegabyte } from './evidence-fixtures';

const EXPORT_RECORDS = Number(process.env.EXPORT_RECORDS ?? 100_000);
const BUNDLES = Number(process.env.BUNDLES ?? 1000);
// The rep view uses navigator.hardwareConcurrency workers, at most 8 (src/rep/merge-pool.ts).
const WORKERS = Math.max(1, Math.min(Number(process.env.WORKERS ?? availableParallelism()), 8, BUNDLES));
const EXPORT_RUNS = Number(process.env.EXPORT_RUNS ?? 5);
const MERGE_RUNS = Number(process.env.MERGE_RUNS ?? 3);
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`sealing ${EXPORT_RECORDS} records for the export test (setup, not timed)…`);
// The options page exports what IndexedDB hands back: structured clones of the stored records. Cloned
// here the same way, because objects made by spreading twenty-odd fields (as sealDrafts does) are ones
// V8 reads some thirty times slower, which would time the setup's objects rather than the export.
const sealed = structuredClone(sealDrafts(drafts(EXPORT_RECORDS, 0), { seq: 0, hash: GENESIS_HASH }).sealed);
const exportRuns: number[] = [];
let exportedBytes = 0;
for (let run = 0; run < EXPORT_RUNS; run++) {
  collectGarbage();
  const start = performance.now();
  const exported = JSON.stringify(buildBundle(sealed, context('M-AAAAAAAA')));
  exportRuns.push(performance.now() - start);
  exportedBytes = exported.length;
}
const exportMs = median(exportRuns);
console.log(
  `export: ${EXPORT_RECORDS} records → ${(exportedBytes / 1024 / 1024).toFixed(1)} MB bundle (envelope validated with zod, serialised): median ${exportMs.toFixed(0)} ms of ${exportRuns.map((ms) => ms.toFixed(0)).join(', ')}`,
);

const perMember = recordsPerMegabyte();
console.log(
  `merge: building ${BUNDLES} members' exports of ${perMember} records (~1 MB each) in ${WORKERS} workers (setup, not timed)…`,
);
const workers = Array.from({ length: WORKERS }, (_, w) => {
  const members = Array.from({ length: BUNDLES }, (_, i) => i).filter((i) => i % WORKERS === w);
  return new Worker(
    `import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(new URL('./evidence-merge-worker.ts', import.meta.url).href)});`,
    { eval: true, workerData: { members, perMember } },
  );
});
const shares = await Promise.all(
  workers.map(
    (worker) =>
      new Promise<Uint8Array[]>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', (m: { files: Uint8Array[] }) => resolve(m.files));
      }),
  ),
);
const files = shares.flat();
console.log(`merge: ${(files.reduce((n, f) => n + f.byteLength, 0) / 1024 / 1024).toFixed(0)} MB of exports ready`);
for (const worker of workers) worker.postMessage({ type: 'files', files });

/** One merge as the rep view does it: two files in flight per worker, the next to whichever answers. */
async function mergeOnce(): Promise<{ ms: number; members: number; rows: number; perWorker: number[] }> {
  collectGarbage();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once('message', () => resolve());
          worker.postMessage({ type: 'collect-garbage' });
        }),
    ),
  );
  const start = performance.now();
  const perWorker = workers.map(() => 0);
  const summaries = await new Promise<LoadedFile[]>((resolve, reject) => {
    const done: LoadedFile[] = [];
    let next = 0;
    const give = (worker: Worker) => {
      if (next < files.length) worker.postMessage({ type: 'read', index: next++ });
    };
    workers.forEach((worker, w) => {
      worker.once('error', reject);
      const onMessage = (m: { loaded: LoadedFile }) => {
        done.push(m.loaded);
        perWorker[w]!++;
        if (done.length === files.length) {
          workers.forEach((other) => other.removeAllListeners('message'));
          resolve(done);
        } else give(worker);
      };
      worker.on('message', onMessage);
      give(worker);
      give(worker);
    });
  });
  // Every member here gave one export, so there is nothing to unite (no second round of reading).
  const { members: kept } = membersToMerge(planMerge(summaries), summaries, new Map());
  const rows = mergedRows(kept);
  reportModelFromSummaries(kept, new Date());
  return { ms: performance.now() - start, members: kept.length, rows: rows.length, perWorker };
}

const mergeRuns: Awaited<ReturnType<typeof mergeOnce>>[] = [];
for (let run = 0; run < MERGE_RUNS; run++) {
  const result = await mergeOnce();
  mergeRuns.push(result);
  console.log(
    `merge run ${run + 1}: ${result.members} members, ${result.rows} product×site rows in ${result.ms.toFixed(0)} ms (${WORKERS} workers reading ${result.perWorker.join(' + ')} files)`,
  );
}
await Promise.all(workers.map((worker) => worker.terminate()));
const mergeMs = median(mergeRuns.map((r) => r.ms));
console.log(`merge: median ${mergeMs.toFixed(0)} ms of ${mergeRuns.map((r) => r.ms.toFixed(0)).join(', ')}`);
const misses = [
  exportMs > 1000 && `export ${exportMs.toFixed(0)} ms > 1000`,
  mergeMs > 10_000 && `merge ${mergeMs.toFixed(0)} ms > 10000`,
].filter(Boolean);
if (misses.length > 0) console.log(`TARGETS MISSED: ${misses.join('; ')}`);
console.log(`RESULT export_100k_ms=${exportMs.toFixed(0)} merge_1000_ms=${mergeMs.toFixed(0)}`);
