// Real Firefox (Debian's firefox-esr over WebDriver BiDi, puppeteer-core), the built dist/firefox,
// loopback fixtures on ports 443 and 80: what only Firefox has or shows differently. The page's globals
// and the site's permissions are read from the extension side, the optional identity check finds a
// hashed email, the extension's own pages cannot fetch (CSP connect-src 'none'), and the TLS
// interception check (Firefox only) flags the fixture server's self-signed certificate as a root Firefox
// does not ship and names the product on a host whose certificate an inspection product's authority
// issued. The journeys both browsers share (detection, popup, a leaving personal page, the export) are
// written once in detection, attribution and export.e2e.test.ts (each-browser.ts). Skipped, saying why,
// only when firefox-esr is missing and cannot be installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { eventually, EXPECTED_ON_TIMESHEETS, WORK_SITE, type ReportShape } from './browser';
import {
  countOf,
  launchFirefox,
  openPopupFor,
  readReport,
  tabIdOf,
  textOf,
  waitUntilObserving,
  type FirefoxLaunched,
} from './firefox';

const firefox = ensureFirefox();
if (!firefox.path) console.log(`Skipping the Firefox tests: ${firefox.reason}`);

describe.skipIf(!firefox.path)('in Firefox', () => {
  let server: FixtureServer | undefined;
  let ff: FirefoxLaunched | undefined;
  let tabId: number;

  beforeAll(async () => {
    // Firefox resolves every name to 127.0.0.1 but cannot remap ports: serve on the real ones.
    server = await startFixtureServer({ https: 443, http: 80 }).catch((error: Error) => {
      throw new Error(
        `the Firefox tests need ports 443 and 80 on 127.0.0.1 (run as root, as CI does, and with nothing else listening there): ${error.message}`,
      );
    });
    ff = await launchFirefox(firefox.path!);
    await waitUntilObserving(ff);
    const page = await ff.browser.newPage();
    await page.goto(`${WORK_SITE}/`);
    tabId = (await tabIdOf(ff, `${WORK_SITE}/`))!;
    await eventually(
      'all expected findings',
      async () => {
        const report = await readReport(ff!, tabId);
        return (
          report &&
          EXPECTED_ON_TIMESHEETS.every((id) => report.findings[id]) &&
          report.findings.fullstory!.signals.some((s) => s.source === 'page')
        );
      },
      20_000,
    );
  }, 90_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it("reads the page's globals (MAIN world) and the site's permissions (isolated world) from the extension side", async () => {
    const report = await eventually('the page reading', async () => {
      const r = await readReport(ff!, tabId);
      return r?.access ? r : undefined;
    });
    // Nothing was granted to the site in this profile; the reading itself is what is checked here.
    expect(report.access!.granted).toEqual([]);
    expect(report.findings.pendo!.signals).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'window.pendo', source: 'page' })]),
    );
  });

  it("finds the worker's email sent hashed or encoded, once the identity check is on", async () => {
    await ff!.probe.evaluate(async () =>
      chrome.storage.local.set({
        identity: { version: 1, enabled: true, identifiers: [{ kind: 'email', value: 'Jo.Bloggs@contoso.example' }] },
      }),
    );
    const profile = `${WORK_SITE}/sites/team/profile.html`;
    // Give the background a moment to add its body listener after the setting changes.
    await new Promise((r) => setTimeout(r, 500));
    const page = await ff!.browser.newPage();
    await page.goto(profile);
    const profileTab = (await tabIdOf(ff!, profile))!;
    const report = await eventually(
      'identity on both findings',
      async () => {
        const r = await readReport(ff!, profileTab);
        return r?.findings.fullstory?.identifiedBy && r.findings.mixpanel?.identifiedBy ? r : undefined;
      },
      15_000,
    );
    expect(report.findings.fullstory!.identifiedBy).toEqual(['email:sha256']);
    expect(report.findings.mixpanel!.identifiedBy).toEqual(['email:url_encoded']);
    await ff!.probe.evaluate(async () => chrome.storage.local.remove('identity'));
    await page.close();
  });

  it('flags the connection as decrypted by a root Firefox does not ship, and says so first in the popup', async () => {
    // The fixture server's certificate is self-signed (CN=sightline-fixtures): not a built-in root, as an
    // employer's inspection root installed on the device would not be.
    const report = await eventually(
      'the TLS check',
      async () =>
        (await readReport<ReportShape & { tls?: object }>(ff!, tabId))?.tls &&
        readReport<ReportShape & { tls?: object }>(ff!, tabId),
    );
    expect(report!.tls).toMatchObject({ verdict: 'private_root', authority: 'sightline-fixtures' });
    const popup = await openPopupFor(ff!, tabId);
    try {
      const tls = await eventually(
        'the TLS line',
        async () => (await countOf(popup, 'tls')) === 1 && popup.$('[data-testid=tls]'),
      );
      expect(await tls.evaluate((e) => e.getAttribute('data-state'))).toBe('private_root');
      const text = await textOf(popup, 'tls');
      expect(text).toContain('decrypted by a certificate root this browser does not ship: “sightline-fixtures”');
      expect(text).toContain('Your employer, or whoever runs it, can read this traffic');
      // It leads: right after the verdict, before the policy line and the findings.
      const order = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')),
      );
      expect(order.indexOf('tls')).toBe(order.indexOf('verdict') + 1);
    } finally {
      await popup.close();
    }
  });

  it('names the inspection product when the certificate was issued by one of its authorities', async () => {
    // fabrikam.sharepoint.com is served as if through a TLS-inspection proxy (INSPECTED_HOSTS): its
    // certificate is issued by a stand-in authority named "Zscaler Root CA" (O=Zscaler Inc.).
    const page = await ff!.browser.newPage();
    await page.goto('https://fabrikam.sharepoint.com/');
    const inspectedTab = (await tabIdOf(ff!, 'https://fabrikam.sharepoint.com/*'))!;
    const report = await eventually(
      'the TLS check',
      async () =>
        (await readReport<ReportShape & { tls?: object }>(ff!, inspectedTab))?.tls &&
        readReport<ReportShape & { tls?: object }>(ff!, inspectedTab),
    );
    expect(report!.tls).toMatchObject({
      verdict: 'product',
      product: 'Zscaler Internet Access',
      vendor: 'Zscaler',
      authority: 'Zscaler Root CA',
    });
    const popup = await openPopupFor(ff!, inspectedTab);
    try {
      await eventually('the TLS line', async () => (await countOf(popup, 'tls')) === 1);
      expect(await textOf(popup, 'tls')).toContain(
        'Traffic to this site is decrypted by Zscaler Internet Access (Zscaler), a TLS inspection product',
      );
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('keeps no certificate details for a site outside the work scope', async () => {
    const page = await ff!.browser.newPage();
    await page.goto('https://news.example/');
    const newsTab = (await tabIdOf(ff!, 'https://news.example/*'))!;
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readReport(ff!, newsTab)).toBeNull();
    const stored = await ff!.probe.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(stored).not.toContain('news.example');
    await page.close();
  });

  it("keeps its own pages from making network requests (connect-src 'none')", async () => {
    const marker = `csp-probe-${Date.now()}`;
    const outcome = await ff!.probe.evaluate(async (path) => {
      try {
        return `fetched ${(await fetch(`https://collector.example/${path}`)).status}`;
      } catch (error) {
        return `rejected ${(error as Error).name}`;
      }
    }, marker);
    expect(outcome).toBe('rejected TypeError');
    await new Promise((r) => setTimeout(r, 300));
    expect(server!.log.filter((r) => r.path.includes(marker))).toEqual([]);
  });
});
