// A rep's round trip in real Chromium: a member exports from the options page; the rep loads that export,
// two more members' exports (one tampered with) and a duplicate, sees the tampered one flagged, the
// merged counts right, and downloads the merged report and CSV.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildBundle } from '../../src/evidence/bundle';
import { GENESIS_HASH, sealDrafts } from '../../src/evidence/seal';
import { draft } from '../../src/evidence/test-entries';
import { eventually, readLogEntries, WORK_SITE, type Launched } from './browser';
import { useObservedBrowser } from './session';

let browser: Launched;

useObservedBrowser(async (session) => {
  ({ browser } = session);
});

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

async function otherMember(code: string, tamper: boolean): Promise<string> {
  const at = Date.now() - 3_600_000;
  const { sealed } = sealDrafts(
    [draft({ at, firstAt: at, lastAt: at, declared: 'no' }), draft({ kind: 'tally', at: at + 1000, firstAt: at + 500, lastAt: at + 1000, count: 4, declared: 'no' })],
    { seq: 0, hash: GENESIS_HASH },
  );
  const bundle = buildBundle(sealed, { exportId: `export-${code}`, createdAt: new Date(), extensionVersion: '0.1.0', ruleDbVersion: '2026.11.22', redaction: 'full', member: { named: false, code } });
  if (tamper) (bundle.records[1] as { count: number }).count = 1;
  return JSON.stringify(bundle);
}

it('merges members\' exports, flags the tampered one, and exports the merged view', async () => {
  const work = await browser.context.newPage();
  await work.goto(`${WORK_SITE}/`);
  await eventually('the member\'s own findings logged', async () => (await readLogEntries(browser)).some((e) => e.ruleId === 'fullstory'));
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.getByTestId('redaction').selectOption('full');
  const own = await download(options, 'export-json');

  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep.getByTestId('rep-files').setInputFiles([
    { name: 'member-a.json', mimeType: 'application/json', buffer: Buffer.from(own) },
    { name: 'member-b.json', mimeType: 'application/json', buffer: Buffer.from(await otherMember('M-BBBBBBBB', false)) },
    { name: 'member-c.json', mimeType: 'application/json', buffer: Buffer.from(await otherMember('M-CCCCCCCC', true)) },
    { name: 'member-a-again.json', mimeType: 'application/json', buffer: Buffer.from(own) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') },
  ]);
  await expect.poll(() => rep.getByTestId('rep-progress').getAttribute('value')).toBe('5');
  await rep.getByTestId('rep-integrity').waitFor();

  const integrity = await rep.getByTestId('rep-member').evaluateAll((rows) => rows.map((r) => [r.textContent, r.getAttribute('data-integrity')]));
  expect(integrity).toHaveLength(3);
  expect(integrity.filter(([, status]) => status === 'broken')).toEqual([[expect.stringContaining('M-CCCCCCCC'), 'broken']]);
  expect(integrity.find(([text]) => text?.includes('M-CCCCCCCC'))![0]).toContain('entry 2');
  expect(await rep.getByTestId('rep-duplicates').textContent()).toContain('the same export twice');
  expect(await rep.getByTestId('rep-failures').textContent()).toContain('notes.json: not a Sightline evidence export');

  const row = rep.locator('[data-testid="rep-row"][data-product="Fullstory"][data-site="contoso.sharepoint.com"]');
  expect(await row.getAttribute('data-members')).toBe('3');
  expect(await rep.locator('[data-testid="rep-row"][data-product="Pendo"]').first().getAttribute('data-members')).toBe('1');

  const csv = await download(rep, 'rep-csv');
  expect(csv).toContain('Fullstory,Session recording,contoso.sharepoint.com,3,');
  const html = await download(rep, 'rep-report');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).not.toMatch(/<script|src=/i);
  const report = await browser.context.newPage();
  await report.setContent(html);
  expect(await report.locator('h1').first().textContent()).toContain('3 members');
  expect(await report.locator('body').textContent()).toContain('M-CCCCCCCC');
});
