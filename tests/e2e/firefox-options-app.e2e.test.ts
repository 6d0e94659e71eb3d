// The options app in real Firefox: the bare address lands on the overview, each section has its own
// address and shows alone, the navigation moves between them and marks the current one, and the
// browser's back button returns. Needs no fixture server (nothing here browses), so no ports are bound;
// run it under the shared lock anyway, as every Firefox file is. Skipped, saying why, without firefox-esr.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { ROUTES, type RouteId } from '../../src/dashboard/routes';
import { eventually } from './browser';
import { countOf, launchFirefox, openExtensionPage, type FirefoxLaunched } from './firefox';

const firefox = ensureFirefox();
if (!firefox.path) console.log(`Skipping the Firefox options-app test: ${firefox.reason}`);

/** One element each section alone shows. */
const MARKS: Record<RouteId, string> = {
  overview: 'dash-summary',
  evidence: 'log-empty',
  policy: 'declarations',
  reports: 'letter-draft',
  rep: 'open-rep-view',
  settings: 'scope-input',
};

const routeOf = (page: Page) => page.$eval('main', (main) => main.getAttribute('data-route'));
const current = (page: Page) =>
  page.$$eval('[aria-current=page]', (links) => links.map((a) => a.getAttribute('data-testid')));

async function expectOnly(page: Page, route: RouteId): Promise<void> {
  await eventually(
    `#${route} to show`,
    async () => (await routeOf(page)) === route && (await countOf(page, MARKS[route])) === 1,
  );
  expect(await current(page)).toEqual([`nav-${route}`]);
  for (const other of ROUTES)
    if (other !== route) expect({ other, shown: await countOf(page, MARKS[other]) }).toEqual({ other, shown: 0 });
}

describe.skipIf(!firefox.path)('in Firefox, the options app', () => {
  let ff: FirefoxLaunched | undefined;
  let app: Page;

  beforeAll(async () => {
    ff = await launchFirefox(firefox.path!);
    app = await openExtensionPage(ff, 'src/options/index.html');
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
  });

  it('lands on the overview from the bare address, one section at a time', async () => {
    await expectOnly(app, 'overview');
    expect(await app.evaluate(() => location.hash)).toBe('');
  });

  it('moves to every section from the navigation, focus on its heading, and back with the browser', async () => {
    for (const route of ROUTES.slice(1)) {
      await app.click(`[data-testid=nav-${route}]`);
      await expectOnly(app, route);
      expect(await app.evaluate(() => location.hash)).toBe(`#${route}`);
      expect(await app.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    }
    await app.evaluate(() => history.back());
    await expectOnly(app, ROUTES.at(-2)!);
  });

  it("opens a section by its address, and the popup's older #declarations link", async () => {
    const settings = await openExtensionPage(ff!, 'src/options/index.html#settings');
    await expectOnly(settings, 'settings');
    const declarations = await openExtensionPage(ff!, 'src/options/index.html#declarations');
    await expectOnly(declarations, 'policy');
  });
});
