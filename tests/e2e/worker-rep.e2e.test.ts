// A worker's journey and then a rep's, in Chromium and in Firefox (each-browser.ts, issue 18): the worker
// browses two pages of the demo work app, sees each product in the popup, and exports their log from the
// options page (hosts only, named); the rep loads that file in the rep view, which must show one row per
// product and site the worker's raw log holds, seen by one member, none left out. Launches Firefox:
// run under `flock /tmp/sightline-ports.lock`.
import { beforeAll, expect, it } from 'vitest';
import { eventually, WORK_SITE, type LogEntryShape } from './browser';
import { openTab, testId, type ExtensionBrowser } from './driver';
import { forEachBrowser } from './each-browser';
import { rule } from './truth-facts';

const ON_TIMESHEETS = ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'pendo'];
const ON_NEWS = ['microsoft-clarity', 'pendo'];
const NAME = 'Jo Worker';

/** Product|site pairs of the raw log (rule findings only), as the rep view should show them. */
const productSites = (entries: readonly LogEntryShape[]) =>
  [
    ...new Set(
      entries
        .filter((e) => e.ruleId && e.kind !== 'unknown_third_party')
        .map((e) => `${rule(e.ruleId!).product}|${e.site}`),
    ),
  ].sort();

forEachBrowser("a worker's export, loaded in the rep view", (session) => {
  let browser: ExtensionBrowser;
  let tabId: number;

  beforeAll(async () => {
    ({ browser } = session());
    ({ tabId } = await openTab(browser, `${WORK_SITE}/`));
    const news = await browser.newPage();
    await news.goto(`${WORK_SITE}/sites/team/news.html`);
    await eventually(
      'both pages logged',
      async () => {
        const ids = new Set((await browser.readLogEntries()).map((e) => e.ruleId));
        return [...ON_TIMESHEETS, ...ON_NEWS].every((id) => ids.has(id));
      },
      20_000,
    );
  }, 40_000);

  it("shows each of the front page's products in its popup", async () => {
    const popup = await browser.openPopup(tabId);
    try {
      for (const id of ON_TIMESHEETS)
        expect(await popup.attribute(testId(`finding-${id}`), 'data-status'), id).toBe('no-policy');
    } finally {
      await popup.close();
    }
  });

  it('exports named at hosts-only detail, and the rep view shows exactly what the log holds', async () => {
    const options = await browser.openOptions('evidence');
    await options.waitFor(testId('log-table'));
    await options.select(testId('redaction'), 'host');
    await options.click(testId('name-me'));
    await options.fill(testId('member-name'), NAME);
    const text = await options.download(testId('export-json'));
    await options.close();
    expect(JSON.parse(text)).toMatchObject({ redaction: 'host', member: { named: true, name: NAME } });
    const logged = productSites(await browser.readLogEntries());
    expect(logged.length).toBeGreaterThanOrEqual(ON_TIMESHEETS.length + 1);

    const rep = await browser.openExtensionPage('src/rep/index.html');
    try {
      await rep.upload(testId('rep-files'), [{ name: 'jo.json', text }]);
      await eventually(
        'the file merged',
        async () => (await rep.attribute(testId('rep-summary'), 'data-merged')) === '1',
      );
      expect(await rep.attribute(testId('rep-summary'), 'data-left-out')).toBe('0');
      const rows = await rep.evaluate(
        () =>
          [...document.querySelectorAll('[data-testid="rep-row"]')].map((tr) => ({
            key: `${tr.getAttribute('data-product')}|${tr.getAttribute('data-site')}`,
            members: tr.getAttribute('data-members'),
            status: tr.getAttribute('data-status'),
          })),
        undefined,
      );
      expect(rows.map((r) => r.key).sort()).toEqual(logged);
      for (const r of rows) expect(r, r.key).toMatchObject({ members: '1', status: 'no-policy' });
      expect(await rep.text(testId('rep-summary'))).toContain(`1 member and ${logged.length} rows, from 1 file`);
    } finally {
      await rep.close();
    }
  });
});
