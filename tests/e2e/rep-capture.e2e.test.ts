// Capture evidence in the rep view, in real Chromium: a capture-evidence file made from the demo HAR,
// loaded beside members' exports, counts as one member marked "from a browser capture" in the rows, the
// members and the files; a copy edited after sealing is flagged and left out of every figure. The CSV the
// rep view downloads equals, byte for byte, the CSV `sightline merge` writes for the same files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repInputs, writeInputs, type RepInput } from '../cli/rep-merge-inputs';
import type { Launched } from './browser';
import { useObservedBrowser } from './session';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sightline-rep-capture-'));
let browser: Launched;
let inputs: RepInput[];

useObservedBrowser(async (session) => {
  ({ browser } = session);
});
beforeAll(async () => {
  inputs = await repInputs();
  writeInputs(dir, inputs);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const textOf = (name: string) => inputs.find((f) => f.name === name)!.text;

async function repWith(files: readonly RepInput[]): Promise<Page> {
  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep
    .getByTestId('rep-files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await expect.poll(() => rep.getByTestId('rep-summary').getAttribute('data-merged')).not.toBeNull();
  return rep;
}

const attrs = (rep: Page, testId: string, names: string[]) =>
  rep
    .getByTestId(testId)
    .evaluateAll((rows, names) => rows.map((r) => names.map((n) => r.getAttribute(n) ?? '')), names);

it('merges capture evidence beside exports, marked as a capture; an edited capture is flagged, not merged', async () => {
  const capture = JSON.parse(textOf('capture.json')) as {
    sites: { site: string; findings: { product: string; count: number }[] }[];
  };
  const found = capture.sites[0]!.findings;
  expect(found.map((f) => f.product)).toContain('Hotjar');
  const rep = await repWith(inputs);
  // alice, bob (two exports as one member), the capture: 4 files merged; carol's edited export and the
  // edited capture left out; alice's copy counted once.
  expect(await rep.getByTestId('rep-summary').getAttribute('data-merged')).toBe('4');
  expect(await rep.getByTestId('rep-summary').getAttribute('data-left-out')).toBe('2');
  expect(await attrs(rep, 'rep-member', ['data-source', 'data-integrity'])).toEqual([
    ['capture', 'intact'],
    ['log', 'intact'],
    ['log', 'intact'],
  ]);
  expect(await rep.getByTestId('rep-member-from-capture').count()).toBe(1);
  expect(await rep.getByTestId('rep-member-from-capture').textContent()).toContain('from a browser capture');
  // Every product of the capture is a row on its site, one of its members the capture, with the capture's
  // count added to what the intact exports (alice; bob's later export holds his earlier one) recorded of
  // it there, worked out from their records.
  const site = capture.sites[0]!.site;
  const exported = ['alice.json', 'bob.json'].map(
    (name) =>
      (
        JSON.parse(textOf(name)) as {
          records: { product?: string; site?: string; signalKind?: string; count?: number }[];
        }
      ).records,
  );
  for (const finding of found) {
    const row = rep.locator(`[data-testid="rep-row"][data-product="${finding.product}"][data-site="${site}"]`);
    const theirs = exported.map((records) =>
      records.filter((r) => r.product === finding.product && r.site === site && r.signalKind !== 'page_load'),
    );
    const members = 1 + theirs.filter((records) => records.length > 0).length;
    const count = finding.count + theirs.flat().reduce((n, r) => n + (r.count ?? 0), 0);
    expect(await row.getAttribute('data-from-capture')).toBe('1');
    expect(await row.getAttribute('data-members')).toBe(String(members));
    expect(await row.getAttribute('data-count')).toBe(String(count));
    expect(await row.getByTestId('rep-row-from-capture').textContent()).toContain('1 from a browser capture');
  }
  const rows = await attrs(rep, 'rep-row', ['data-from-capture']);
  expect(rows.filter(([n]) => n === '0').length).toBeGreaterThan(0);
  expect(
    await rep
      .locator(`[data-testid="rep-file-merged"][data-sha256="${sha256(textOf('capture.json'))}"]`)
      .getAttribute('data-source'),
  ).toBe('capture');
  const leftOut = await rep
    .getByTestId('rep-left-out-file')
    .evaluateAll((items) => items.map((i) => i.textContent ?? ''));
  expect(leftOut.find((t) => t.startsWith('capture-edited.json'))).toContain('its seal does not match its content');
  expect(leftOut.find((t) => t.startsWith('carol-edited.json'))).toBeDefined();

  // The CSV, byte for byte what `sightline merge` writes for the same files.
  const [download] = await Promise.all([rep.waitForEvent('download'), rep.getByTestId('rep-csv').click()]);
  const repCsv = readFileSync((await download.path())!, 'utf8');
  const cli = spawnSync(
    join(root, 'scripts', 'sightline.mjs'),
    ['merge', ...inputs.map((f) => f.name), '--csv', 'cli.csv', '--no-progress'],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  expect(cli.status).toBe(1);
  expect(repCsv).toBe(readFileSync(join(dir, 'cli.csv'), 'utf8'));
  expect(repCsv).toMatch(/capture-edited\.json,[0-9a-f]{64},no,.*seal does not match/);

  // The printable report marks what came from the capture.
  const [report] = await Promise.all([rep.waitForEvent('download'), rep.getByTestId('rep-report').click()]);
  const html = readFileSync((await report.path())!, 'utf8');
  expect(html).toContain('1 of these members is a browser capture');
  expect(html).toMatch(/browser capture [0-9a-f]{12}/);
});

it('opens the edited capture alone, marked unverified, and never mixes it in', async () => {
  const rep = await repWith(inputs.filter((f) => f.name.startsWith('capture')));
  expect(await rep.getByTestId('rep-summary').getAttribute('data-merged')).toBe('1');
  await rep
    .locator('[data-testid="rep-left-out-file"][data-name="capture-edited.json"]')
    .getByTestId('rep-view-alone')
    .click();
  expect(await rep.getByTestId('rep-unverified').textContent()).toContain('capture-edited.json');
  expect(await rep.getByTestId('rep-member').count()).toBe(1);
});
