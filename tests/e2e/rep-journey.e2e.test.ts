// A rep's journey in real Chromium (issue 18): twenty members' exports loaded at once, the employer's
// declaration loaded, the merged table narrowed by words and by policy status, and the view printed.
// What each filter should keep is worked out in the test from the unfiltered table it read first.
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

it('loads 20 members, filters by words and by policy status, and prints what is shown', async () => {
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

  // Words: the most common product's name, which every row of it must match.
  const counts = new Map<string, number>();
  for (const row of all) counts.set(row.product, (counts.get(row.product) ?? 0) + 1);
  const [product] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const word = product.toLowerCase();
  const expected = all.filter((r) => `${r.product}\n${r.site}\n${r.category}`.toLowerCase().includes(word));
  await rep.getByTestId('rep-filter-text').fill(product.toUpperCase());
  await eventually('the words filter', async () => (await readRows(rep)).length === expected.length);
  expect(await readRows(rep)).toEqual(expected);
  expect(await showing.getAttribute('data-shown')).toBe(String(expected.length));
  expect(await showing.textContent()).toContain(`of ${all.length}`);

  // Status: only the undeclared rows, the words cleared.
  await rep.getByTestId('rep-filter-text').fill('');
  await rep.getByTestId('rep-filter-status').selectOption('undeclared');
  const undeclared = all.filter((r) => r.status === 'undeclared');
  expect(undeclared.length).toBeGreaterThan(0);
  expect(undeclared.length).toBeLessThan(all.length);
  await eventually('the status filter', async () => (await readRows(rep)).length === undeclared.length);
  expect(await readRows(rep)).toEqual(undeclared);

  // Print: the button asks the browser to print; the printed page keeps the table and drops the controls.
  await rep.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await rep.getByTestId('rep-print').click();
  expect(await rep.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
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
