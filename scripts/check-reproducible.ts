// `npm run release:reproducible`: clone the current commit twice into fresh temporary directories,
// run `npm run package` in each, and compare every file under release/ byte for byte.
// Each clone links this checkout's node_modules instead of running `npm ci` (no network here, and the
// dependencies are pinned by package-lock.json either way): what is compared is everything the build
// makes from the commit's files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface Clone {
  dir: string;
  /** file name under release/ -> sha256 */
  files: Record<string, string>;
  seconds: number;
}

export interface Comparison {
  commit: string;
  clones: [Clone, Clone];
  /** Files missing on one side or with different bytes; empty when reproducible. */
  differences: string[];
  cleanUp(): void;
}

function packageIn(commit: string): Clone {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'sightline-clone-'));
  execFileSync('git', ['clone', '--quiet', '--no-checkout', '--no-hardlinks', root, dir], { stdio: 'ignore' });
  execFileSync('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', commit], {
    cwd: dir,
    stdio: 'ignore',
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // A plain environment, as a reviewer's shell would be: no NODE_ENV, no SOURCE_DATE_EPOCH from ours.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  execFileSync('node', ['--import', 'tsx', 'scripts/package.ts'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'release')).sort()) {
    files[name] = createHash('sha256')
      .update(readFileSync(join(dir, 'release', name)))
      .digest('hex');
  }
  return { dir, files, seconds: (Date.now() - started) / 1000 };
}

export function packageTwice(): Comparison {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const first = packageIn(commit);
  const second = packageIn(commit);
  const names = [...new Set([...Object.keys(first.files), ...Object.keys(second.files)])].sort();
  const differences = names.filter(
    (name) => first.files[name] === undefined || first.files[name] !== second.files[name],
  );
  return {
    commit,
    clones: [first, second],
    differences,
    cleanUp: () => {
      for (const { dir } of [first, second]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = packageTwice();
  try {
    const [first, second] = result.clones;
    console.log(
      `commit ${result.commit}: packaged in two fresh clones (${first.seconds.toFixed(1)} s, ${second.seconds.toFixed(1)} s)`,
    );
    for (const [name, sum] of Object.entries(first.files)) console.log(`  ${sum}  ${name}`);
    if (result.differences.length > 0) {
      console.error(`NOT REPRODUCIBLE: ${result.differences.join(', ')} differ`);
      process.exitCode = 1;
    } else {
      console.log(`REPRODUCIBLE: ${Object.keys(first.files).length} files byte-identical`);
    }
  } finally {
    result.cleanUp();
  }
}
