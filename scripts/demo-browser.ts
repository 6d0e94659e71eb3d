// The demo state both screenshot scripts start from: the built extension in real Chromium, the bundled
// demo work app on loopback, the sample employer policy imported, and the work app open with its
// findings recorded. Uses the current dist/chrome.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../tests/fixtures/server';
import {
  eventually,
  launchChromium,
  readReport,
  tabIdOf,
  waitUntilObserving,
  WORK_SITE,
  type Launched,
} from '../tests/e2e/browser';

const root = join(import.meta.dirname, '..');

export interface DemoBrowser {
  server: FixtureServer;
  browser: Launched;
  /** chrome-extension://<id> */
  base: string;
  /** The options page, on #policy, with the sample policy imported. */
  options: Page;
  /** The demo work app's tab, its findings recorded. */
  work: Page;
  tabId: number;
  close(): Promise<void>;
}

export async function openDemoBrowser(): Promise<DemoBrowser> {
  const server = await startFixtureServer();
  const browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    await waitUntilObserving(browser);
    const base = `chrome-extension://${browser.extensionId}`;
    const options = await browser.context.newPage();
    await options.goto(`${base}/src/options/index.html#policy`);
    await options
      .getByTestId('declaration-import')
      .setInputFiles(join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json'));
    await options.getByTestId('declaration-message').waitFor();
    const work = await browser.context.newPage();
    await work.goto(`${WORK_SITE}/`);
    await work.mouse.move(200, 200);
    await work.mouse.wheel(0, 200);
    const tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
    await eventually(
      'findings on the demo work app',
      async () => Object.keys((await readReport(browser, tabId))?.findings ?? {}).length >= 4,
      15_000,
    );
    return { server, browser, base, options, work, tabId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
