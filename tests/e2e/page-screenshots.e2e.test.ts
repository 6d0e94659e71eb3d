// scripts/page-screenshots.ts (`npm run screenshots`) in real Chromium: every page of the extension in
// light and in dark, 1280×800, each showing something, and each dark shot really dark (a page that
// ignored prefers-color-scheme would give two equally bright shots and fail here).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePageScreenshots, PAGES, SCHEMES } from '../../scripts/page-screenshots';
import { meanBrightness, pixels, readPng } from './png';

const out = mkdtempSync(join(tmpdir(), 'sightline-page-shots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run screenshots', () => {
  it('writes every page in light and dark at 1280×800, the dark ones darker', async () => {
    const files = await makePageScreenshots(out);
    expect(files.map((f) => f.slice(out.length + 1))).toEqual(
      PAGES.flatMap((page) => SCHEMES.map((scheme) => `${page}-${scheme}.png`)),
    );
    for (const page of PAGES) {
      const [light, dark] = SCHEMES.map((scheme) => readPng(readFileSync(join(out, `${page}-${scheme}.png`))));
      for (const png of [light!, dark!]) {
        expect([png.width, png.height], page).toEqual([1280, 800]);
        expect(new Set(pixels(png)).size, `${page}: text and colour, not a blank page`).toBeGreaterThan(32);
      }
      const [l, d] = [meanBrightness(light!), meanBrightness(dark!)];
      expect(l, `${page} light is light`).toBeGreaterThan(150);
      expect(d, `${page} dark is dark`).toBeLessThan(100);
    }
  }, 240_000);
});
