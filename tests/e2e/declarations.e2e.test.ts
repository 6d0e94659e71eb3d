// Declared vs observed in real Chromium: import a rep's declaration, visit the demo work app, and see
// Declared / Undeclared in the popup and on the toolbar; a malformed import changes nothing; the policy
// reader suggests items from the policy page (via the popup), pasted text and a PDF.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/make-pdf';
import {
  eventually,
  extensionProbe,
  openPopupFor,
  readLogEntries,
  readReport,
  settled,
  tabIdOf,
  WORK_SITE,
  type Launched,
} from './browser';
import { optionsUrl } from './options-app';
import { useObservedBrowser } from './session';

let browser: Launched;
let options: Page;
let workTab: number;

const repDeclaration = {
  format: 'sightline-declaration',
  version: 1,
  id: 'contoso-2026',
  employer: 'Contoso Ltd',
  title: 'Monitoring at work',
  url: `${WORK_SITE}/policies/monitoring.html`,
  policyVersion: '2',
  date: '2026-01-10',
  items: [
    { id: 'pendo', product: 'Pendo', purpose: 'In-app guides', retention: '12 months' },
    { id: 'telemetry', category: 'platform_telemetry', purpose: 'Service support' },
    { id: 'dlp', product: 'Microsoft Purview', category: 'dlp_insider_risk' },
    { id: 'viva', product: 'Viva Insights', category: 'productivity_scoring' },
  ],
  promises: [
    { id: 'no-keys', capability: 'typed_text', quote: 'We do not use keystroke logging.' },
    { id: 'no-webcam', capability: 'camera', quote: 'We never switch on your webcam.' },
  ],
};

/** Products, by name, among the rules a report found that the rule files say can capture a capability. */
function productsCapturing(findings: Record<string, unknown>, capability: string): string[] {
  const dir = new URL('../../src/rules/vendors/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map(
      (f) =>
        JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { id: string; product: string; capabilities?: string[] },
    )
    .filter((rule) => Object.hasOwn(findings, rule.id) && (rule.capabilities ?? []).includes(capability))
    .map((rule) => rule.product)
    .sort();
}

async function storedDeclarations(): Promise<string> {
  const probe = await extensionProbe(browser);
  return probe.evaluate(async () =>
    JSON.stringify((await chrome.storage.local.get('declarations')).declarations ?? null),
  );
}

/** Import through the file input and return the page's answer (waiting for a new one to appear). */
async function importFile(name: string, content: string | Buffer): Promise<string> {
  const message = options.getByTestId('declaration-message');
  const before = (await message.count()) > 0 ? await message.textContent() : null;
  await options
    .getByTestId('declaration-import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  return eventually('the import result', async () => {
    const now = (await message.count()) > 0 ? await message.textContent() : null;
    return now !== null && now !== before ? now : undefined;
  });
}

async function badge(tabId: number): Promise<{ text: string; title: string }> {
  const probe = await extensionProbe(browser);
  return probe.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

useObservedBrowser(async (session) => {
  ({ browser } = session);
  options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId, 'policy'));
  await options.getByTestId('declarations').waitFor();
});

