/// <reference types="chrome" />
// The app page in real Chromium: every section opens by its own address, with the navigation marking
// it and axe finding nothing serious; the overview's figures agree with facts worked out here, apart
// from the extension's code, from the log entries in IndexedDB, the rule files and the declaration file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  eventually,
  extensionProbe,
  readEvidenceStore,
  readLogEntries,
  settled,
  WORK_SITE,
  type Launched,
} from './browser';
import { useObservedBrowser } from './session';

const root = join(import.meta.dirname, '..', '..');
const declarationFile = join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json');
const declaration = JSON.parse(readFileSync(declarationFile, 'utf8')) as {
  items: { ruleId?: string; product?: string; category?: string }[];
};
const ruleFile = (id: string) =>
  JSON.parse(readFileSync(join(root, 'src', 'rules', 'vendors', `${id}.json`), 'utf8')) as {
    product: string;
    category: string;
  };

interface Stored {
  kind: string;
  site: string;
  ruleId?: string;
  signalKind: string;
  count: number;
  firstAt: number;
  lastAt: number;
}
interface Pending {
  count: number;
  since: number;
  last: number;
  template: Stored;
}

let browser: Launched;
let app: Page;
const url = (hash: string) => `chrome-extension://${browser.extensionId}/src/options/index.html${hash}`;

/** How the declaration stands on a product, read from the declaration and rule files. */
function expectedStatus(ruleId: string): string {
  const rule = ruleFile(ruleId);
  if (declaration.items.some((i) => i.ruleId === ruleId || i.product?.toLowerCase() === rule.product.toLowerCase()))
    return 'product';
  if (declaration.items.some((i) => !i.ruleId && !i.product && i.category === rule.category)) return 'category';
  return 'undeclared';
}

/** Products seen in the last 7 days (this local day and the six before), with counts, from storage. */
async function facts() {
  const entries = (await readLogEntries(browser)) as unknown as Stored[];
  const pending = (await readEvidenceStore(browser, 'pending')) as Pending[];
  const all = [
    ...entries,
    ...pending
      .filter((p) => p.count > 0)
      .map((p) => ({ ...p.template, count: p.count, firstAt: p.since, lastAt: p.last })),
  ];
  const today = new Date();
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6).getTime();
  const products = new Map<
    string,
    { count: number; visits: number; days: Set<string>; sites: Set<string>; firstAt: number }
  >();
  const localDay = (ms: number) => {
    const d = new Date(ms);
    return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  };
  for (const e of all) {
    if (e.kind === 'unknown_third_party' || !e.ruleId || e.lastAt < from) continue;
    const p = products.get(e.ruleId) ?? {
      count: 0,
      visits: 0,
      days: new Set<string>(),
      sites: new Set<string>(),
      firstAt: Infinity,
    };
    // page_load entries count page loads; every other entry counts observations.
    if (e.signalKind === 'page_load') p.visits += e.count;
    else p.count += e.count;
    p.days.add(localDay(e.lastAt));
    p.sites.add(e.site);
    p.firstAt = Math.min(p.firstAt, e.firstAt);
    products.set(e.ruleId, p);
  }
  return { products, entries: all };
}

useObservedBrowser(async (session) => {
  ({ browser } = session);
  app = await browser.context.newPage();
  await app.goto(url('#policy'));
  await app.getByTestId('declaration-import').setInputFiles(declarationFile);
  await app.getByTestId('declaration-message').waitFor();
  const work = await browser.context.newPage();
  await work.goto(`${WORK_SITE}/`);
  await work.click('text=Team news');
  await eventually(
    'log entries for five products',
    async () => new Set((await readLogEntries(browser)).map((e) => e.ruleId).filter(Boolean)).size >= 5,
    20_000,
  );
  await work.close();
  await settled(async () => [await readLogEntries(browser), await readEvidenceStore(browser, 'pending')]);
});

