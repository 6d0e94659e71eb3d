// A rep's journey in real Chromium (issue 18): twenty members' exports loaded at once, the employer's
// declaration loaded, the merged table narrowed to undeclared rows, and the printed page: the table
// without the controls, made into a PDF. The filters themselves are walked in Chromium and Firefox by
// journeys.e2e.test.ts.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { distinctMemberExportTexts } from '../../bench/evidence-fixtures';
import { eventually, type Launched } from './browser';
import { useObservedBrowser } from './session';

let browser: Launched;
useObservedBrowser(async (session) => {
  ({ browser } = session);
});

interface Row {
  product: string;
  site: string;
  category: string;
  status: string;
}

const readRows = (rep: Page): Promise<Row[]> =>
  rep.getByTestId('rep-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      product: tr.getAttribute('data-product')!,
      site: tr.getAttribute('data-site')!,
      category: tr.children[1]!.textContent!,
      status: tr.getAttribute('data-status')!,
    })),
  );

it('loads 20 members and prints a filtered view: the table without the controls, as a PDF', async () => {
  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep
    .getByTestId('rep-declaration')
    .setInputFiles(new URL('../fixtures/declarations/contoso-monitoring.json', import.meta.url).pathname);
  const members = distinctMemberExportTexts(
    Array.from({ length: 20 }, (_, i) => i + 1),
    200,
  );
  await rep.getByTestId('rep-files').setInputFiles(
    members.map((text, i) => ({
      name: `member-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })),
  );
  await eventually(
    '20 files merged',
    async () => (await rep.getByTestId('rep-summary').getAttribute('data-merged')) === '20',
    60_000,
  );
  const all = await readRows(rep);
  expect(all.length).toBeGreaterThan(5);
  const showing = rep.getByTestId('rep-filter-showing');
  expect(await showing.getAttribute('data-all')).toBe(String(all.length));

  // The words and status filters and the print button are walked in both browsers by
  // journeys.e2e.test.ts; here, in Chromium, what the printed page of a filtered view keeps.
  await rep.getByTestId('rep-filter-status').selectOption('undeclared');
  const undeclared = all.filter((r) => r.status === 'undeclared');
  expect(undeclared.length).toBeGreaterThan(0);
  expect(undeclared.length).toBeLessThan(all.length);
  await eventually('the status filter', async () => (await readRows(rep)).length === undeclared.length);
  expect(await rep.getByTestId('rep-filter-text').isVisible()).toBe(true);
  expect(await rep.getByTestId('rep-csv').isVisible()).toBe(true);
  await rep.emulateMedia({ media: 'print' });
  expect(await rep.getByTestId('rep-filter-text').isVisible()).toBe(false);
  expect(await rep.getByTestId('rep-csv').isVisible()).toBe(false);
  expect(await rep.getByTestId('rep-table').isVisible()).toBe(true);
  const pdf = (await rep.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.startsWith('%PDF')).toBe(true);
  expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
  await rep.close();
}, 180_000);
