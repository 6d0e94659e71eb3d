// One case of bench:hostile. `build CASE FILE` writes the hostile file; `read FILE`, in a process of its
// own so that its peak memory is the reading's and not the building's, times the rep view's whole reading
// of it — the size check, SHA-256, UTF-8 decoding, parsing, checking, verifying, summarising
// (summariseExportFile, as merge.worker.ts runs it) — and prints one JSON line: the outcome, the time,
// and the process's peak resident memory.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildBundle } from '../src/evidence/export/bundle';
import { MAX_BUNDLE_BYTES } from '../src/evidence/export/read-bundle';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal/seal';
import { generateSigningKeys, signBundle } from '../src/evidence/seal/signature';
import { summariseExportFile } from '../src/evidence/merge/summarise-file';
import { catalog, context, drafts, recordsPerMegabyte } from './evidence-fixtures';

const [mode, a, b] = process.argv.slice(2);
const MB = 1024 * 1024;
const UNDER = MAX_BUNDLE_BYTES - 64 * 1024; // the largest file the importer reads (64 MB less a little)
const encoder = new TextEncoder();

async function validExport(bytes: number): Promise<string> {
  const n = Math.floor((bytes / MB) * recordsPerMegabyte() * 0.97);
  const bundle = await signBundle(
    buildBundle(sealDrafts(drafts(n, 3), { seq: 0, hash: GENESIS_HASH }).sealed, context('M-HHHHHHHH')),
    await generateSigningKeys(),
  );
  return JSON.stringify(bundle);
}

const envelope = (records: string) =>
  `{"format":"sightline-evidence","version":4,"exportId":"export-hostile-0001","createdAt":"2026-11-22T10:00:00.000Z","extensionVersion":"0.1.0","ruleDbVersion":"2026.11.22","range":null,"redaction":"full","member":{"named":false,"code":"M-HHHHHHHH"},"entryCount":1,"chainHead":null,"records":${records}}`;

const CASES: Record<string, () => Promise<Uint8Array<ArrayBuffer>>> = {
  // 100 MB: any content; refused by its size before it is read or hashed.
  'over-limit-100mb': async () => new Uint8Array(100 * MB),
  // A real signed export at the limit with one count edited in its last records: everything is verified
  // up to the edit, the worst case for time.
  'edited-at-end-64mb': async () => {
    const text = await validExport(UNDER);
    const at = text.lastIndexOf('"count":');
    return encoder.encode(
      text.slice(0, at) + text.slice(at).replace(/"count":(\d+)/, (_m, n: string) => `"count":${Number(n) + 1}`),
    ) as Uint8Array<ArrayBuffer>;
  },
  'truncated-64mb': async () => encoder.encode((await validExport(UNDER)).slice(0, -100)) as Uint8Array<ArrayBuffer>,
  'invalid-utf8-at-end-64mb': async () => {
    const bytes = encoder.encode(await validExport(UNDER));
    const out = new Uint8Array(bytes.length + 1);
    out.set(bytes);
    out[bytes.length] = 0xff;
    return out;
  },
  // One value nested 32 million arrays deep.
  'nested-64mb': async () => {
    const depth = Math.floor((UNDER - 400) / 2);
    return encoder.encode(envelope(`[${'['.repeat(depth)}${']'.repeat(depth)}]`)) as Uint8Array<ArrayBuffer>;
  },
  // One record whose site is a 64 MB string.
  'huge-string-64mb': async () =>
    encoder.encode(
      envelope(`[{"seq":1,"kind":"first_seen","site":"${'x'.repeat(UNDER - 600)}"}]`),
    ) as Uint8Array<ArrayBuffer>,
  // A million records, each with a "__proto__" key and a duplicate key: every one flagged unreadable.
  'million-proto-records': async () => {
    const record = '{"__proto__":{"polluted":1},"seq":1,"seq":2}';
    return encoder.encode(
      envelope(`[${Array.from({ length: 1_000_000 }, () => record).join(',')}]`),
    ) as Uint8Array<ArrayBuffer>;
  },
  // A million numbers out of range where records belong.
  'million-out-of-range': async () =>
    encoder.encode(
      envelope(`[${Array.from({ length: 1_000_000 }, () => '1e309').join(',')}]`),
    ) as Uint8Array<ArrayBuffer>,
};

if (mode === 'build') {
  writeFileSync(b!, await CASES[a!]!());
} else {
  const data = new Uint8Array(readFileSync(a!)) as Uint8Array<ArrayBuffer>;
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const loaded = await summariseExportFile('hostile.json', data, catalog);
  const ms = performance.now() - start;
  const outcome = loaded.outcome.ok
    ? `${loaded.outcome.summary.integrity.status}: ${loaded.outcome.summary.integrity.detail ?? ''}`
    : `refused: ${loaded.outcome.error}`;
  console.log(
    JSON.stringify({
      mb: +(data.byteLength / MB).toFixed(1),
      ms: Math.round(ms),
      rssBeforeMb: Math.round(before / MB),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      polluted: ({} as { polluted?: unknown }).polluted !== undefined,
      outcome: outcome.slice(0, 160),
    }),
  );
}
