// Real Chromium and real Firefox (each-browser.ts), built extension, loopback fixtures: what a worker
// sees on the demo work app — the products, their evidence, the badge and the popup — and that personal
// browsing stays out of it. Launches Firefox: run under `flock /tmp/sightline-ports.lock`.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_ON_TIMESHEETS, WORK_SITE } from './browser';
import { openTab, reportWhen, testId, type ExtensionBrowser, type PageHandle } from './driver';
import { forEachBrowser } from './each-browser';

/** The popup's TLS line: Chromium cannot show an extension the certificate chain; Firefox can (firefox.e2e). */
const TLS_STATE = { chromium: 'unavailable', firefox: 'private_root' } as const;

forEachBrowser('the demo work app', (session) => {
  let browser: ExtensionBrowser;
  let work: PageHandle;
  let tabId: number;

  beforeAll(async () => {
    ({ browser } = session());
    ({ page: work, tabId } = await openTab(browser, `${WORK_SITE}/`));
    await reportWhen(
      browser,
      tabId,
      'all expected findings',
      (report) =>
        EXPECTED_ON_TIMESHEETS.every((id) => report.findings[id]) &&
        report.findings.fullstory!.signals.some((s) => s.source === 'page'),
    );
  }, 30_000);

  it('records each monitoring product with redacted evidence and page-reported globals', async () => {
    const report = (await browser.readReport(tabId))!;
    expect(report.site).toBe('contoso.sharepoint.com');
    expect(Object.keys(report.findings).sort()).toEqual(EXPECTED_ON_TIMESHEETS);
    expect(report.findings.fullstory!.signals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          value: 'rs.fullstory.com',
          evidence: 'https://rs.fullstory.com/rec/page',
          source: 'network',
        }),
        expect.objectContaining({ value: 'window._fs_org', source: 'page' }),
      ]),
    );
    const pendo = await reportWhen(browser, tabId, 'the pendo global', (r) =>
      r.findings.pendo?.signals.some((s) => s.value === 'window.pendo' && s.source === 'page'),
    );
    expect(pendo.site).toBe('contoso.sharepoint.com');
    // Identity in query strings never reaches storage.
    expect(JSON.stringify(report)).not.toMatch(/jo\.bloggs|UserId|OrgId|\?/);
    expect(session().server.log.some((r) => r.host === 'rs.fullstory.com')).toBe(true);
  });

  it('keeps third parties that matched no rule, and never ordinary first-party requests', async () => {
    const report = (await browser.readReport(tabId))!;
    expect(Object.keys(report.unknownThirdParties)).toEqual(
      expect.arrayContaining(['metrics.unknown-vendor.example', 'res.cdn.office.net']),
    );
    expect(report.unknownThirdParties['contoso.sharepoint.com']).toBeUndefined();
  });

  it('shows the count on the badge and says so in the title', async () => {
    const badge = await browser.inExtension(async (id) => {
      const [text, title] = await Promise.all([
        chrome.action.getBadgeText({ tabId: id }),
        chrome.action.getTitle({ tabId: id }),
      ]);
      return { text, title };
    }, tabId);
    expect(badge.text).toBe(String(EXPECTED_ON_TIMESHEETS.length));
    expect(badge.title).toContain(`${EXPECTED_ON_TIMESHEETS.length} monitoring products seen`);
  });

  it('lists the products in the popup with plain words and why each was flagged', async () => {
    const popup = await browser.openPopup(tabId);
    try {
      await expect.poll(() => popup.text(testId('verdict'))).toContain('4 products');
      for (const id of EXPECTED_ON_TIMESHEETS) expect(await popup.count(testId(`finding-${id}`)), id).toBe(1);
      const fullstory = testId('finding-fullstory');
      expect(await popup.text(fullstory)).toContain('what you type');
      expect(await popup.text(`${fullstory} ${testId('identifies')}`)).toContain('tie what it records to you');
      await popup.click(`${fullstory} summary`);
      // "Why flagged" renders when the details element's toggle event arrives, just after the click.
      await expect.poll(() => popup.text(`${fullstory} details`)).toContain('https://rs.fullstory.com/rec/page');
      const why = await popup.text(`${fullstory} details`);
      expect(why).toContain('Network-observed');
      expect(why).toContain('Page-reported');
      // The sources behind "can capture", as the rule file cites them (read here, not through the catalog).
      const fullstoryRule = JSON.parse(readFileSync('src/rules/vendors/fullstory.json', 'utf8')) as {
        sources: { url: string; title: string }[];
      };
      const citations = await popup.text(`${fullstory} ${testId('citations')}`);
      for (const source of fullstoryRule.sources) expect(citations).toContain(source.title);
      expect(await popup.attribute(`${fullstory} ${testId('citations')} a`, 'href')).toBe(
        fullstoryRule.sources[0]!.url,
      );
      expect(await popup.count(testId('category-platform_telemetry'))).toBe(1);
      expect(await popup.text(testId('cannot-see'))).toContain('What a browser cannot see');
      await expect.poll(() => popup.attribute(testId('tls'), 'data-state')).toBe(TLS_STATE[browser.name]);
      if (browser.name === 'chromium')
        expect(await popup.text(testId('tls'))).toContain('TLS interception check: not available in this browser');
    } finally {
      await popup.close();
    }
  });

  it("reports a request to another host of a vendor's own domain as a low-confidence contact", async () => {
    // mixpanel.com is Mixpanel's own registrable domain (its rule's vendor_domains) but not one of its
    // ingest hosts; the work page fetches its pricing page, as a link preview or an embed would.
    await work.evaluate(
      (url) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => undefined,
          () => undefined,
        ),
      'https://mixpanel.com/pricing/?utm=work',
    );
    const report = await reportWhen(browser, tabId, 'the mixpanel contact', (r) => r.findings.mixpanel);
    expect(session().server.log.some((r) => r.host === 'mixpanel.com')).toBe(true);
    expect(report.findings.mixpanel!.signals).toEqual([
      expect.objectContaining({
        kind: 'vendor_domain',
        value: 'mixpanel.com',
        evidence: 'https://mixpanel.com/pricing/',
        source: 'network',
      }),
    ]);
    const popup = await browser.openPopup(tabId);
    try {
      const card = testId('finding-mixpanel');
      await expect
        .poll(() => popup.text(`${card} ${testId('vendor-contact')}`))
        .toContain('Contacted Mixpanel (mixpanel.com)');
      await popup.click(`${card} summary`);
      await expect.poll(() => popup.text(`${card} details`)).toContain('low confidence');
      // The precise findings keep their rule's confidence.
      await popup.click(`${testId('finding-fullstory')} summary`);
      await expect.poll(() => popup.text(`${testId('finding-fullstory')} details`)).toContain('high confidence');
    } finally {
      await popup.close();
    }
  });

  it('starts a fresh report when the tab moves to another site, and keeps counting within the site', async () => {
    await work.click('a[href="/sites/team/news.html"]');
    const sameSite = await reportWhen(
      browser,
      tabId,
      'clarity on the news page',
      (r) => r.findings['microsoft-clarity'],
    );
    expect(sameSite.findings.fullstory).toBeDefined();
    // Page loads: two pages of the site; Pendo is on both (the news page loads its agent), Fullstory on
    // the first only, Clarity on the second only (read from the news page's own script tags).
    const news = readFileSync('tests/fixtures/sites/contoso.sharepoint.com/sites/team/news.html', 'utf8');
    expect(news).toContain('cdn.pendo.io');
    expect(news).not.toContain('fullstory');
    const loads = await reportWhen(browser, tabId, 'pendo on both pages', (r) => r.findings.pendo?.pageLoads === 2);
    expect(loads.pageLoads).toBe(2);
    expect(loads.findings.fullstory!.pageLoads, JSON.stringify(loads.findings.fullstory)).toBe(1);
    expect(loads.findings['microsoft-clarity']!.pageLoads).toBe(1);
    await work.goto('https://news.example/');
    await expect.poll(() => browser.readReport(tabId), { timeout: 10_000 }).toBeNull();
  });

  describe('on a personal, out-of-scope site', () => {
    it('shows nothing and stores nothing, though the same trackers load', async () => {
      const { page, tabId: newsTab } = await openTab(browser, 'https://news.example/');
      await new Promise((r) => setTimeout(r, 1000));
      expect(session().server.log.some((r) => r.host === 'rs.fullstory.com')).toBe(true);
      expect(await browser.readReport(newsTab)).toBeNull();
      const stored = await browser.inExtension(
        async () => JSON.stringify(await chrome.storage.session.get(null)),
        undefined,
      );
      expect(stored).not.toContain('news.example');
      const logSites = (await browser.readLogEntries()).map((e) => e.site);
      expect(logSites.length).toBeGreaterThan(0);
      expect(logSites.filter((s) => s !== 'contoso.sharepoint.com')).toEqual([]);
      const popup = await browser.openPopup(newsTab);
      try {
        expect(await popup.attribute(testId('verdict'), 'data-state')).toBe('out-of-scope');
        expect(await popup.count(testId('findings'))).toBe(0);
      } finally {
        await popup.close();
        await page.close();
      }
    });
  });
});
