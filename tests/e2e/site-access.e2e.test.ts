// What a work site may use, read from the extension side in real Chromium: the permissions the person
// granted the site (granted here through the browser, as a person's "Allow" would), shown in the popup
// with the products whose documentation says they record typing; and page globals read without
// mistaking the DOM's named elements for a monitoring script.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, openPopupFor, readReport, tabIdOf, WORK_SITE, type Launched, type ReportShape } from './browser';
import { useObservedBrowser } from './session';

let browser: Launched;
useObservedBrowser((session) => {
  ({ browser } = session);
});

/** The demo work app's front page: Fullstory (which records typing, by its documentation), Hotjar and Pendo. */
const TIMESHEETS = `${WORK_SITE}/`;
const DIRECTORY = `${WORK_SITE}/sites/team/directory.html`;

async function reportOnceRead(url: string): Promise<{ tabId: number; report: ReportShape }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = (await tabIdOf(browser, url))!;
  const report = await eventually(
    `the page reading of ${url}`,
    async () => {
      const r = await readReport(browser, tabId);
      return r?.access ? r : undefined;
    },
    15_000,
  );
  return { tabId, report };
}

describe('permissions a work site holds', () => {
  let timesheets: { tabId: number; report: ReportShape };

  beforeAll(async () => {
    await browser.context.grantPermissions(['camera', 'microphone', 'geolocation', 'clipboard-read'], {
      origin: WORK_SITE,
    });
    timesheets = await reportOnceRead(TIMESHEETS);
  }, 30_000);

  it('are read after load, in a fixed order, without anything running in the page', () => {
    expect(timesheets.report.access!.granted).toEqual(['camera', 'microphone', 'location', 'clipboard_read']);
    // Chromium has no live capture state to give.
    expect(timesheets.report.access!.live).toBeUndefined();
  });

  it('show in the popup, with the products here that can record typing and what Sightline no longer watches', async () => {
    const popup = await openPopupFor(browser, timesheets.tabId);
    try {
      const granted = await popup.getByTestId('access-granted').textContent();
      expect(granted).toBe(
        'You have allowed this site to use: Your camera, Your microphone, Your location, What you copied (clipboard read).',
      );
      expect(await popup.getByTestId('access-typing').textContent()).toBe(
        "Can record what you type, according to its maker's documentation: Fullstory.",
      );
      expect(await popup.getByTestId('site-access').textContent()).toContain('does not watch inside the page');
    } finally {
      await popup.close();
    }
  });

  it('are gone once the person withdraws them', async () => {
    await browser.context.clearPermissions();
    const again = await reportOnceRead(`${TIMESHEETS}?again`);
    expect(again.report.access!.granted).toEqual([]);
    const popup = await openPopupFor(browser, again.tabId);
    expect(await popup.getByTestId('access-granted').textContent()).toContain('You have not allowed this site');
    await popup.close();
  });
});

describe('page globals', () => {
  it("are the page's own: elements whose ids are monitoring tools' global names do not count", async () => {
    const { report } = await reportOnceRead(DIRECTORY);
    expect(Object.keys(report.findings)).toEqual([]);
  });
});
