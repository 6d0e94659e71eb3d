// Real Firefox (Debian's firefox-esr over WebDriver BiDi, puppeteer-core), the built dist/firefox,
// loopback fixtures on ports 443 and 80: the demo work app is detected as in Chromium, the popup shows
// it, the page's globals and the site's permissions are read from the extension side, a leaving
// personal page's requests stay out of work evidence, the optional identity check finds a hashed email,
// the extension's own pages cannot fetch (CSP connect-src 'none'), an evidence export from the options
// page verifies, and the TLS interception check (Firefox only) flags the fixture server's self-signed
// certificate as a root Firefox does not ship and names the product on a host whose certificate an
// inspection product's authority issued. Skipped, saying why, only when firefox-esr is missing and
// cannot be installed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { parseBundle, verifyBundle } from '../../src/evidence/export/read-bundle';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { eventually, EXPECTED_ON_TIMESHEETS, settled, WORK_SITE, type ReportShape } from './browser';
import {
  countOf,
  launchFirefox,
  openExtensionPage,
  openPopupFor,
  readLogEntries,
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

  it('detects the same products on the demo work app as Chromium, from requests and page globals', async () => {
    const report = (await readReport(ff!, tabId))!;
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
    expect(Object.keys(report.unknownThirdParties)).toContain('metrics.unknown-vendor.example');
    expect(JSON.stringify(report)).not.toMatch(/jo\.bloggs|UserId|OrgId|\?/);
    // Firefox's own background calls land on the fixture server too; none of them is in the report.
    expect(server!.log.some((r) => r.host === 'rs.fullstory.com')).toBe(true);
  });

  it('lists the products in the popup with plain words', async () => {
    const popup = await openPopupFor(ff!, tabId);
    try {
      await eventually('the verdict', async () => (await textOf(popup, 'verdict')).includes('4 products'));
      for (const id of EXPECTED_ON_TIMESHEETS) expect(await countOf(popup, `finding-${id}`), id).toBe(1);
      expect(await textOf(popup, 'finding-fullstory')).toContain('what you type');
      expect(await textOf(popup, 'cannot-see')).toContain('What a browser cannot see');
    } finally {
      await popup.close();
    }
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

  it('records nothing of a personal page the tab is leaving: requests belong to their top-level document', async () => {
    const page = await ff!.browser.newPage();
    await page.goto('https://news.example/noisy.html');
    await new Promise((r) => setTimeout(r, 300));
    server!.setLatency(400);
    try {
      await page.goto(`${WORK_SITE}/?from=news`);
    } finally {
      server!.setLatency(0);
    }
    const workTab = (await tabIdOf(ff!, `${WORK_SITE}/?from=news`))!;
    await eventually('the work page findings', async () => (await readReport(ff!, workTab))?.findings.pendo, 20_000);
    expect(server!.log.some((r) => r.host === 'online.bank.example')).toBe(true);
    const report = await settled(() => readReport(ff!, workTab));
    const log = await settled(() => readLogEntries(ff!));
    const stored = JSON.stringify({ report, log });
    expect(stored).not.toContain('planted');
    expect(stored).not.toContain('bank.example');
    expect(stored).not.toContain('dating.example');
    await page.close();
  }, 60_000);

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

  it('exports a sealed JSON bundle from the options page that parses and verifies', async () => {
    await eventually('log entries for every product', async () => {
      const ruleIds = new Set((await readLogEntries(ff!)).map((e) => e.ruleId));
      return EXPECTED_ON_TIMESHEETS.every((id) => ruleIds.has(id));
    });
    const options = await openExtensionPage(ff!, 'src/options/index.html#evidence');
    try {
      await options.waitForSelector('[data-testid=log-table]');
      await options.select('[data-testid=redaction]', 'full');
      await options.click('[data-testid=export-json]');
      const file = await eventually('the export in the download folder', async () =>
        readdirSync(ff!.downloads).find((name) => name.endsWith('.json') && !name.endsWith('.part')),
      );
      const text = await eventually('the export to be written', async () => {
        const content = readFileSync(join(ff!.downloads, file), 'utf8');
        return content.trimEnd().endsWith('}') && content;
      });
      const parsed = parseBundle(text);
      expect(parsed.ok ? '' : parsed.error).toBe('');
      if (!parsed.ok) return;
      expect(await verifyBundle(parsed.bundle)).toMatchObject({ intact: true });
      expect(parsed.bundle).toMatchObject({ redaction: 'full' });
      const products = new Set(parsed.bundle.records.map((r) => (r as { ruleId?: string }).ruleId).filter(Boolean));
      expect([...products]).toEqual(expect.arrayContaining(EXPECTED_ON_TIMESHEETS));
      expect(text).toContain('https://rs.fullstory.com/rec/page');
      expect(text).not.toMatch(/jo\.bloggs|UserId=|\?/);
    } finally {
      await options.close();
    }
  });
});
