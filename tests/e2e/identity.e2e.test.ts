// The optional identity check in real Chromium: off by default; once the worker enters their email in
// the options page, a hashed email in a request body and a URL-encoded one in a query are found and
// recorded only as "email:sha256" / "email:url_encoded" — the email and its hash are stored nowhere, not
// even when a product puts them in the URL path.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  eventually,
  extensionProbe,
  openPopupFor,
  readLogEntries,
  readReport,
  tabIdOf,
  WORK_SITE,
  type Launched,
} from './browser';
import { optionsUrl } from './options-app';
import { useObservedBrowser } from './session';

let browser: Launched;
useObservedBrowser((session) => {
  ({ browser } = session);
});

const PROFILE = `${WORK_SITE}/sites/team/profile.html`;
const EMAIL = 'jo.bloggs@contoso.example';
const HASH = createHash('sha256').update(EMAIL).digest('hex');

async function visitProfile(): Promise<number> {
  // One profile tab at a time, so the tab id found is this visit's.
  for (const open of browser.context.pages()) if (open.url() === PROFILE) await open.close();
  const page = await browser.context.newPage();
  await page.goto(PROFILE);
  await page.waitForSelector('text=Loaded');
  return (await tabIdOf(browser, PROFILE))!;
}

async function everythingStored(): Promise<string> {
  const probe = await extensionProbe(browser);
  const storage = await probe.evaluate(async () =>
    JSON.stringify({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }),
  );
  return storage + JSON.stringify(await readLogEntries(browser));
}

describe('is who you are sent to monitoring products?', () => {
  it('is off by default: nothing is looked for', async () => {
    const tabId = await visitProfile();
    const report = await eventually('both products', async () => {
      const r = await readReport(browser, tabId);
      return r?.findings.fullstory && r.findings.mixpanel ? r : undefined;
    });
    expect(report.findings.fullstory).not.toHaveProperty('identifiedBy');
    expect(report.findings.mixpanel).not.toHaveProperty('identifiedBy');
  });

  it('once the worker enters their email, finds it hashed in a body and URL-encoded in a query', async () => {
    const options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'settings'));
    await options.getByTestId('identity-enabled').check();
    await options.getByTestId('identity-email').fill('  Jo.Bloggs@Contoso.example ');
    await options.getByTestId('identity-save').click();
    expect(await options.getByTestId('identity-message').textContent()).toContain('The check is on');
    await options.close();

    const tabId = await visitProfile();
    const report = await eventually('identity on both findings', async () => {
      const r = await readReport(browser, tabId);
      return r?.findings.fullstory?.identifiedBy && r.findings.mixpanel?.identifiedBy ? r : undefined;
    });
    expect(report.findings.fullstory!.identifiedBy).toEqual(['email:sha256']);
    expect(report.findings.mixpanel!.identifiedBy).toEqual(['email:url_encoded']);

    const popup = await openPopupFor(browser, tabId);
    expect(await popup.getByTestId('finding-fullstory').getByTestId('identified-by').textContent()).toBe(
      'It was sent who you are: your email address (as a SHA-256 hash).',
    );
    await popup.close();

    const logged = await eventually('the identity evidence', async () => {
      const entries = (await readLogEntries(browser)).filter((e) => e.signalKind === 'identifier');
      return entries.length >= 2 ? entries : undefined;
    });
    // Only the host it was sent to: a path can carry the identifier itself.
    expect(logged.map((e) => `${e.ruleId} ${e.signalValue} ${e.evidence}`).sort()).toEqual([
      'fullstory email:sha256 https://rs.fullstory.com',
      'mixpanel email:url_encoded https://api-js.mixpanel.com',
    ]);
  });

  it('keeps only the host as evidence when a product puts the identifier in the URL path', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORK_SITE}/sites/team/account.html`);
    await page.waitForSelector('text=Loaded');
    const tabId = (await tabIdOf(browser, `${WORK_SITE}/sites/team/account.html`))!;
    const report = await eventually('both products', async () => {
      const r = await readReport(browser, tabId);
      return r?.findings.logrocket?.identifiedBy && r.findings.heap?.identifiedBy ? r : undefined;
    });
    expect(report.findings.logrocket!.identifiedBy).toEqual(['email:sha256']);
    expect(report.findings.heap!.identifiedBy!.sort()).toEqual(['email:plain', 'email:url_encoded']);
    // The finding's own evidence, a URL path, is scrubbed too.
    expect(report.findings.logrocket!.signals[0]!.evidence).toBe('https://cdn.lr-ingest.io/i/[email:sha256]/session');
    await page.close();
  });

  it('keeps neither the hash nor the encoded email anywhere but the settings the worker typed', async () => {
    const stored = await everythingStored();
    expect(stored).not.toContain(HASH);
    expect(stored).not.toContain('jo.bloggs%40');
    // The identifier itself is stored once, as typed, in the worker's own settings, and nowhere else.
    expect(stored.toLowerCase().split(EMAIL).length - 1).toBe(1);
    expect(stored).toContain(
      '"identity":{"enabled":true,"identifiers":[{"kind":"email","value":"Jo.Bloggs@Contoso.example"}]',
    );
  });
});
