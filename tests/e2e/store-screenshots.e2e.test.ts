// scripts/screenshots.ts in real Chromium: it writes the store screenshots as PNGs of exactly 1280×800,
// each showing something (not one flat colour).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeScreenshots } from '../../scripts/screenshots';

const out = mkdtempSync(join(tmpdir(), 'sightline-shots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Width, height and the decompressed image data of a PNG, read from its own chunks. */
function readPng(file: Buffer): { width: number; height: number; data: Buffer } {
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    if (type === 'IHDR') [width, height] = [file.readUInt32BE(at + 8), file.readUInt32BE(at + 12)];
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, height, data: inflateSync(Buffer.concat(idat)) };
}

describe('scripts/screenshots.ts', () => {
  it('makes 1280×800 PNGs of the popup and the options page from the demo data', async () => {
    const files = await makeScreenshots(out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(['1-popup.png', '2-options.png']);
    for (const file of files) {
      const png = readPng(readFileSync(file));
      expect([png.width, png.height], file).toEqual([1280, 800]);
      // Many distinct byte values in the pixel rows: text and colour, not a blank page.
      expect(new Set(png.data).size, file).toBeGreaterThan(64);
    }
  }, 120_000);
});
