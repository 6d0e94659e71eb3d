// scripts/screenshots.ts in real Chromium: it writes the store screenshots as PNGs of exactly 1280×800,
// each showing something (not one flat colour).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeScreenshots } from '../../scripts/screenshots';
import { pixels, readPng } from './png';

const out = mkdtempSync(join(tmpdir(), 'sightline-shots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scripts/screenshots.ts', () => {
  it('makes 1280×800 PNGs of the popup and the options page from the demo data', async () => {
    const files = await makeScreenshots(out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(['1-popup.png', '2-options.png']);
    for (const file of files) {
      const png = readPng(readFileSync(file));
      expect([png.width, png.height], file).toEqual([1280, 800]);
      // Many distinct byte values in the pixel rows: text and colour, not a blank page.
      expect(new Set(pixels(png)).size, file).toBeGreaterThan(64);
    }
  }, 120_000);
});
