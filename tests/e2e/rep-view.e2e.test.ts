// A rep's round trip in real Chromium: a member exports from the options page; the rep loads that export,
// two more members' exports (one tampered with) and a duplicate, sees the tampered one kept out of every
// figure (issue 16) and can open it alone, marked unverified; the merged CSV and report name each file by
// SHA-256. Then the case: an edited copy loaded before the intact export, in any order.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildBundle } from '../../src/evidence/export/bundle';
import { GENESIS_HASH, sealDrafts } from '../../src/evidence/seal/seal';
import { draft } from '../../src/evidence/log/test-entries';
import { seriousViolations } from './axe';
import { eventually, readLogEntries, WORK_SITE, type Launched } from './browser';
import { optionsUrl } from './options-app';
import { overflowingAt200 } from './zoom';
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
    [
      draft({ at, firstAt: at, lastAt: at, declared: 'no' }),
      draft({ kind: 'tally', at: at + 1000, firstAt: at + 500, lastAt: at + 1000, count: 4, declared: 'no' }),
    ],
    { seq: 0, hash: GENESIS_HASH },
  );
  const bundle = buildBundle(sealed, {
    exportId: `export-${code}`,
    createdAt: new Date(),
    extensionVersion: '0.1.0',
    ruleDbVersion: '2026.11.22',
    redaction: 'full',
    member: { named: false, code },
  });
  if (tamper) (bundle.records[1] as { count: number }).count = 1;
  return JSON.stringify(bundle);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function openRep(): Promise<Page> {
  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  return rep;
}

async function loadFiles(rep: Page, files: { name: string; text: string }[]): Promise<void> {
  await rep
    .getByTestId('rep-files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await expect.poll(() => rep.getByTestId('rep-summary').getAttribute('data-merged')).not.toBeNull();
}

const fullstoryCount = (rep: Page) =>
  rep
    .locator('[data-testid="rep-row"][data-product="Fullstory"][data-site="contoso.sharepoint.com"]')
    .getAttribute('data-count');

/** The member's own export from the options page, at full detail, and its Fullstory count on the work site. */
async function ownExport(): Promise<{ text: string; fullstory: number }> {
  const work = await browser.context.newPage();
  await work.goto(`${WORK_SITE}/`);
  await eventually("the member's own findings logged", async () =>
    (await readLogEntries(browser)).some((e) => e.ruleId === 'fullstory'),
  );
  const options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId, 'evidence'));
  await options.getByTestId('redaction').selectOption('full');
  const text = await download(options, 'export-json');
  const records = (
    JSON.parse(text) as { records: { ruleId?: string; site?: string; signalKind?: string; count?: number }[] }
  ).records;
  // Observations: page_load records count page loads, not signals.
  const fullstory = records
    .filter((r) => r.ruleId === 'fullstory' && r.site === 'contoso.sharepoint.com' && r.signalKind !== 'page_load')
    .reduce((n, r) => n + (r.count ?? 0), 0);
  return { text, fullstory };
}

/** Rows of a chart's table as key -> value. */
const chartRows = (rep: Page, id: string) =>
  rep
    .getByTestId(`${id}-row`)
    .evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.getAttribute('data-key')!, Number(r.getAttribute('data-value'))])),
    );

/** A report chart's bars or table rows (`g.bar` or `tr`) as key -> value. */
const reportChart = (report: Page, id: string, part: 'g.bar' | 'tr') =>
  report
    .locator(part === 'g.bar' ? `figure[data-chart="${id}"] g.bar` : `table[data-chart-table="${id}"] tbody tr`)
    .evaluateAll((items) =>
      Object.fromEntries(items.map((i) => [i.getAttribute('data-key')!, Number(i.getAttribute('data-value'))])),
    );

/** The report page's text and background colours as computed. */
const pageColours = (report: Page) =>
  report.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: style.color, background: style.backgroundColor };
  });

/**
 * The rep's two pictures, against figures worked out here from the merged files' own records: each
 * file is one member; a product counts once per member however many sites; a site counts each product once.
 */