describe('the overview', () => {
  it('shows the products of the last 7 days by name, undeclared first, with counts and statuses from the log', async () => {
    await app.goto(url('#overview'));
    const summary = app.getByTestId('dash-summary');
    await summary.waitFor();
    const { products } = await facts();
    expect(products.size).toBeGreaterThanOrEqual(5);
    const rows = await app.getByTestId('dash-product-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        rule: tr.getAttribute('data-rule')!,
        status: tr.getAttribute('data-status')!,
        count: Number(tr.getAttribute('data-count')),
        days: Number(tr.getAttribute('data-days')),
        visits: Number(tr.getAttribute('data-visits')),
        name: tr.querySelector('th')!.textContent,
      })),
    );
    expect(rows.map((r) => r.rule).sort()).toEqual([...products.keys()].sort());
    for (const row of rows) {
      expect(row).toEqual({
        rule: row.rule,
        status: expectedStatus(row.rule),
        count: products.get(row.rule)!.count,
        days: products.get(row.rule)!.days.size,
        visits: products.get(row.rule)!.visits,
        name: ruleFile(row.rule).product,
      });
    }
    // Undeclared monitoring leads the table, and is listed first on the page with its next steps.
    const statuses = rows.map((r) => r.status);
    expect(statuses.slice(0, statuses.filter((s) => s === 'undeclared').length).every((s) => s === 'undeclared')).toBe(
      true,
    );
    const undeclared = [...products.keys()].filter((id) => expectedStatus(id) === 'undeclared').sort();
    expect(undeclared).toContain('fullstory');
    expect(expectedStatus('pendo')).toBe('product');
    expect(expectedStatus('microsoft-1ds-telemetry')).toBe('category');
    const listed = await app
      .getByTestId('dash-undeclared-item')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule')));
    expect(listed.sort()).toEqual(undeclared);
    // One click from an undeclared product to its evidence: the log opens filtered to it.
    await app
      .locator('[data-testid="dash-undeclared-item"][data-rule="fullstory"]')
      .getByTestId('dash-see-evidence')
      .click();
    await app.getByTestId('log-table').waitFor();
    expect(await app.getByTestId('filter-product').inputValue()).toBe('fullstory');
    const shown = await app.getByTestId('log-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['fullstory']));
    await app.goBack();
    await summary.waitFor();
    // One click from an undeclared product to a drafted letter that names it, ready to edit.
    await app
      .locator('[data-testid="dash-undeclared-item"][data-rule="fullstory"]')
      .getByTestId('dash-draft-letter')
      .click();
    await app.locator('main[data-route="reports"]').waitFor();
    const letter = app.getByTestId('letter-text');
    await letter.waitFor();
    expect(await letter.inputValue()).toContain(ruleFile('fullstory').product);
    expect(await letter.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.goBack();
    await summary.waitFor();
    const observations = [...products.values()].reduce((n, p) => n + p.count, 0);
    const sites = new Set([...products.values()].flatMap((p) => [...p.sites]));
    expect(await summary.getAttribute('data-observations')).toBe(String(observations));
    const allDays = new Set([...products.values()].flatMap((p) => [...p.days]));
    expect(await summary.textContent()).toContain(
      `${products.size} monitoring products seen on ${sites.size === 1 ? '1 site' : `${sites.size} sites`}, on ${allDays.size === 1 ? '1 day' : `${allDays.size} days`} in all`,
    );
    // The work app was loaded in a tab, so page loads were counted for what its pages showed.
    expect([...products.values()].some((p) => p.visits > 0)).toBe(true);
    // Product names, never rule ids.
    const text = (await app.getByTestId('dash-overview').textContent())!;
    expect(text).not.toContain('microsoft-1ds-telemetry');
    expect(text).toContain(ruleFile('microsoft-1ds-telemetry').product);
  });

  it('charts the same figures per day, with a table behind each picture', async () => {
    const { products } = await facts();
    // A product counts once on each day it was seen: the bars add up to the products' days seen.
    const productDays = [...products.values()].reduce((n, p) => n + p.days.size, 0);
    const days = await app
      .getByTestId('dash-timeline-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-total'))));
    expect(days.length).toBe(7);
    expect(days.reduce((a, b) => a + b, 0)).toBe(productDays);
    expect(await app.getByTestId('dash-timeline').locator('svg[role=img] desc').textContent()).toContain(
      `with ${Math.max(...days)} monitoring product`,
    );
    const undeclaredRow = app.getByTestId('dash-breakdown-table').locator('tr[data-status=undeclared] td').first();
    expect(Number(await undeclaredRow.textContent())).toBe(
      [...products.keys()].filter((id) => expectedStatus(id) === 'undeclared').length,
    );
  });

  it('says what is new since the last visit, kept in storage.local', async () => {
    const probe = await extensionProbe(browser);
    const stored = await probe.evaluate(
      async () => (await chrome.storage.local.get('dashboardLastOpened')).dashboardLastOpened as number,
    );
    expect(stored).toBeGreaterThan(Date.now() - 60_000);
    const { products } = await facts();
    const firsts = [...products.values()].map((p) => p.firstAt).sort((a, b) => a - b);
    const cut = firsts[Math.floor(firsts.length / 2)]!;
    await probe.evaluate(async (at) => chrome.storage.local.set({ dashboardLastOpened: at }), cut);
    await app.reload();
    await app.getByTestId('dash-changed').waitFor();
    const expected = [...products.entries()]
      .filter(([, p]) => p.firstAt > cut)
      .map(([id]) => id)
      .sort();
    const shown = await app
      .getByTestId('dash-new-product')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule')));
    expect(shown.sort()).toEqual(expected);
  });
});

