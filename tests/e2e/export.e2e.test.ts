// The evidence export in Chromium and in Firefox (each-browser.ts): after the demo work app's front page
// and team news, the options page's JSON export (full redaction) is a sealed bundle that parses, verifies
// intact, holds every product and unknown third party seen, and no query string. The other export checks
// (redaction levels, salts, CSV) are in options.e2e.test.ts. Launches Firefox: run under
// `flock /tmp/sightline-ports.lock`.
import { beforeAll, expect, it } from 'vitest';
import { parseBundle, verifyBundle } from '../../src/evidence/export/read-bundle';
import { eventually, WORK_SITE } from './browser';
import { openTab, testId, type ExtensionBrowser } from './driver';
import { forEachBrowser } from './each-browser';

const PRODUCTS = ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'microsoft-clarity', 'pendo'];

forEachBrowser('the evidence export', (session) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ browser } = session());
    const { page } = await openTab(browser, `${WORK_SITE}/`);
    await page.click('a[href="/sites/team/news.html"]');
    await eventually(
      'log entries for five products',
      async () => {
        const ruleIds = new Set((await browser.readLogEntries()).map((e) => e.ruleId));
        return PRODUCTS.every((id) => ruleIds.has(id));
      },
      20_000,
    );
  }, 30_000);

  it('downloads a sealed bundle from the options page that parses, verifies intact and holds no query strings', async () => {
    const options = await browser.openOptions('evidence');
    try {
      await options.waitFor(testId('log-table'));
      await options.select(testId('redaction'), 'full');
      const text = await options.download(testId('export-json'));
      const parsed = parseBundle(text);
      expect(parsed.ok ? '' : parsed.error).toBe('');
      if (!parsed.ok) return;
      expect(await verifyBundle(parsed.bundle)).toMatchObject({ intact: true });
      expect(parsed.bundle).toMatchObject({ redaction: 'full', member: { named: false } });
      const entries = parsed.bundle.records.filter((r) => r.kind !== 'checkpoint') as {
        ruleId?: string;
        kind: string;
        signalValue?: string;
        evidence?: string;
      }[];
      const products = new Set(entries.map((e) => e.ruleId).filter(Boolean));
      expect([...products]).toEqual(expect.arrayContaining(PRODUCTS));
      expect(
        entries.some((e) => e.kind === 'unknown_third_party' && e.signalValue === 'metrics.unknown-vendor.example'),
      ).toBe(true);
      expect(entries.some((e) => e.evidence === 'https://rs.fullstory.com/rec/page')).toBe(true);
      expect(text).not.toMatch(/jo\.bloggs|UserId=|\?/);
    } finally {
      await options.close();
    }
  });
});
