// Two builds of the same source give byte-identical extensions: store review can rebuild what we ship,
// and no build carries anything unique (a page could tell installs of one version apart by it).
// The second build runs from a copy of the source at another path, so absolute paths, timestamps and
// randomness would all show. The first is the dist/ that `npm test` built.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

let copy: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'chrome', 'manifest.json')))
    throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
  copy = mkdtempSync(join(tmpdir(), 'sightline-rebuild-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // A plain environment, as `npm test` builds in: vitest's NODE_ENV=test would give a development build.
  execFileSync('node', ['scripts/build.mjs'], {
    cwd: copy,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
}, 180_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the build', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`gives a byte-identical dist/${target} from another checkout path`, () => {
      const first = digests(join(root, 'dist', target));
      const second = digests(join(copy, 'dist', target));
      expect(Object.keys(first).length).toBeGreaterThan(10);
      expect(second).toEqual(first);
    });
  }
});
