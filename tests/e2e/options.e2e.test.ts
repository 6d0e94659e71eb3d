// The options page: evidence export (redaction levels, salts, signature, CSV), filters, clearing with
// confirmation, and the work-scope editor. The plain export that parses and verifies is checked in both
// browsers in export.e2e.test.ts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseBundle, verifyBundle } from '../../src/evidence/export/read-bundle';
import { useObservedBrowser } from './session';
import {
  eventually,
  extensionProbe,
  readEvidenceStore,
  readLogEntries,
  readReport,
  settled,
  tabIdOf,
  WORK_SITE,
  type Launched,
} from './browser';
import { optionsUrl, showSection } from './options-app';

let browser: Launched;
let options: Page;

useObservedBrowser(async (session) => {
  ({ browser } = session);
  const work = await browser.context.newPage();
  await work.goto(`${WORK_SITE}/`);
  await work.click('text=Team news');
  await eventually(
    'log entries for five products',
    async () => new Set((await readLogEntries(browser)).map((e) => e.ruleId).filter(Boolean)).size >= 5,
  );
  options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId, 'evidence'));
  await options.getByTestId('log-table').waitFor();
});

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Observations counted but not yet written as tally entries. */
async function pendingCount(): Promise<number> {
  return ((await readEvidenceStore(browser, 'pending')) as { count?: number }[]).reduce(
    (n, p) => n + (p.count ?? 0),
    0,
  );
}

