// Where `sightline merge` spends its CPU per file (bench:merge's follow-up): the phases of
// summariseExportFile timed one by one with process.cpuUsage (CPU time, so a busy machine does not
// distort it), the file read and hashed as the command line does (scripts/cli-file-bytes.ts), over the
// files bench:merge wrote. `tsx bench/cli-merge-profile.ts DIR [COUNT]`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle, verifyBundle } from '../src/evidence/export/read-bundle';
import { summariseBundle } from '../src/evidence/merge/member-summary';
import { decodeUtf8 } from '../src/evidence/merge/summarise-file';
import { captureEngineFromFiles } from '../scripts/capture-engine';
import { nodeSha256Hex, readFileBytes } from '../scripts/cli-file-bytes';

const [dir, count] = process.argv.slice(2);
const catalog = captureEngineFromFiles().catalog;
const names = readdirSync(dir!)
  .filter((n) => n.endsWith('.json'))
  .slice(0, Number(count ?? 50));
const phases = { read: 0, sha256: 0, decode: 0, parse: 0, verify: 0, summarise: 0 };
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const name of names) {
  let t = cpu();
  const lap = (phase: keyof typeof phases) => {
    const now = cpu();
    phases[phase] += now - t;
    t = now;
  };
  const data = readFileBytes(join(dir!, name));
  lap('read');
  nodeSha256Hex(data);
  lap('sha256');
  const decoded = decodeUtf8(data);
  if (!decoded.ok) throw new Error(decoded.error);
  lap('decode');
  const parsed = parseBundle(decoded.text, data.byteLength);
  if (!parsed.ok) throw new Error(parsed.error);
  lap('parse');
  const verification = await verifyBundle(parsed.bundle, parsed.unread);
  lap('verify');
  summariseBundle({ bundle: parsed.bundle, verification }, catalog);
  lap('summarise');
}
const total = Object.values(phases).reduce((a, b) => a + b, 0);
console.log(`${names.length} files, CPU ms per file: ${(total / names.length).toFixed(1)}`);
for (const [phase, ms] of Object.entries(phases))
  console.log(`  ${phase.padEnd(10)} ${(ms / names.length).toFixed(1)} ms (${((100 * ms) / total).toFixed(0)} %)`);
