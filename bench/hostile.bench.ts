// `npm run bench:hostile`: time and memory for hostile files at and over the size limit, read the way the
// rep view reads each file (bench/hostile-case.ts: each file is built by one process and read by another,
// so each peak is the reading's own). Not a timed test: the figures depend on the machine. "Peak" is the
// reading process's peak resident memory, the file's bytes and Node's own ~100 MB included; "before" is
// that process with the file loaded, before reading. Ends with a RESULT line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CASES = [
  'over-limit-100mb',
  'edited-at-end-64mb',
  'truncated-64mb',
  'invalid-utf8-at-end-64mb',
  'nested-64mb',
  'huge-string-64mb',
  'million-proto-records',
  'million-out-of-range',
];
const only = process.argv.slice(2).filter((a) => a !== '--');
const results: { name: string; ms: number; peakRssMb: number }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'sightline-hostile-'));
const run = (...args: string[]) =>
  execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      new URL('./hostile-case.ts', import.meta.url).pathname,
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
for (const name of only.length > 0 ? only : CASES) {
  const file = join(dir, `${name}.json`);
  run('build', name, file);
  const line = run('read', file).trim().split('\n').at(-1)!;
  rmSync(file);
  const result = {
    name,
    ...(JSON.parse(line) as {
      mb: number;
      ms: number;
      rssBeforeMb: number;
      peakRssMb: number;
      polluted: boolean;
      outcome: string;
    }),
  };
  results.push(result);
  console.log(
    `${name}: ${result.mb} MB in ${result.ms} ms, peak RSS ${result.peakRssMb} MB (${result.rssBeforeMb} MB before reading); ${result.polluted ? 'PROTOTYPE POLLUTED; ' : ''}${result.outcome}`,
  );
}
rmSync(dir, { recursive: true });
console.log(`RESULT ${results.map((r) => `${r.name}_ms=${r.ms} ${r.name}_peak_rss_mb=${r.peakRssMb}`).join(' ')}`);
