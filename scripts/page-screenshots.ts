// `npm run screenshots`: every page of the extension, in light and in dark, from the demo data, as
// 1280×800 PNGs in docs/screenshots/ (made from the code, so remade, not kept; the README shows two of
// them, docs/screenshots/overview-light.png and popup-dark.png, which are committed). The built
// extension in real Chromium, the bundled demo work app on loopback, the sample employer policy
// imported, and for the rep view twenty generated members' exports (the shapes the extension writes).
// Uses the current dist/chrome: `npm run build` first (the CLI does).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, openPopupFor } from '../tests/e2e/browser';
import { openDemoBrowser } from './demo-browser';
import { ROUTES } from '../src/dashboard/routes';
import { distinctMemberExportTexts } from '../bench/evidence-fixtures';

const root = join(import.meta.dirname, '..');
const SIZE = { width: 1280, height: 800 } as const;
export const SCHEMES = ['light', 'dark'] as const;
/** The pages, in the order they are written: the popup, each app section, the rep view, welcome, capture. */
export const PAGES = ['popup', ...ROUTES.map((r) => `app-${r}`), 'rep-view', 'welcome', 'capture'] as const;

/** Make every page in both colour schemes into outDir; returns the files written. */
export async function makePageScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const { browser, base, tabId, close } = await openDemoBrowser();
  const written: string[] = [];
  try {
    const members = distinctMemberExportTexts(
      Array.from({ length: 20 }, (_, i) => i + 1),
      200,
    ).map((text, i) => ({ name: `member-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) }));

    const open = async (name: (typeof PAGES)[number]): Promise<Page> => {
      if (name === 'popup') {
        const popup = await openPopupFor(browser, tabId);
        await popup.getByTestId('verdict').waitFor();
        return popup;
      }
      const page = await browser.context.newPage();
      if (name.startsWith('app-')) {
        const route = name.slice(4);
        await page.goto(`${base}/src/options/index.html#${route}`);
        await page.locator(`main[data-route="${route}"]`).waitFor();
      } else if (name === 'rep-view') {
        await page.goto(`${base}/src/rep/index.html`);
        await page.getByTestId('rep-files').setInputFiles(members);
        await eventually(
          'the rep view merged the files',
          async () => (await page.getByTestId('rep-summary').getAttribute('data-merged')) !== null,
          60_000,
        );
      } else if (name === 'welcome') {
        await page.goto(`${base}/src/welcome/index.html`);
      } else {
        await page.goto(`${base}/src/capture-page/index.html`);
      }
      return page;
    };

    for (const name of PAGES) {
      const page = await open(name);
      await page.setViewportSize(SIZE);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(250);
        const path = join(outDir, `${name}-${colorScheme}.png`);
        await page.screenshot({ path, fullPage: false });
        written.push(path);
      }
      await page.close();
    }
    return written;
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  for (const file of await makePageScreenshots(join(root, 'docs', 'screenshots'))) console.log(`wrote ${file}`);
}