async function checkCharts(
  rep: Page,
  merged: string[],
): Promise<{ members: Record<string, number>; sites: Record<string, number> }> {
  const members = new Map<string, number>();
  const sites = new Map<string, Set<string>>();
  for (const text of merged) {
    const records = (
      JSON.parse(text) as { records: { kind: string; ruleId?: string; site?: string }[] }
    ).records.filter((r) => r.ruleId && r.kind !== 'checkpoint' && r.kind !== 'unknown_third_party');
    for (const id of new Set(records.map((r) => r.ruleId!))) members.set(id, (members.get(id) ?? 0) + 1);
    for (const r of records) sites.set(r.site!, (sites.get(r.site!) ?? new Set()).add(r.ruleId!));
  }
  expect(members.get('fullstory')).toBe(2);
  expect(await chartRows(rep, 'rep-chart-members')).toEqual(Object.fromEntries(members));
  expect(await chartRows(rep, 'rep-chart-sites')).toEqual(
    Object.fromEntries([...sites].map(([site, ids]) => [site, ids.size])),
  );
  // The picture draws the same figures (the longest bars first), and says them in words.
  const bars = await rep
    .getByTestId('rep-chart-members-bar')
    .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-key')!, Number(g.getAttribute('data-value'))] as const));
  expect(bars[0]).toEqual(['fullstory', 2]);
  for (const [key, value] of bars) expect(members.get(key)).toBe(value);
  expect(await rep.locator('#rep-chart-members-desc').textContent()).toContain(`${members.size} product`);
  expect(await rep.locator('#rep-chart-members-desc').textContent()).toContain('Fullstory, by 2 members');
  expect(await seriousViolations(rep)).toEqual([]);
  await rep.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(rep)).toEqual([]);
  await rep.emulateMedia({ colorScheme: 'light' });
  // A narrow window at 200 % zoom: the pictures shrink and the tables scroll inside their own regions.
  const size = rep.viewportSize();
  await rep.setViewportSize({ width: 640, height: 800 });
  expect(await overflowingAt200(rep)).toEqual([]);
  if (size) await rep.setViewportSize(size);
  // Printed, the pictures and their tables are on the page (the letter's print rule hides only the options page's form).
  await rep.emulateMedia({ media: 'print' });
  expect(await rep.getByTestId('rep-chart-sites').isVisible()).toBe(true);
  expect(await rep.getByTestId('rep-chart-members-table').isVisible()).toBe(true);
  await rep.emulateMedia({ media: 'screen' });
  return {
    members: Object.fromEntries(members),
    sites: Object.fromEntries([...sites].map(([site, ids]) => [site, ids.size])),
  };
}

let own: { text: string; fullstory: number };

