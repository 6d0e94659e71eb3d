// The popup and options page with real content: no serious or critical axe-core violations, usable by
// keyboard alone, and no sideways scrolling at 200 % zoom.
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useObservedBrowser } from './session';
import { eventually, openPopupFor, readReport, tabIdOf, WORK_SITE, type Launched } from './browser';
import { overflowingAt200, overflowsAt200 } from './zoom';
import { optionsUrl, showSection } from './options-app';
import { ROUTES } from '../../src/dashboard/routes';

let browser: Launched;
let tabId: number;

useObservedBrowser(async (session) => {
  ({ browser } = session);
  const page = await browser.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
  await eventually('findings', async () => Object.keys((await readReport(browser, tabId))?.findings ?? {}).length >= 4);
});

describe('popup', () => {
  it('has no serious or critical axe violations, with findings open', async () => {
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('finding-fullstory').waitFor();
    await popup.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it("follows the system's dark mode, from the shared tokens, with no serious or critical axe violations", async () => {
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('finding-fullstory').waitFor();
    const paper = () => popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await paper();
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await paper()).not.toBe(light);
    expect(await paper()).toBe('rgb(17, 24, 39)');
    await popup.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('opens "why flagged" with the keyboard alone', async () => {
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('finding-fullstory').waitFor();
    const summary = popup.getByTestId('finding-fullstory').locator('summary');
    for (let i = 0; i < 30 && !(await summary.evaluate((el) => el === document.activeElement)); i++)
      await popup.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    expect(
      await popup
        .getByTestId('finding-fullstory')
        .locator('details')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await popup.close();
  });

  it('does not scroll sideways at 200 % zoom in a popup-sized window', async () => {
    const popup = await openPopupFor(browser, tabId);
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.getByTestId('finding-fullstory').waitFor();
    expect(await overflowsAt200(popup)).toBe(false);
    await popup.close();
  });
});

describe('options page', () => {
  it('has no serious or critical axe violations in any section, light and dark, with the log filled in', async () => {
    const options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'evidence'));
    await options.getByTestId('log-table').waitFor();
    // The app shows one section at a time: each is checked on its own.
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      for (const route of ROUTES) {
        await showSection(options, route);
        expect({ colorScheme, route, violations: await seriousViolations(options) }).toEqual({
          colorScheme,
          route,
          violations: [],
        });
      }
    }
    await options.close();
  });

  it('does not scroll sideways at 200 % zoom in a narrow window, in any section', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 640, height: 800 });
    await options.goto(optionsUrl(browser.extensionId, 'evidence'));
    await options.getByTestId('log-table').waitFor();
    for (const route of ROUTES) {
      await showSection(options, route);
      expect({ route, overflowing: await overflowingAt200(options) }).toEqual({ route, overflowing: [] });
    }
    await options.close();
  });
});