describe('evidence export', () => {
  it('redacts to hosts only, or to kinds of monitoring only, and still verifies', async () => {
    await options.getByTestId('redaction').selectOption('host');
    const hosts = parseBundle(await download(options, 'export-json'));
    if (!hosts.ok) throw new Error(hosts.error);
    expect(await verifyBundle(hosts.bundle)).toMatchObject({ intact: true });
    expect(JSON.stringify(hosts.bundle)).not.toContain('/rec/page');
    await options.getByTestId('redaction').selectOption('category');
    const categories = parseBundle(await download(options, 'export-json'));
    if (!categories.ok) throw new Error(categories.error);
    expect(await verifyBundle(categories.bundle)).toMatchObject({ intact: true });
    expect(JSON.stringify(categories.bundle)).not.toMatch(/sharepoint|fullstory\.com|Fullstory/);
  });

  it("seals with the log's salts, and seals what comes after an export file with new ones", async () => {
    await options.getByTestId('redaction').selectOption('full');
    const before = parseBundle(await download(options, 'export-json'));
    if (!before.ok) throw new Error(before.error);
    expect(before.bundle.version).toBe(5);
    expect(before.bundle.records.every((r) => r.seal === 3)).toBe(true);
    // Signed by this install's own key, made and kept in the browser (not extractable).
    const signedBefore = await verifyBundle(before.bundle);
    expect(signedBefore).toMatchObject({ intact: true, signature: { status: 'valid' } });
    const head = before.bundle.chainHead!.seq;
    const earlierSalts = new Set(
      before.bundle.records.flatMap((r) => ('salts' in r && r.salts.site ? [r.salts.site] : [])),
    );
    // More observations on the work site, counted as pending tallies until the next export writes them.
    const pendingBefore = await pendingCount();
    const work = await browser.context.newPage();
    await work.goto(`${WORK_SITE}/`);
    await eventually('new pending observations', async () => (await pendingCount()) > pendingBefore, 15_000);
    await work.close();
    const afterText = await download(options, 'export-json');
    const after = parseBundle(afterText);
    if (!after.ok) throw new Error(after.error);
    const signedAfter = await verifyBundle(after.bundle);
    expect(signedAfter).toMatchObject({ intact: true, signature: { status: 'valid' } });
    // The same install signs every export with the same key.
    expect(signedAfter.signature).toEqual(signedBefore.signature);
    // A copy with one count changed no longer verifies, whatever the edit leaves intact.
    const edited = parseBundle(afterText.replace(/"count":(\d+)/, (_m, n: string) => `"count":${Number(n) + 5}`));
    if (!edited.ok) throw new Error(edited.error);
    expect(await verifyBundle(edited.bundle)).toMatchObject({ intact: false });
    const newer = after.bundle.records.filter((r) => r.seq > head && r.kind !== 'checkpoint') as {
      salts: { site?: string };
    }[];
    expect(newer.length).toBeGreaterThan(0);
    const newerSalts = new Set(newer.map((r) => r.salts.site));
    expect(newerSalts.size).toBe(1);
    expect([...newerSalts].some((salt) => salt !== undefined && earlierSalts.has(salt))).toBe(false);
  });

  it('downloads CSV with a header and one row per signal shown', async () => {
    const csv = await download(options, 'export-csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('site,product,category,kind,signal,evidence,source,count,first_seen_utc,last_seen_utc');
    expect(lines.length - 1).toBe(await options.getByTestId('log-row').count());
    expect(csv).toContain('contoso.sharepoint.com,Fullstory,Session recording,finding,rs.fullstory.com');
  });
});

describe('the printable report', () => {
  it('downloads one self-contained HTML file that opens and names what was seen', async () => {
    const html = await download(options, 'export-report');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script|<link|src=/i);
    for (const product of ['Fullstory', 'Hotjar', 'Pendo']) expect(html).toContain(product);
    expect(html).toContain('<svg');
    const page = await browser.context.newPage();
    await page.setContent(html);
    expect(await page.locator('h1').first().textContent()).toContain('Workplace monitoring');
    expect(await page.getByText('intact', { exact: false }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('failures are said, never silent', () => {
  it('shows in the page why an export, the CSV or the report could not be saved', async () => {
    // Saving the file is the last step of each; make it fail as a full disk or a blocked download would.
    await options.evaluate(() => {
      const original = URL.createObjectURL;
      (window as unknown as { restoreObjectUrl: () => void }).restoreObjectUrl = () =>
        void (URL.createObjectURL = original);
      URL.createObjectURL = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    try {
      for (const [button, label] of [
        ['export-json', 'Export JSON'],
        ['export-csv', 'Export CSV'],
        ['export-report', 'Printable report'],
      ] as const) {
        await options.getByTestId(button).click();
        const alert = options.getByTestId('log-error');
        await expect.poll(() => alert.textContent()).toContain(label);
        expect(await alert.textContent()).toContain('QuotaExceededError: The quota has been exceeded.');
        expect(await alert.getAttribute('role')).toBe('alert');
      }
    } finally {
      await options.evaluate(() => (window as unknown as { restoreObjectUrl: () => void }).restoreObjectUrl());
    }
    await download(options, 'export-json');
    await expect.poll(() => options.getByTestId('log-error').count()).toBe(0);
  });

  it('shows storage use, and a write the background could not make', async () => {
    await showSection(options, 'settings');
    await expect.poll(() => options.getByTestId('storage-usage').textContent()).toMatch(/ MB of the .* MB/);
    await options.getByTestId('storage-persisted').waitFor();
    const probe = await extensionProbe(browser);
    await probe.evaluate(() =>
      chrome.storage.session.set({
        writeStatus: { problem: 'write-failed', at: Date.now(), waiting: 12, detail: 'QuotaExceededError: full' },
      }),
    );
    try {
      await expect
        .poll(() => options.getByTestId('storage-write-failed').textContent())
        .toContain('QuotaExceededError: full');
      expect(await options.getByTestId('storage-write-failed').textContent()).toContain('12 observations are kept');
    } finally {
      await probe.evaluate(() => chrome.storage.session.remove('writeStatus'));
    }
    await expect.poll(() => options.getByTestId('storage-write-failed').count()).toBe(0);
  });
});

describe('the rights letter', () => {
  it('drafts a monitoring enquiry and a subject access request from the log, editable and saved as text', async () => {
    await showSection(options, 'reports');
    await options.getByTestId('letter-draft').click();
    await expect.poll(() => options.getByTestId('letter-text').inputValue()).toContain('Monitoring workers');
    const enquiry = await options.getByTestId('letter-text').inputValue();
    expect(enquiry).toContain('Fullstory');
    expect(enquiry).toContain('Monitoring workers');
    expect(enquiry).toMatch(/not legal advice/i);
    await options.getByTestId('letter-kind').selectOption('subject-access');
    await options.getByTestId('letter-draft').click();
    // The draft replaces the textarea's value on the next render: typing before it lands would be overwritten.
    await expect.poll(() => options.getByTestId('letter-text').inputValue()).toContain('Article 15');
    await options.getByTestId('letter-text').press('End');
    await options.getByTestId('letter-text').type(' PS: edited by hand.');
    await expect.poll(() => options.getByTestId('letter-text').inputValue()).toContain('PS: edited by hand.');
    const saved = await download(options, 'letter-save');
    expect(saved).toContain('Article 15');
    expect(saved).toContain('PS: edited by hand.');
  });
});

describe("the rights letter, with the employer's policy", () => {
  it('is addressed from the declaration, leads with the promise the log breaks, and prints alone', async () => {
    const declaration = {
      format: 'sightline-declaration',
      version: 1,
      id: 'contoso-letter',
      employer: 'Contoso Ltd',
      title: 'Monitoring at work',
      contact: 'Data Protection Officer',
      sites: [],
      items: [{ id: 'pendo', product: 'Pendo', frequency: 'unknown', dpia: 'unknown', workersConsulted: 'unknown' }],
      promises: [{ id: 'keys', capability: 'typed_text', quote: 'We do not use keystroke logging.' }],
    };
    const probe = await extensionProbe(browser);
    await probe.evaluate(
      async (d) => chrome.storage.local.set({ declarations: { version: 1, declarations: [d], activeId: d.id } }),
      declaration,
    );
    await options.reload();
    await options.getByTestId('letter-draft').waitFor();
    expect(await options.getByTestId('letter-employer').inputValue()).toBe('Contoso Ltd');
    expect(await options.getByTestId('letter-recipient').inputValue()).toBe('Data Protection Officer');
    await options.getByTestId('letter-kind').selectOption('monitoring-enquiry');
    await options.getByTestId('letter-draft').click();
    const letter = await options.getByTestId('letter-text').inputValue();
    // Worked out here: the products in the log, observed on the network, whose rule says they can capture typing.
    const entries = await readLogEntries(browser);
    const observed = new Set(
      entries
        .filter((e) => e.source === 'network' || e.source === 'browser')
        .map((e) => e.ruleId)
        .filter((id): id is string => !!id),
    );
    const typing = [...observed]
      .map(
        (id) =>
          JSON.parse(readFileSync(new URL(`../../src/rules/vendors/${id}.json`, import.meta.url), 'utf8')) as {
            product: string;
            capabilities?: string[];
          },
      )
      .filter((rule) => (rule.capabilities ?? []).includes('typed_text'))
      .map((rule) => rule.product)
      .sort((a, b) => a.localeCompare(b));
    expect(typing.length).toBeGreaterThan(0);
    const list = typing.length === 1 ? typing[0] : `${typing.slice(0, -1).join(', ')} and ${typing.at(-1)}`;
    expect(letter).toContain('Dear Data Protection Officer,');
    expect(letter).toContain(
      `says: "We do not use keystroke logging." However, ${list} ${typing.length === 1 ? 'was' : 'were'} running on contoso.sharepoint.com, and`,
    );
    expect(letter.indexOf('We do not use keystroke logging.')).toBeLessThan(letter.indexOf('  Seen on: '));
    // For print, the letter alone shows.
    await options.emulateMedia({ media: 'print' });
    expect(await options.getByTestId('letter-print-view').isVisible()).toBe(true);
    expect(await options.getByTestId('letter-print-view').textContent()).toBe(letter);
    expect(await options.getByTestId('letter-draft').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    await options.emulateMedia({ media: 'screen' });
    expect(await options.getByTestId('letter-print-view').isVisible()).toBe(false);
  });
});

describe('the log table', () => {
  it('filters by product and by category', async () => {
    await showSection(options, 'evidence');
    await options.getByTestId('filter-product').selectOption('pendo');
    const rules = await options
      .getByTestId('log-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(['pendo']));
    await options.getByTestId('filter-product').selectOption('');
    await options.getByTestId('filter-category').selectOption('session_recording');
    const recorders = await options
      .getByTestId('log-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(new Set(recorders)).toEqual(new Set(['fullstory', 'hotjar', 'microsoft-clarity']));
    await options.getByTestId('filter-category').selectOption('');
  });
});

describe('the work scope', () => {
  it('explains why an input is not a site, and adds a valid one', async () => {
    await showSection(options, 'settings');
    await options.getByTestId('scope-input').fill('not a site/at all');
    await options.getByTestId('scope-add').click();
    expect(await options.getByTestId('scope-error').textContent()).toMatch(/without a path, port or spaces/);
    await options.getByTestId('scope-input').fill('https://News.Example/today');
    await options.getByTestId('scope-add').click();
    await expect.poll(() => options.getByTestId('scope-list').textContent()).toContain('news.example');
  });

  it('records on a site once the worker has added it', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://news.example/');
    const tabId = (await tabIdOf(browser, 'https://news.example/*'))!;
    const report = await eventually(
      'news.example recorded',
      async () => (await readReport(browser, tabId))?.findings.fullstory && readReport(browser, tabId),
    );
    expect(report!.site).toBe('news.example');
    await page.close();
  });
});

describe('retention', () => {
  it('deletes evidence older than the new setting at once, and keeps the rest', async () => {
    const probe = await extensionProbe(browser);
    const old = Date.now() - 40 * 24 * 60 * 60 * 1000;
    await probe.evaluate(
      (at) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sightline-evidence');
          open.onsuccess = () => {
            const tx = open.result.transaction('log', 'readwrite');
            tx.objectStore('log').add({
              seq: 0,
              kind: 'first_seen',
              at,
              site: 'contoso.sharepoint.com',
              ruleId: 'hotjar',
              product: 'Hotjar',
              category: 'session_recording',
              signalKind: 'host',
              signalValue: 'static.hotjar.com',
              evidence: 'https://static.hotjar.com/c/old.js',
              source: 'network',
              count: 1,
              firstAt: at,
              lastAt: at,
              ruleDbVersion: 'old',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      old,
    );
    const before = await readLogEntries(browser);
    expect(before.some((e) => e.evidence === 'https://static.hotjar.com/c/old.js')).toBe(true);
    await options.getByTestId('retention-days').fill('30');
    await options
      .getByRole('region', { name: 'Keep evidence for' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    await eventually(
      'the old entry to go',
      async () => !(await readLogEntries(browser)).some((e) => e.evidence === 'https://static.hotjar.com/c/old.js'),
    );
    expect((await readLogEntries(browser)).length).toBe(before.length - 1);
  });
});

describe('clearing the log', () => {
  it('asks for confirmation, then empties it', async () => {
    // Close the work pages first: a page still open may rightly add entries after the clear.
    for (const page of browser.context.pages()) if (/^https:/.test(page.url())) await page.close();
    await settled(() => readLogEntries(browser));
    await showSection(options, 'evidence');
    await options.getByTestId('clear-log').click();
    expect(await readLogEntries(browser)).not.toHaveLength(0);
    await options.getByTestId('clear-confirm').click();
    await options.getByTestId('log-empty').waitFor();
    expect(await readLogEntries(browser)).toHaveLength(0);
  });
});
