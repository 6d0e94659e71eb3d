// `npm run package` in two fresh clones of the current commit (scripts/check-reproducible.ts; each
// clone links this checkout's node_modules rather than running npm ci, as there is no network): the
// four release files are byte-identical, each zip holds exactly what it should, and a reviewer who
// follows BUILDING.md from the source package alone gets the same Firefox zip.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageTwice, type Comparison } from '../scripts/check-reproducible';
import { readZip } from '../scripts/zip';

const root = join(import.meta.dirname, '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const zips = ['chrome', 'firefox', 'source'].map((kind) => `sightline-${version}-${kind}.zip`);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let result: Comparison;
let clone: string;
let commitTime: number;
const cleanUps: string[] = [];

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

async function unzipped(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const file of Object.values(zip.files))
    if (!file.dir) out.set(file.name, Buffer.from(await file.async('uint8array')));
  return out;
}

beforeAll(() => {
  result = packageTwice();
  clone = result.clones[0].dir;
  commitTime = Number(
    execFileSync('git', ['log', '-1', '--format=%ct', result.commit], { cwd: root, encoding: 'utf8' }).trim(),
  );
}, 300_000);

afterAll(() => {
  result?.cleanUp();
  for (const dir of cleanUps) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package, in two fresh clones of the commit', () => {
  it('writes the three zips and SHA256SUMS, byte-identical in both clones', () => {
    expect(Object.keys(result.clones[0].files)).toEqual(['SHA256SUMS', ...zips]);
    expect(result.differences).toEqual([]);
  });

  it('lists each zip in SHA256SUMS with its hash', () => {
    const lines = readFileSync(join(clone, 'release', 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toEqual(zips.map((name) => `${sha256(readFileSync(join(clone, 'release', name)))}  ${name}`));
  });

  it.each([
    ['chrome', 0],
    ['firefox', 1],
  ] as const)(
    'puts exactly dist/%s into its zip, every entry stamped with the commit time, in sorted order',
    async (target, index) => {
      const path = join(clone, 'release', zips[index]!);
      const inZip = await unzipped(path);
      const built = filesUnder(join(clone, 'dist', target));
      expect([...inZip.keys()].sort()).toEqual([...built.keys()].sort());
      for (const [name, data] of built) expect(inZip.get(name)!.equals(data), name).toBe(true);
      const names = readZip(readFileSync(path)).map((e) => e.name);
      expect(names).toEqual([...names].sort());
      const t = new Date(commitTime * 1000);
      const stamps = new Set(readZip(readFileSync(path)).map((e) => `${e.date}/${e.time}`));
      expect([...stamps]).toEqual([
        `${((t.getUTCFullYear() - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate()}/${(t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | (t.getUTCSeconds() >> 1)}`,
      ]);
      expect((JSON.parse(inZip.get('manifest.json')!.toString()) as { version: string }).version).toBe(version);
    },
  );

  it('puts the files git tracks at the commit, and BUILDING.md, into the source zip', async () => {
    const inZip = await unzipped(join(clone, 'release', zips[2]!));
    const tracked = execFileSync('git', ['ls-tree', '-r', '--name-only', result.commit], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect([...inZip.keys()].sort()).toEqual([...tracked, 'BUILDING.md'].sort());
    const packageJson = execFileSync('git', ['show', `${result.commit}:package.json`], { cwd: root });
    expect(inZip.get('package.json')!.equals(packageJson)).toBe(true);
    const building = inZip.get('BUILDING.md')!.toString();
    expect(building).toContain('npm ci\nnpm run build');
    expect(building).toContain(`SOURCE_DATE_EPOCH=${commitTime} npm run package`);
    expect(building).toContain(`${result.clones[0].files[zips[1]!]}  ${zips[1]}`);
  });
});

describe('a reviewer following BUILDING.md from the source zip alone (no git)', () => {
  it('gets the same Firefox zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-reviewer-'));
    cleanUps.push(dir);
    for (const [name, data] of await unzipped(join(clone, 'release', zips[2]!))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const building = readFileSync(join(dir, 'BUILDING.md'), 'utf8');
    const epoch = /SOURCE_DATE_EPOCH=(\d+) npm run package/.exec(building)![1]!;
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir'); // stands in for `npm ci`
    execFileSync('node', ['--import', 'tsx', 'scripts/package.ts'], {
      cwd: dir,
      stdio: 'ignore',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: epoch },
    });
    expect(readdirSync(join(dir, 'release')).sort()).toEqual(['SHA256SUMS', zips[0], zips[1]]);
    const listed = new RegExp(`([0-9a-f]{64})  ${zips[1]!.replaceAll('.', '\\.')}`).exec(building)![1];
    expect(sha256(readFileSync(join(dir, 'release', zips[1]!)))).toBe(listed);
  }, 120_000);
});
