// Real Chromium, built extension, loopback fixtures: what a worker sees on the demo work app, and that
// personal browsing stays out of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import { useObservedBrowser } from './session';
import {
  eventually,
  EXPECTED_ON_TIMESHEETS,
  openPopupFor,
  readLogEntries,
  readReport,
  tabIdOf,
  WORK_SITE,
  type Launched,
} from './browser';

let server: FixtureServer;
let browser: Launched;

useObservedBrowser((session) => {
  ({ server, browser } = session);
});

describe('on an in-scope work app', () => {
  let tabId: number;

  beforeAll(async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORK_SITE}/`);
    await page.waitForLoadState('load');
    tabId = (await tabIdOf(browser, `${WORK_SITE}/*`))!;
    await eventually('all expected findings', async () => {
      const report = await readReport(browser, tabId);
      return (
        report &&
        EXPECTED_ON_TIMESHEETS.every((id) => report.findings[id]) &&
        report.findings.fullstory!.signals.some((s) => s.source === 'page')
      );
    });
  }, 30_000);

  it('records each monitoring product with redacted evidence and page-reported globals', async () => {
    const report = (await readReport(browser, tabId))!;
    expect(report.site).toBe('contoso.sharepoint.com');
    expect(Object.keys(report.findings).sort()).toEqual(EXPECTED_ON_TIMESHEETS);
    const fullstory = report.findings.fullstory!.signals;
    expect(fullstory).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          value: 'rs.fullstory.com',
          evidence: 'https://rs.fullstory.com/rec/page',
          source: 'network',
        }),
        expect.objectContaining({ value: 'window._fs_org', source: 'page' }),
      ]),
    );
    // Identity in query strings never reaches storage.
    expect(JSON.stringify(report)).not.toMatch(/jo\.bloggs|UserId|OrgId|\?/);
  });

  it('keeps third parties that matched no rule, and never ordinary first-party requests', async () => {
    const report = (await readReport(browser, tabId))!;
    expect(Object.keys(report.unknownThirdParties)).toEqual(
      expect.arrayContaining(['metrics.unknown-vendor.example', 'res.cdn.office.net']),
    );
    expect(report.unknownThirdParties['contoso.sharepoint.com']).toBeUndefined();
  });

  it('shows the count on the badge and says so in the title', async () => {
    const text = await browser.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(text).toBe(String(EXPECTED_ON_TIMESHEETS.length));
    const title = await browser.worker!.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toContain(`${EXPECTED_ON_TIMESHEETS.length} monitoring products seen`);
  });

  it('lists the products in the popup with plain words and why each was flagged', async () => {
    const popup = await openPopupFor(browser, tabId);
    await expect.poll(() => popup.getByTestId('verdict').textContent()).toContain('4 products');
    for (const id of EXPECTED_ON_TIMESHEETS) expect(await popup.getByTestId(`finding-${id}`).count()).toBe(1);
    const fullstory = popup.getByTestId('finding-fullstory');
    expect(await fullstory.textContent()).toContain('what you type');
    expect(await fullstory.getByTestId('identifies').textContent()).toContain('tie what it records to you');
    await fullstory.locator('summary').click();
    // "Why flagged" renders when the details element's toggle event arrives, just after the click.
    await expect.poll(() => fullstory.locator('details').textContent()).toContain('https://rs.fullstory.com/rec/page');
    const why = await fullstory.locator('details').textContent();
    expect(why).toContain('Network-observed');
    expect(why).toContain('Page-reported');
    expect(await popup.getByTestId('category-platform_telemetry').count()).toBe(1);
    expect(await popup.getByTestId('cannot-see').textContent()).toContain('What a browser cannot see');
    // Chromium cannot show an extension the certificate chain: the TLS check says so instead of guessing.
    expect(await popup.getByTestId('tls').getAttribute('data-state')).toBe('unavailable');
    expect(await popup.getByTestId('tls').textContent()).toContain(
      'TLS interception check: not available in this browser',
    );
    await popup.close();
  });

  it('starts a fresh report when the tab moves to another site, and keeps counting within the site', async () => {
    const page = browser.context
      .pages()
      .find((p) => p.url().startsWith(`${WORK_SITE}/`) && !p.url().includes('sentinel'))!;
    await page.click('text=Team news');
    await eventually(
      'clarity on the news page',
      async () => (await readReport(browser, tabId))?.findings['microsoft-clarity'],
    );
    const sameSite = (await readReport(browser, tabId))!;
    expect(sameSite.findings.fullstory).toBeDefined();
    await page.goto('https://news.example/');
    await eventually('report removed on an out-of-scope site', async () => (await readReport(browser, tabId)) === null);
  });
});

describe('on a personal, out-of-scope site', () => {
  it('shows nothing and stores nothing, though the same trackers load', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://news.example/');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    const tabId = (await tabIdOf(browser, 'https://news.example/*'))!;
    expect(server.log.some((r) => r.host === 'rs.fullstory.com')).toBe(true);
    expect(await readReport(browser, tabId)).toBeNull();
    const stored = await browser.worker!.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(stored).not.toContain('news.example');
    const logSites = (await readLogEntries(browser)).map((e) => e.site);
    expect(logSites.length).toBeGreaterThan(0);
    expect(logSites.filter((s) => s !== 'contoso.sharepoint.com')).toEqual([]);
    const popup = await openPopupFor(browser, tabId);
    expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('out-of-scope');
    expect(await popup.getByTestId('findings').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