describe("a rep's declaration, imported", () => {
  it('is stored and listed', async () => {
    expect(await importFile('contoso.json', JSON.stringify(repDeclaration))).toContain(
      'Imported: Contoso Ltd - Monitoring at work v2 (2026-01-10)',
    );
    expect(await options.getByTestId('declaration-row').count()).toBe(1);
  });

  it('marks each finding declared or undeclared, and the toolbar shows undeclared monitoring', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORK_SITE}/`);
    workTab = (await tabIdOf(browser, `${WORK_SITE}/`))!;
    await eventually('four findings compared', async () => {
      const report = await readReport(browser, workTab);
      return (
        report &&
        Object.keys(report.findings).length >= 4 &&
        report.policy &&
        Object.keys(report.policy.statuses).length >= 4
      );
    });
    const popup = await openPopupFor(browser, workTab);
    expect(await popup.getByTestId('verdict').getAttribute('data-state')).toBe('undeclared');
    expect(await popup.getByTestId('verdict').textContent()).toContain('2 of 4 products seen are not in Contoso Ltd');
    expect(await popup.getByTestId('finding-pendo').getAttribute('data-status')).toBe('product');
    expect(await popup.getByTestId('finding-microsoft-1ds-telemetry').getAttribute('data-status')).toBe('category');
    expect(await popup.getByTestId('finding-fullstory').getAttribute('data-status')).toBe('undeclared');
    expect(await popup.getByTestId('finding-hotjar').getAttribute('data-status')).toBe('undeclared');
    expect(
      await popup.getByTestId('finding-fullstory').getByRole('link', { name: 'Open the policy' }).getAttribute('href'),
    ).toBe(repDeclaration.url);
    expect(await popup.getByTestId('declared-not-seen').textContent()).toContain('Microsoft Purview');
    // Server-side features of Microsoft 365 are offered, not seen: the policy names Viva Insights, not Adoption Score.
    const offers = popup.getByTestId('platform-offers');
    expect(await offers.getByRole('heading').textContent()).toBe('What Microsoft 365 offers your employer');
    expect(
      await offers
        .getByTestId('offer-microsoft-viva-insights-organizational')
        .getByTestId('offer-status')
        .textContent(),
    ).toContain('named in the policy');
    expect(
      await offers.getByTestId('offer-microsoft-365-adoption-score').getByTestId('offer-status').textContent(),
    ).toContain('not in the policy');
    expect(await popup.getByTestId('declared-not-seen').textContent()).not.toContain('Viva');
    expect(await popup.getByTestId('policy-gaps').textContent()).toContain('how to see and challenge it');
    // The policy's promise of no keystroke logging, held against what the products seen can capture.
    const report = await readReport(browser, workTab);
    const typing = productsCapturing(report!.findings, 'typed_text');
    expect(typing.length).toBeGreaterThan(0);
    const contradictions = popup.getByTestId('contradiction');
    expect(await contradictions.count()).toBe(1); // the webcam promise: nothing seen here can use the camera
    expect(productsCapturing(report!.findings, 'camera')).toEqual([]);
    const said = await contradictions.first().textContent();
    expect(said).toContain('We do not use keystroke logging.');
    expect(said).toContain(
      `yet ${typing.join(', ')} was seen on this tab, and its vendor documents that it can capture what you type`,
    );
    // Undeclared findings come first.
    const order = await popup
      .locator('[data-testid^="finding-"]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-status')));
    expect(order.slice(0, 2)).toEqual(['undeclared', 'undeclared']);
    await popup.close();
    const state = await badge(workTab);
    expect(state.text).toBe('2!');
    expect(state.title).toContain('undeclared monitoring active here');
  });

  it('records in the evidence log which declaration each finding was compared with', async () => {
    const entries = await settled(() => readLogEntries(browser));
    const fullstory = entries.find((e) => e.ruleId === 'fullstory') as
      { declaration?: string; declared?: string } | undefined;
    expect(fullstory?.declaration).toBe('contoso-2026: Contoso Ltd - Monitoring at work v2 (2026-01-10)');
    expect(fullstory?.declared).toBe('no');
    expect((entries.find((e) => e.ruleId === 'pendo') as { declared?: string }).declared).toBe('product');
  });
});

describe('a malformed or hostile import', () => {
  it.each([
    ['broken JSON', '{"format": "sightline-declaration",', /not valid JSON/],
    ['no employer', JSON.stringify({ ...repDeclaration, id: 'other', employer: '' }), /employer/],
    ['a script link', JSON.stringify({ ...repDeclaration, id: 'other', url: 'javascript:alert(1)' }), /at url/],
    [
      'an evidence export',
      JSON.stringify({ format: 'sightline-evidence', version: 1 }),
      /not a Sightline declaration file/,
    ],
  ])('%s: shows a specific error and changes nothing stored', async (_what, content, reason) => {
    const before = await storedDeclarations();
    const message = await importFile('bad.json', content);
    expect(message).toMatch(/Nothing was changed/);
    expect(message).toMatch(reason);
    expect(await options.getByTestId('declaration-message').getAttribute('role')).toBe('alert');
    expect(await storedDeclarations()).toBe(before);
  });

  it('refuses an oversized file', async () => {
    const before = await storedDeclarations();
    expect(await importFile('huge.json', Buffer.alloc(600 * 1024, 32))).toMatch(/at most 512 KB/);
    expect(await storedDeclarations()).toBe(before);
  });
});

describe('reading the policy', () => {
  it('from the policy page open in a tab, via the popup, suggests what the page names', async () => {
    const policyPage = await browser.context.newPage();
    await policyPage.goto(`${WORK_SITE}/policies/monitoring.html`);
    const policyTab = (await tabIdOf(browser, `${WORK_SITE}/policies/monitoring.html`))!;
    const popup = await openPopupFor(browser, policyTab);
    const opened = browser.context.waitForEvent('page');
    await popup.getByTestId('read-this-tab').click();
    const reader = await opened;
    await reader.getByTestId('suggestions').waitFor();
    const suggestions = await reader
      .getByTestId('suggestion')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(suggestions).toEqual(expect.arrayContaining(['p:pendo', 'c:platform_telemetry', 'c:employee_monitoring']));
    // "We do not use keystroke logging" is flagged and left unticked.
    const keystrokes = reader.locator('[data-testid="suggestion"][data-key="c:employee_monitoring"]');
    expect(await keystrokes.textContent()).toContain('NOT used');
    expect(await keystrokes.locator('input[type=checkbox]').isChecked()).toBe(false);
    // ...and offered as promises to check: no keystroke logging (already in the active declaration the
    // rep imported, so not offered twice) and no screenshots (new, ticked).
    const promises = reader.getByTestId('reader-promise');
    expect(await promises.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual([
      'promise:k:typed_text',
      'promise:k:screen_capture',
    ]);
    expect(await promises.first().textContent()).toContain('already');
    expect(await promises.first().locator('input[type=checkbox]').isDisabled()).toBe(true);
    expect(await promises.nth(1).locator('input[type=checkbox]').isChecked()).toBe(true);
    // The page's own retention, access and rights sentences answer those points.
    expect(
      await reader.getByTestId('reader-statement').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key'))),
    ).toEqual(['retention', 'access', 'rights']);
    await reader.getByTestId('add-suggestions').click();
    expect(await reader.getByTestId('declaration-promise').count()).toBe(repDeclaration.promises.length + 1);
    expect(await reader.getByTestId('statement-rights').inputValue()).toContain(
      'see and challenge the information we hold',
    );
    const checklist = await reader.getByTestId('checklist').textContent();
    expect(checklist).toMatch(/✓ how to see and challenge it: answered for (\d+) of \1 item/);
    expect(checklist).not.toMatch(/✗ how to see and challenge it/);
    expect(await reader.getByTestId('policy-url').inputValue()).toBe(`${WORK_SITE}/policies/monitoring.html`);
    await reader.close();
    await popup.close();
    await policyPage.close();
  });

  it('from pasted text: accepted suggestions become items, and findings are re-compared', async () => {
    await options.reload();
    await options.getByRole('button', { name: 'Edit' }).click();
    await options.getByTestId('policy-reader').locator('summary').click();
    await options
      .getByTestId('policy-text')
      .fill('Session recording. We use FullStory and Hotjar on the intranet to see where pages confuse people.');
    await options.getByTestId('suggest').click();
    await options.getByTestId('add-suggestions').click();
    await options.getByTestId('declaration-save').click();
    await expect.poll(() => options.getByTestId('declaration-message').textContent()).toContain('Saved');
    await eventually('every finding declared', async () => {
      const report = await readReport(browser, workTab);
      return report?.policy && Object.values(report.policy.statuses).every((s) => s !== 'undeclared');
    });
    expect((await badge(workTab)).text).toBe('4');
  });

  it('a kind no browser sees, picked in the item editor, is saved in version 2 and never listed as "not seen"', async () => {
    await options.reload();
    await options.getByRole('button', { name: 'Edit' }).click();
    await options.getByTestId('item-add').click();
    await options.getByTestId('item-kind').last().selectOption('biometrics');
    await options.getByTestId('declaration-save').click();
    await expect.poll(() => options.getByTestId('declaration-message').textContent()).toContain('Saved');
    const stored = JSON.parse(await storedDeclarations()) as {
      declarations: { version: number; items: { id: string; kind?: string; category?: string }[] }[];
    };
    const saved = stored.declarations[0]!;
    expect(saved.version).toBe(2);
    expect(saved.items.filter((i) => i.kind === 'biometrics').map((i) => i.category)).toEqual([undefined]);
    // Imported from a version 1 file: its categories became kinds.
    expect(saved.items.find((i) => i.id === 'telemetry')).toMatchObject({
      kind: 'platform_telemetry',
      category: 'platform_telemetry',
    });
    // The comparison is redone with the saved items (the checklist counts them), and the biometric item
    // is not among "declared, not seen here": a browser could never see it.
    type Compared = { checklist: { total: number }[]; notSeen: { label: string }[] };
    const compared = await eventually('the comparison redone with the new item', async () => {
      const policy = (await readReport(browser, workTab))?.policy as unknown as Compared | undefined;
      return policy && policy.checklist[0]?.total === saved.items.length ? policy : undefined;
    });
    expect(compared.notSeen.map((n) => n.label)).not.toContain('Biometrics for attendance or access');
    expect(compared.notSeen.map((n) => n.label)).toContain('Microsoft Purview');
  });

  it('from a PDF file', async () => {
    await options.getByTestId('declaration-new').click();
    await options.getByTestId('policy-reader').locator('summary').click();
    const pdf = makePdf([
      'Acme monitoring notice.',
      'We use Teramind to record activity and take screenshots of company laptops.',
    ]);
    await options
      .getByTestId('policy-pdf')
      .setInputFiles({ name: 'notice.pdf', mimeType: 'application/pdf', buffer: pdf });
    await options.getByTestId('suggestions').waitFor();
    const keys = await options
      .getByTestId('suggestion')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(keys).toContain('c:employee_monitoring');
    expect(await options.getByTestId('policy-text').inputValue()).toContain('Teramind');
  });

  it('reads in a worker, so a megabyte of punctuation never blocks the page', async () => {
    await options.reload();
    await options.getByTestId('declaration-new').click();
    await options.getByTestId('policy-reader').locator('summary').click();
    const workers: string[] = [];
    options.on('worker', (worker) => workers.push(worker.url()));
    const hostile = '.'.repeat(1_000_000) + ' We use Hotjar to record sessions.';
    await options.getByTestId('policy-text').fill(hostile);
    await options.getByTestId('suggest').click();
    await options.getByTestId('suggestions').waitFor();
    expect(workers.some((url) => url.includes('read-policy.worker'))).toBe(true);
    const keys = await options
      .getByTestId('suggestion')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    // The scan is capped at 1,000,000 characters, so the sentence after the dots is not read.
    expect(keys).toEqual([]);
    await options.getByTestId('policy-text').fill('We use Hotjar to record sessions.');
    await options.getByTestId('suggest').click();
    await expect
      .poll(() => options.getByTestId('suggestion').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key'))))
      .toContain('p:hotjar');
  });
});

describe('declarations stored by an older version', () => {
  it('still read: a version 1 declaration in storage is listed and applied', async () => {
    const probe = await extensionProbe(browser);
    const old = { ...repDeclaration, id: 'old-v1', employer: 'Old Employer Ltd', sites: [] };
    await probe.evaluate(
      async (d) => chrome.storage.local.set({ declarations: { version: 1, declarations: [d], activeId: d.id } }),
      old,
    );
    await options.reload();
    await expect
      .poll(() => options.getByTestId('declaration-row').allTextContents())
      .toEqual([expect.stringContaining('Old Employer Ltd')]);
    await eventually(
      'the old declaration applied to the work tab',
      async () => (await readReport(browser, workTab))?.policy?.declarationId === 'old-v1',
    );
  });

  it('offers monitoring a browser cannot see (CCTV, call recording) as items, and shows what the policy denies', async () => {
    await options.reload();
    await options.getByTestId('declaration-new').click();
    await options.getByTestId('policy-reader').locator('summary').click();
    await options
      .getByTestId('policy-text')
      .fill(
        'CCTV operates in all car parks and reception areas. Telephone calls to the contact centre may be recorded for training. We do not use fingerprint clocking.',
      );
    await options.getByTestId('suggest').click();
    await options.getByTestId('reader-kinds').waitFor();
    const kinds = await options
      .getByTestId('reader-kind')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-key'),
          (r.querySelector('input') as HTMLInputElement).checked,
          (r.querySelector('input') as HTMLInputElement).disabled,
        ]),
      );
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['k:cctv_video', true, false],
        ['k:call_recording', true, false],
      ]),
    );
    const biometrics = kinds.find(([key]) => key === 'k:biometrics');
    if (biometrics) expect(biometrics.slice(1)).toEqual([false, true]); // denied: shown, never added
    const before = await options.getByTestId('declared-item').count();
    await options.getByTestId('add-suggestions').click();
    expect(await options.getByTestId('declared-item').count()).toBe(
      before + kinds.filter(([, checked]) => checked).length,
    );
    const chosen = await options
      .getByTestId('item-kind')
      .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(chosen).toEqual(expect.arrayContaining(['cctv_video', 'call_recording']));
  });
});
