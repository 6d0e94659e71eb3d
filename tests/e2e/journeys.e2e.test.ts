// The main worker and rep journeys (issue 18), written once and run in Chromium and in Firefox
// (each-browser.ts). A worker browses the demo work app, loads the employer's declaration, opens the
// overview, and drafts a letter from an undeclared product; the worker's export then goes to a rep, who
// loads it beside other members' exports and the declaration, narrows the table by words and by policy
// status, and prints. What each step should show is worked out here from the log and the rule files.
// worker-rep.e2e.test.ts holds the other half: the popup, the export's detail levels and the rep view's rows.
// Launches Firefox: run under `flock /tmp/sightline-ports.lock`.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { distinctMemberExportTexts } from '../../bench/evidence-fixtures';
import { eventually, WORK_SITE } from './browser';
import { openTab, testId, type ExtensionBrowser, type PageHandle } from './driver';
import { forEachBrowser } from './each-browser';
import { expectedStatus, productsIn, readDeclaration, rule } from './truth-facts';

const DECLARATION_NAME = 'contoso-monitoring.json';
const DECLARATION_TEXT = readFileSync(new URL(`../fixtures/declarations/${DECLARATION_NAME}`, import.meta.url), 'utf8');
const declaration = readDeclaration(DECLARATION_NAME);
const WORK_HOST = new URL(WORK_SITE).hostname;

interface Row {
  product: string;
  site: string;
  status: string;
  text: string;
}

const readRows = (rep: PageHandle): Promise<Row[]> =>
  rep.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="rep-row"]')].map((tr) => ({
        product: tr.getAttribute('data-product')!,
        site: tr.getAttribute('data-site')!,
        status: tr.getAttribute('data-status')!,
        text: `${tr.getAttribute('data-product')}\n${tr.getAttribute('data-site')}\n${tr.children[1]!.textContent}`,
      })),
    undefined,
  );

const letterValue = (page: PageHandle) =>
  page.evaluate(
    () => (document.querySelector('[data-testid="letter-text"]') as HTMLTextAreaElement | null)?.value ?? '',
    undefined,
  );

