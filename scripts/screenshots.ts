// `npm run store:screenshots`: the store screenshots (1280×800 PNG, the size both stores take), made
// from the demo data the way `npm run demo` makes its popup shot: the built extension in real Chromium,
// the bundled demo work app on loopback, the sample employer policy imported. Written to
// store/screenshots/ (not committed: they are made from the code, so they are remade, not kept).
// Uses the current dist/chrome: `npm run build` first (the CLI does).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPopupFor } from '../tests/e2e/browser';
import { openDemoBrowser } from './demo-browser';

const root = join(import.meta.dirname, '..');
export const SIZE = { width: 1280, height: 800 } as const;

/** Make the screenshots into outDir; returns the files written. */
export async function makeScreenshots(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const { browser, options, work: page, tabId, close } = await openDemoBrowser();
  const written: string[] = [];
  const shoot = async (page: import('playwright-core').Page, name: string) => {
    const path = join(outDir, name);
    await page.setViewportSize(SIZE);
    await page.waitForTimeout(300);
    await page.screenshot({ path, fullPage: false });
    written.push(path);
  };
  try {
    // The demo intranet page with the popup open over it, as a person sees it: the two are captured
    // apart (a headless popup has no window of its own) and laid together in a blank page.
    await page.setViewportSize(SIZE);
    const backdrop = await page.screenshot();
    const popup = await openPopupFor(browser, tabId);
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.waitForTimeout(300);
    const popupShot = await popup.screenshot();
    await popup.close();
    const sheet = await browser.context.newPage();
    const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await sheet.setContent(
      `<body style="margin:0;overflow:hidden"><img src="${img(backdrop)}" style="position:absolute;left:0;top:0">` +
        `<img src="${img(popupShot)}" style="position:absolute;right:24px;top:8px;border:1px solid #999;box-shadow:0 4px 18px rgba(0,0,0,.35)"></body>`,
    );
    await shoot(sheet, '1-popup.png');
    await sheet.close();
    // The options page: the declared policy and the evidence log the visit above wrote.
    await options.reload();
    await options.getByTestId('declarations').waitFor();
    await shoot(options, '2-options.png');
    await options.close();
    return written;
  } finally {
    await close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  for (const file of await makeScreenshots(join(root, 'store', 'screenshots'))) console.log(`wrote ${file}`);
}