it("merges members' exports, keeps a tampered one out of every figure, and exports the merged view with its files", async () => {
  own = await ownExport();
  expect(own.fullstory).toBeGreaterThan(0);
  const b = await otherMember('M-BBBBBBBB', false);
  const c = await otherMember('M-CCCCCCCC', true);
  const rep = await openRep();
  await loadFiles(rep, [
    { name: 'member-a.json', text: own.text },
    { name: 'member-b.json', text: b },
    { name: 'member-c.json', text: c },
    { name: 'member-a-again.json', text: own.text },
    { name: 'notes.json', text: '{"hello":1}' },
  ]);
  expect(await rep.getByTestId('rep-progress').getAttribute('value')).toBe('5');
  expect(await rep.getByTestId('rep-summary').getAttribute('data-left-out')).toBe('2');

  const integrity = await rep
    .getByTestId('rep-member')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-integrity')));
  expect(integrity).toEqual(['intact', 'intact']);
  const leftOut = await rep
    .getByTestId('rep-left-out-file')
    .evaluateAll((items) => items.map((i) => i.textContent ?? ''));
  expect(leftOut.find((t) => t.startsWith('member-c.json'))).toMatch(
    /entry 2: its contents do not match its hash .*first broken: record 2, entry 2/,
  );
  expect(leftOut.find((t) => t.startsWith('notes.json'))).toContain('not a Sightline evidence export');
  expect(await rep.getByTestId('rep-copies').textContent()).toContain('member-a-again.json, member-a.json');

  // Member B's 1 + 4 and the member's own; member C's (edited) records nowhere.
  expect(await fullstoryCount(rep)).toBe(String(own.fullstory + 5));
  expect(
    await rep
      .locator('[data-testid="rep-row"][data-product="Fullstory"][data-site="contoso.sharepoint.com"]')
      .getAttribute('data-members'),
  ).toBe('2');

  const facts = await checkCharts(rep, [own.text, b]);

  // Member C alone, marked unverified, with what it says (1 + the edited 1); the merged table unchanged.
  await rep
    .locator('[data-testid="rep-left-out-file"][data-name="member-c.json"]')
    .getByTestId('rep-view-alone')
    .click();
  expect(await rep.getByTestId('rep-unverified').textContent()).toContain('UNVERIFIED: member-c.json');
  expect(await rep.getByTestId('rep-unverified-table-row').getAttribute('data-count')).toBe('2');
  expect(await fullstoryCount(rep)).toBe(String(own.fullstory + 5));

  const csv = await download(rep, 'rep-csv');
  expect(csv).toContain(`Fullstory,Session recording,contoso.sharepoint.com,2,${own.fullstory + 5},`);
  expect(csv).toContain(`member-a-again.json | member-a.json,${sha256(own.text)},yes,`);
  expect(csv).toMatch(new RegExp(`member-c\\.json,${sha256(c)},no,.*entry 2: its contents do not match its hash`));
  expect(csv).toMatch(/\r\nsightline_version,\d+\.\d+\.\d+\r\nrule_database_version,\d{4}\.\d{2}\.\d{2}-\d+\r\n/);
  const html = await download(rep, 'rep-report');
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).not.toMatch(/<script|src=/i);
  const report = await browser.context.newPage();
  await report.setContent(html);
  expect(await report.locator('h1').first().textContent()).toContain('2 members');
  const body = (await report.locator('body').textContent())!;
  expect(body).toContain(sha256(b));
  expect(body).toMatch(/member-c\.json \(SHA-256 [0-9a-f]{64}\): entry 2: its contents do not match its hash/);
  expect(body).toContain('2 files were left out of every figure here');

  // Printed, the report carries the rep's two pictures with the figures worked out from the records,
  // each labelled by its title and description, with its table.
  await report.emulateMedia({ media: 'print' });
  for (const [id, want] of [
    ['rep-chart-members', facts.members],
    ['rep-chart-sites', facts.sites],
  ] as const) {
    expect(await report.locator(`figure[data-chart="${id}"]`).isVisible()).toBe(true);
    expect(await report.locator(`table[data-chart-table="${id}"]`).isVisible()).toBe(true);
    expect(await reportChart(report, id, 'g.bar')).toEqual(want);
    expect(await reportChart(report, id, 'tr')).toEqual(want);
    expect(await report.locator(`figure[data-chart="${id}"] svg`).getAttribute('aria-labelledby')).toBe(
      `${id}-title ${id}-desc`,
    );
  }
  expect(await report.locator('#rep-chart-members-title').textContent()).toBe('Members affected per product');
  expect(await report.locator('#rep-chart-sites-title').textContent()).toBe('Sites by number of products');
  expect(await report.locator('#rep-chart-members-desc').textContent()).toContain('Fullstory, by 2 members');
  // On screen it follows the dark scheme with the shared tokens; printed it stays ink on white.
  await report.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const light = await pageColours(report);
  await report.emulateMedia({ colorScheme: 'dark' });
  const dark = await pageColours(report);
  expect(dark.color).not.toBe(light.color);
  expect(dark.background).not.toBe(light.background);
  expect(await seriousViolations(report)).toEqual([]);
  await report.emulateMedia({ media: 'print' });
  expect(await pageColours(report)).toEqual(light);
  await report.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // With the employer's declaration loaded, statuses are against it as it is now: it names Pendo.
  const pendoRow = rep.locator('[data-testid="rep-row"][data-product="Pendo"][data-site="contoso.sharepoint.com"]');
  const declared = JSON.parse(
    readFileSync(new URL('../fixtures/declarations/contoso-monitoring.json', import.meta.url), 'utf8'),
  ) as { items: { ruleId?: string }[] };
  expect(declared.items.some((i) => i.ruleId === 'pendo')).toBe(true);
  expect(declared.items.some((i) => i.ruleId === 'fullstory')).toBe(false);
  await rep
    .getByTestId('rep-declaration')
    .setInputFiles(new URL('../fixtures/declarations/contoso-monitoring.json', import.meta.url).pathname);
  await expect
    .poll(() => rep.getByTestId('rep-declaration-message').textContent())
    .toContain('Comparing with Contoso Ltd');
  await expect.poll(() => pendoRow.getAttribute('data-status')).toBe('product');
  expect(
    await rep
      .locator('[data-testid="rep-row"][data-product="Fullstory"][data-site="contoso.sharepoint.com"]')
      .getAttribute('data-status'),
  ).toBe('undeclared');
  const compared = await download(rep, 'rep-report');
  await report.setContent(compared);
  expect(await report.locator('#contradictions').textContent()).toContain('We do not use keystroke logging');

  // The version for management, withholding what fewer than 2 members saw: only Fullstory (members A and
  // B) stays; products only the member's own log holds are withheld; no file name appears.
  await rep.getByTestId('rep-min-members').fill('2');
  const forManagement = await download(rep, 'rep-report-management');
  const onlyOwn = new Set(
    (JSON.parse(own.text) as { records: { product?: string; ruleId?: string }[] }).records
      .filter((r) => r.ruleId && r.ruleId !== 'fullstory')
      .map((r) => r.product!),
  );
  expect(onlyOwn.size).toBeGreaterThan(0);
  await report.setContent(forManagement);
  const managementBody = (await report.locator('body').textContent())!;
  expect(managementBody).toContain(
    'Version for management: no member is named, and anything seen by fewer than 2 members is withheld',
  );
  expect(managementBody).toContain('Fullstory');
  for (const product of onlyOwn) expect(await report.locator('table.declared').textContent()).not.toContain(product);
  for (const name of ['member-a.json', 'member-b.json', 'member-c.json', 'notes.json'])
    expect(forManagement).not.toContain(name);
  expect(forManagement).toContain(sha256(b));
});