forEachBrowser('the worker and rep journeys', (session) => {
  let browser: ExtensionBrowser;
  let products: string[];

  beforeAll(async () => {
    ({ browser } = session());
    const { page } = await openTab(browser, `${WORK_SITE}/`);
    await page.click('a[href="/sites/team/news.html"]');
    products = await eventually(
      'log entries for the front page and team news',
      async () => {
        const all = productsIn(await browser.readLogEntries()).all;
        return all.length >= 5 && all.includes('fullstory') ? all : undefined;
      },
      20_000,
    );
    await page.close();
  }, 40_000);

  it('worker: loads the policy, sees the undeclared products first on the overview, and drafts a letter naming one', async () => {
    const app = await browser.openOptions('policy');
    try {
      await app.upload(testId('declaration-import'), [{ name: DECLARATION_NAME, text: DECLARATION_TEXT }]);
      await app.waitFor(testId('declaration-message'));
      await app.evaluate(() => {
        location.hash = '#overview';
      }, undefined);
      await app.waitFor(testId('dash-summary'));
      const undeclared = products.filter((id) => expectedStatus(id, declaration) === 'undeclared').sort();
      expect(undeclared).toContain('fullstory');
      const listed = () =>
        app.evaluate(
          () =>
            [...document.querySelectorAll('[data-testid="dash-undeclared-item"]')].map((li) =>
              li.getAttribute('data-rule'),
            ),
          undefined,
        );
      await eventually('the undeclared list', async () => (await listed()).length === undeclared.length);
      expect((await listed()).sort()).toEqual(undeclared);
      // Every product the log holds has its row, by name (never a rule id), with the policy's verdict.
      const rows = await app.evaluate(
        () =>
          [...document.querySelectorAll('[data-testid="dash-product-row"]')].map((tr) => ({
            rule: tr.getAttribute('data-rule')!,
            status: tr.getAttribute('data-status')!,
            name: tr.querySelector('th')!.textContent,
          })),
        undefined,
      );
      expect(rows.map((r) => r.rule).sort()).toEqual([...products].sort());
      for (const row of rows)
        expect(row).toEqual({
          rule: row.rule,
          status: expectedStatus(row.rule, declaration),
          name: rule(row.rule).product,
        });
      // Undeclared rows come first.
      const statuses = rows.map((r) => r.status);
      expect(statuses.slice(0, undeclared.length).every((s) => s === 'undeclared')).toBe(true);

      await app.click(`[data-testid="dash-undeclared-item"][data-rule="fullstory"] ${testId('dash-draft-letter')}`);
      await app.waitFor('main[data-route="reports"]');
      await eventually('a drafted letter', async () => (await letterValue(app)).length > 0);
      const letter = await letterValue(app);
      expect(letter).toContain(rule('fullstory').product);
      expect(letter).toMatch(/not legal advice/i);
      expect(await app.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null, undefined)).toBe(
        'letter-text',
      );
    } finally {
      await app.close();
    }
  });

  it("rep: merges the worker's export with 19 other members', filters by words and by status, and prints", async () => {
    const app = await browser.openOptions('evidence');
    let exported: string;
    try {
      await app.waitFor(testId('log-table'));
      await app.select(testId('redaction'), 'full');
      exported = await app.download(testId('export-json'));
    } finally {
      await app.close();
    }
    // Twenty members in all, as a rep's branch would bring: the worker's and nineteen generated exports.
    const others = distinctMemberExportTexts(
      Array.from({ length: 19 }, (_, i) => i + 1),
      120,
    );
    const rep = await browser.openExtensionPage('src/rep/index.html');
    try {
      await rep.upload(testId('rep-declaration'), [{ name: DECLARATION_NAME, text: DECLARATION_TEXT }]);
      await rep.upload(testId('rep-files'), [
        { name: 'worker.json', text: exported },
        ...others.map((text, i) => ({ name: `member-${i + 1}.json`, text })),
      ]);
      await eventually(
        'twenty files merged',
        async () => (await rep.attribute(testId('rep-summary'), 'data-merged')) === '20',
        60_000,
      );
      const all = await readRows(rep);
      // The worker's products are in the merged table on the work site, by name, with today's policy status.
      const onWorkSite = all.filter((r) => r.site === WORK_HOST);
      for (const id of products) {
        const row = onWorkSite.find((r) => r.product === rule(id).product);
        expect(row, id).toBeDefined();
        expect(row!.status, id).toBe(expectedStatus(id, declaration));
      }
      expect(await rep.attribute(testId('rep-filter-showing'), 'data-all')).toBe(String(all.length));

      // Words: a product's name, worked out from the unfiltered table.
      const word = rule('fullstory').product;
      const expected = all.filter((r) => r.text.toLowerCase().includes(word.toLowerCase()));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      await rep.fill(testId('rep-filter-text'), word.toUpperCase());
      await eventually('the words filter', async () => (await readRows(rep)).length === expected.length);
      expect(await readRows(rep)).toEqual(expected);
      expect(await rep.attribute(testId('rep-filter-showing'), 'data-shown')).toBe(String(expected.length));

      // Status: only undeclared rows, the words cleared.
      await rep.fill(testId('rep-filter-text'), '');
      await rep.select(testId('rep-filter-status'), 'undeclared');
      const undeclared = all.filter((r) => r.status === 'undeclared');
      expect(undeclared.length).toBeGreaterThan(0);
      expect(undeclared.length).toBeLessThan(all.length);
      await eventually('the status filter', async () => (await readRows(rep)).length === undeclared.length);
      expect(await readRows(rep)).toEqual(undeclared);

      // Print: the button asks the browser to print what is shown.
      await rep.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      }, undefined);
      await rep.click(testId('rep-print'));
      expect(await rep.evaluate(() => (window as unknown as { printed: number }).printed, undefined)).toBe(1);
    } finally {
      await rep.close();
    }
  }, 120_000);
});