describe('evidence in words', () => {
  it('says each script a product loaded in words, and keeps the rule signal under "why flagged"', async () => {
    await app.goto(url('#evidence'));
    await app.getByTestId('log-table').waitFor();
    const said = await app.getByTestId('log-said').allTextContents();
    const scripts = (await facts()).entries.filter((e) => e.signalKind === 'script_src' && e.ruleId);
    expect(scripts.length).toBeGreaterThan(0);
    for (const e of scripts) expect(said).toContain(`${ruleFile(e.ruleId!).product}'s script loaded on ${e.site}`);
    expect(said.join('\n')).not.toMatch(/\*\//);
    expect(await app.getByTestId('log-signal').first().isVisible()).toBe(false);
  });
});

describe('every section has its own address', () => {
  const sections: [string, string][] = [
    ['overview', 'dash-summary'],
    ['evidence', 'log-table'],
    ['policy', 'declarations'],
    ['reports', 'letter-draft'],
    ['rep', 'open-rep-view'],
    ['settings', 'scope-input'],
  ];
  for (const [route, testId] of sections) {
    it(`opens #${route} by URL, marks it in the navigation and passes axe`, async () => {
      await app.goto(url(`#${route}`));
      await app.getByTestId(testId).waitFor();
      expect(await app.getByRole('navigation').getByTestId(`nav-${route}`).getAttribute('aria-current')).toBe('page');
      expect(await app.locator('[aria-current=page]').count()).toBe(1);
      for (const [other, otherId] of sections)
        if (other !== route && otherId !== testId) expect(await app.getByTestId(otherId).count()).toBe(0);
      expect(await seriousViolations(app)).toEqual([]);
    });
  }

  it('lands on the overview from the bare address, one section at a time, like any app', async () => {
    await app.goto(url(''));
    await app.getByTestId('dash-summary').waitFor();
    expect(await app.getByTestId('nav-overview').getAttribute('aria-current')).toBe('page');
    expect(await app.locator('main').getAttribute('data-route')).toBe('overview');
    for (const [, otherId] of sections.slice(1)) expect(await app.getByTestId(otherId).count()).toBe(0);
  });

  it("keeps the popup's #declarations and #read-policy links working", async () => {
    await app.goto(url('#declarations'));
    await app.getByTestId('declarations').waitFor();
    expect(await app.getByTestId('nav-policy').getAttribute('aria-current')).toBe('page');
    // The popup opens #read-policy in a new tab; the section that holds the reader is shown.
    const reader = await browser.context.newPage();
    await reader.goto(url('#read-policy'));
    await reader.getByTestId('declarations').waitFor();
    expect(await reader.getByTestId('nav-policy').getAttribute('aria-current')).toBe('page');
    await reader.close();
  });

  it('moves between sections from the keyboard, focus landing on the section heading', async () => {
    await app.goto(url('#overview'));
    await app.getByTestId('dash-summary').waitFor();
    await app.getByTestId('nav-settings').focus();
    await app.keyboard.press('Enter');
    await app.getByTestId('scope-input').waitFor();
    expect(new URL(app.url()).hash).toBe('#settings');
    expect(await app.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await app.goBack();
    await app.getByTestId('dash-summary').waitFor();
    expect(await app.getByTestId('nav-overview').getAttribute('aria-current')).toBe('page');
  });
});