it("the issue's case: an edited copy of an export (same export id) loaded first, then the intact one, in any order", async () => {
  // Change one record's count, as a person with a text editor would; the export id stays the same.
  const copy = own.text.replace(
    /("ruleId":"fullstory"[^}]*?"count":)(\d+)/,
    (_m, head: string, n: string) => `${head}${Number(n) + 5}`,
  );
  expect(copy).not.toBe(own.text);
  expect(JSON.parse(copy).exportId).toBe(JSON.parse(own.text).exportId);

  // One after the other, as a new user would: the copy chosen first, the intact export added after.
  const first = await openRep();
  await loadFiles(first, [{ name: 'edited copy.json', text: copy }]);
  expect(await first.getByTestId('rep-table').count()).toBe(0);
  await first
    .getByTestId('rep-files')
    .setInputFiles([{ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(own.text) }]);
  await expect.poll(() => fullstoryCount(first)).toBe(String(own.fullstory));
  expect(await first.getByTestId('rep-left-out-file').textContent()).toMatch(
    /^edited copy\.json: entry \d+: its contents do not match its hash .*first broken: record \d+, entry \d+/,
  );
  expect(await first.getByTestId('rep-conflicts').textContent()).toContain('only the one that verifies counts');

  // Both at once, in either order: the same figures and the same CSV, byte for byte.
  const second = await openRep();
  await loadFiles(second, [
    { name: 'export.json', text: own.text },
    { name: 'edited copy.json', text: copy },
  ]);
  expect(await fullstoryCount(second)).toBe(String(own.fullstory));
  const third = await openRep();
  await loadFiles(third, [
    { name: 'edited copy.json', text: copy },
    { name: 'export.json', text: own.text },
  ]);
  const csvs = [await download(first, 'rep-csv'), await download(second, 'rep-csv'), await download(third, 'rep-csv')];
  expect(csvs[1]).toBe(csvs[0]);
  expect(csvs[2]).toBe(csvs[0]);
  expect(csvs[0]).toContain(`export.json,${sha256(own.text)},yes,`);
  expect(csvs[0]).toContain(`edited copy.json,${sha256(copy)},no,`);
});
