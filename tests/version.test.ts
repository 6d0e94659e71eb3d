// One version source: package.json's "version". manifest.json carries none, the build writes it into
// both browsers' manifests (vite.config.ts), and CHANGELOG.md's newest entry is that version.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readJson = (...path: string[]) =>
  JSON.parse(readFileSync(join(root, ...path), 'utf8')) as Record<string, unknown>;
const version = readJson('package.json').version as string;

describe('the version', () => {
  it('is a plain x.y.z in package.json, as both stores accept', () => {
    // Chrome allows 1-4 dot-separated integers; Firefox also accepts that form. No pre-release tags.
    expect(version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
  });

  it('is written nowhere else by hand: manifest.json has none, package-lock.json agrees', () => {
    expect(readJson('manifest.json')).not.toHaveProperty('version');
    const lock = readJson('package-lock.json') as { version: string; packages: Record<string, { version?: string }> };
    expect(lock.version).toBe(version);
    expect(lock.packages['']?.version).toBe(version);
  });

  it.each(['chrome', 'firefox'])('is in the built %s manifest', (target) => {
    const path = join(root, 'dist', target, 'manifest.json');
    if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does)`);
    expect(readJson('dist', target, 'manifest.json').version).toBe(version);
  });

  it('heads CHANGELOG.md, whose entries run newest first', () => {
    const headings = [...readFileSync(join(root, 'CHANGELOG.md'), 'utf8').matchAll(/^## (\S+)/gm)].map((m) => m[1]!);
    expect(headings[0]).toBe(version);
    const asNumber = (v: string) => v.split('.').reduce((n, part) => n * 1000 + Number(part), 0);
    expect(headings.map(asNumber)).toEqual(headings.map(asNumber).sort((a, b) => b - a));
    expect(new Set(headings).size).toBe(headings.length);
  });
});
