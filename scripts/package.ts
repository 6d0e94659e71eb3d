// `npm run package`: build both extensions and write, under release/, the store packages, the source
// package and SHA256SUMS. Every zip is deterministic (scripts/zip.ts): entries sorted, one timestamp
// (SOURCE_DATE_EPOCH, by default the commit's time), so two clones of one commit give the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sourceInstructions } from './source-instructions';
import { readZip, writeZip, type ZipEntry } from './zip';

const root = join(import.meta.dirname, '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const release = join(root, 'release');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const inGit = existsSync(join(root, '.git'));

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

function sourceDateEpoch(): number {
  const given = process.env.SOURCE_DATE_EPOCH;
  if (given !== undefined) {
    if (!/^\d+$/.test(given)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${given}"`);
    return Number(given);
  }
  if (!inGit) throw new Error("not a git checkout: set SOURCE_DATE_EPOCH (BUILDING.md gives the release's value)");
  return Number(git('log', '-1', '--format=%ct').trim());
}

function filesUnder(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(dir, path).split('\\').join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

function build(): void {
  // A plain environment: NODE_ENV=test (vitest) or development would change what Vite emits.
  const env = { ...process.env };
  delete env.NODE_ENV;
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** web-ext lint over dist/firefox, as AMO's validator sees it; any error stops the release. */
function lintFirefox(): number {
  let output: string;
  try {
    output = execFileSync(
      bin('web-ext'),
      ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
    );
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? ''); // web-ext exits 1 when it finds errors
  }
  const report = JSON.parse(output) as {
    summary: { errors: number; warnings: number };
    errors: { code: string; message: string; file?: string }[];
  };
  if (report.summary.errors > 0) {
    throw new Error(
      `web-ext lint found ${report.summary.errors} errors:\n${report.errors.map((e) => `  ${e.code}: ${e.message} (${e.file ?? ''})`).join('\n')}`,
    );
  }
  return report.summary.warnings;
}

/**
 * The Firefox package is what `web-ext build` zips (its file selection is the reference), rewritten
 * deterministically: web-ext stamps every entry with the time of the build and lists files in directory
 * order, so its own zip differs on every run.
 */
function firefoxEntries(): ZipEntry[] {
  const out = mkdtempSync(join(tmpdir(), 'sightline-web-ext-'));
  try {
    execFileSync(
      bin('web-ext'),
      [
        'build',
        '--source-dir',
        'dist/firefox',
        '--artifacts-dir',
        out,
        '--filename',
        'web-ext.zip',
        '--overwrite-dest',
        '--no-config-discovery',
      ],
      { cwd: root, stdio: 'ignore' },
    );
    const entries = readZip(readFileSync(join(out, 'web-ext.zip'))).map(({ name, data }) => ({ name, data }));
    const built = new Map(filesUnder(join(root, 'dist', 'firefox')).map((e) => [e.name, e.data]));
    for (const { name, data } of entries) {
      if (!built.get(name)?.equals(data))
        throw new Error(`web-ext build's zip has ${name}, which differs from dist/firefox`);
    }
    if (entries.length !== built.size)
      throw new Error(`web-ext build left out ${built.size - entries.length} files of dist/firefox`);
    return entries;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The files git tracks, as they are in the working tree (what was just built), with their exec bits. */
function sourceEntries(): ZipEntry[] {
  const dirty = git('status', '--porcelain', '--untracked-files=no').trim();
  if (dirty) console.warn(`warning: uncommitted changes; the source package holds them, but no commit does:\n${dirty}`);
  const out: ZipEntry[] = [];
  for (const line of git('ls-files', '-s', '-z').split('\0').filter(Boolean)) {
    const [meta = '', path = ''] = line.split('\t');
    const mode = meta.split(' ')[0];
    if (mode === '120000' || mode === '160000')
      throw new Error(`${path}: symlinks and submodules cannot go into the source package`);
    if (!existsSync(join(root, path))) throw new Error(`${path} is tracked but missing from the working tree`);
    out.push({ name: path, data: readFileSync(join(root, path)), executable: mode === '100755' });
  }
  return out;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const started = Date.now();
const epoch = sourceDateEpoch();
build();
const warnings = lintFirefox();
const packages = new Map<string, Buffer>([
  [`sightline-${version}-chrome.zip`, writeZip(filesUnder(join(root, 'dist', 'chrome')), epoch)],
  [`sightline-${version}-firefox.zip`, writeZip(firefoxEntries(), epoch)],
]);
const sums = Object.fromEntries([...packages].map(([name, data]) => [name, sha256(data)]));
if (inGit) {
  const instructions = sourceInstructions({
    version,
    epoch,
    node: process.versions.node,
    zlib: process.versions.zlib ?? 'unknown',
    sums,
  });
  const source = sourceEntries();
  if (source.some((e) => e.name === 'BUILDING.md'))
    throw new Error('BUILDING.md is tracked: the source package writes its own');
  packages.set(
    `sightline-${version}-source.zip`,
    writeZip([...source, { name: 'BUILDING.md', data: Buffer.from(instructions) }], epoch),
  );
} else {
  console.warn('not a git checkout: no source package (it is made from the files git tracks)');
}

rmSync(release, { recursive: true, force: true });
mkdirSync(release);
for (const [name, data] of packages) writeFileSync(join(release, name), data);
const lines = [...packages].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, data]) => `${sha256(data)}  ${name}\n`);
writeFileSync(join(release, 'SHA256SUMS'), lines.join(''));
for (const [name, data] of packages) console.log(`${name}  ${(data.length / 1024).toFixed(0)} KB`);
console.log(
  `release/ written for ${version} (SOURCE_DATE_EPOCH=${epoch}, web-ext lint: 0 errors, ${warnings} warnings) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
