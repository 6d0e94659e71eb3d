// `sightline verify FILE…`: capture-evidence files are checked here (seal, signature); every other file
// goes to scripts/verify.ts, unchanged, as `npm run verify` runs it (chains, records, signatures, key
// changes), in a child process so its exit code and wording stay its own.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCaptureText } from '../src/capture/read-capture-file';
import { verifyCapture } from '../src/capture/seal-capture';
import { signerLabel } from '../src/evidence/seal/key-changes';

const CAPTURE_START = /^\s*\{[^]{0,400}?"format"\s*:\s*"sightline-capture"/;

/** Whether the file's first bytes say it is capture evidence (read only its head). */
function isCaptureFile(file: string): boolean {
  try {
    return CAPTURE_START.test(readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 600));
  } catch {
    return false;
  }
}

export async function verifyCaptureFile(file: string, say: (line: string) => void): Promise<boolean> {
  const parsed = parseCaptureText(readFileSync(file, 'utf8'), statSync(file).size);
  if (!parsed.ok) {
    say(`${basename(file)}: NOT VERIFIED — ${parsed.error}`);
    return false;
  }
  const capture = parsed.file;
  const result = await verifyCapture(capture);
  if (!result.intact) {
    say(`${basename(file)}: BROKEN — ${result.reason} (capture evidence, ${signerLabel(result.signature)})`);
    return false;
  }
  const signer =
    result.signature.status === 'valid'
      ? `signed by key ${result.signature.fingerprint}`
      : 'UNSIGNED (sealed by the standalone page or the command line: anyone could re-seal an edited copy)';
  const findings = capture.sites.reduce((n, s) => n + s.findings.length, 0);
  say(
    `${basename(file)}: INTACT — capture evidence of HAR ${capture.har.sha256.slice(0, 16)}…, ${findings} findings on ${capture.sites.map((s) => s.site).join(', ') || 'no site'}, ${signer}. It cannot show the HAR was not edited before it was scanned.`,
  );
  return true;
}

/** 0 when every file is intact, 1 otherwise (as npm run verify). */
export async function verifyFiles(files: readonly string[], say: (line: string) => void): Promise<number> {
  const captures = files.filter(isCaptureFile);
  const exports = files.filter((f) => !captures.includes(f));
  let good = true;
  for (const file of captures) good = (await verifyCaptureFile(file, say)) && good;
  if (exports.length > 0) {
    const run = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, 'verify.ts'), ...exports],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    for (const line of run.stdout.split('\n').filter(Boolean)) say(line);
    if (run.stderr.trim()) say(run.stderr.trim());
    good = run.status === 0 && good;
  }
  return good ? 0 : 1;
}
