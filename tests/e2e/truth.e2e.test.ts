// The truth suite (issue 14): journeys a worker and a rep take in real Chromium, each output checked
// statement by statement against facts this test works out for itself from the rule files, the
// declaration files and the raw log (truth-facts.ts), never by calling the code that wrote the statement.
// (a) browse, then import the policy; (b) policy first, then browse; (c) the policy changes mid-way;
// (d) seven members, each in their own browser profile, export at mixed detail, named and anonymous; a
// rep merges them, one file tampered with (truth-members.ts, truth-profiles.ts, truth-rep.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  eventually,
  EXPECTED_ON_TIMESHEETS,
  readLogEntries,
  readReport,
  settled,
  tabIdOf,
  WORK_SITE,
  type Launched,
  type LogEntryShape,
} from './browser';
import { optionsUrl, showSection } from './options-app';
import { useObservedBrowser } from './session';
import { expectedStatus, policyName, productsIn, readDeclaration, type DeclarationFile } from './truth-facts';
import { checkLetter, checkMemberReport, checkPopup, download } from './truth-outputs';
import { checkRepMerge } from './truth-rep';
import { MEMBERS } from './truth-members';
import { runMember, tamper } from './truth-profiles';
import type { FixtureServer } from '../fixtures/server';

let browser: Launched;
let server: FixtureServer;
let options: Page;
let viewer: Page;

const policy = readDeclaration('contoso-monitoring.json');
/** The same policy, re-issued: it now names Fullstory (same id, so it replaces the first). */
const revised: DeclarationFile = {
  ...policy,
  policyVersion: '3',
  date: '2026-02-01',
  items: [...policy.items, { id: 'fullstory', product: 'Fullstory', category: 'session_recording' }],
};

useObservedBrowser(async (session) => {
  ({ browser, server } = session);
  options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId, 'policy'));
  await options.getByTestId('declarations').waitFor();
  viewer = await browser.context.newPage();
});

async function importDeclaration(d: DeclarationFile): Promise<string> {
  await showSection(options, 'policy');
  const message = options.getByTestId('declaration-message');
  const before = (await message.count()) > 0 ? await message.textContent() : null;
  await options
    .getByTestId('declaration-import')
    .setInputFiles({ name: `${d.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) });
  return eventually('the import result', async () => {
    const now = (await message.count()) > 0 ? await message.textContent() : null;
    return now !== null && now !== before ? now : undefined;
  });
}

/** Open the demo work app and wait until the log holds what its front page loads. */
async function browseWorkApp(): Promise<{ page: Page; tabId: number; entries: LogEntryShape[] }> {
  const page = await browser.context.newPage();
  await page.goto(`${WORK_SITE}/`);
  await eventually(
    "the front page's products logged",
    async () => {
      const ids = new Set((await readLogEntries(browser)).map((e) => e.ruleId));
      return EXPECTED_ON_TIMESHEETS.every((id) => ids.has(id));
    },
    20_000,
  );
  const entries = await settled(() => readLogEntries(browser));
  return { page, tabId: (await tabIdOf(browser, `${WORK_SITE}/`))!, entries };
}

/** The tab's comparison redone against the declaration that applies now (by its label). */
async function comparedWith(tabId: number, d: DeclarationFile): Promise<void> {
  await eventually(`the tab compared with ${policyName(d)}`, async () => {
    const report = await readReport(browser, tabId);
    return (
      report?.policy?.label === policyName(d) &&
      Object.keys(report.findings).every((id) => report.policy!.statuses[id] === expectedStatus(id, d))
    );
  });
}

async function memberReport(): Promise<string> {
  await showSection(options, 'evidence');
  await options.reload();
  await options.getByTestId('log-table').waitFor();
  return download(options, 'export-report');
}

async function enquiryLetter(): Promise<string> {
  await showSection(options, 'reports');
  await options.getByTestId('letter-kind').selectOption('monitoring-enquiry');
  await options.getByTestId('letter-draft').click();
  return eventually('the letter', async () => (await options.getByTestId('letter-text').inputValue()) || undefined);
}

async function clearLog(): Promise<void> {
  for (const page of browser.context.pages()) if (/^https:/.test(page.url())) await page.close();
  await settled(() => readLogEntries(browser));
  await showSection(options, 'evidence');
  await options.reload();
  await options.getByTestId('clear-log').click();
  await options.getByTestId('clear-confirm').click();
  await options.getByTestId('log-empty').waitFor();
}

describe('(a) browse the work app, then import the policy', () => {
  let tabId: number;
  let entries: LogEntryShape[];

  it('logs with no policy, then popup, report and letter all use the policy imported after', async () => {
    ({ tabId, entries } = await browseWorkApp());
    expect(productsIn(entries).all).toEqual(expect.arrayContaining(EXPECTED_ON_TIMESHEETS));
    // The log keeps what was known when it recorded: no policy.
    expect(entries.filter((e) => e.ruleId).every((e) => (e as { declared?: string }).declared === undefined)).toBe(
      true,
    );
    expect(await importDeclaration(policy)).toContain(`Imported: ${policyName(policy)}`);
    await comparedWith(tabId, policy);
    await checkPopup(browser, tabId, entries, policy);
    const now = await settled(() => readLogEntries(browser));
    const report = await memberReport();
    // Not vacuous: products the log recorded with no policy say so beside today's status.
    expect(report).toContain('(when it was recorded: No policy recorded)');
    await checkMemberReport(viewer, report, { entries: now, declaration: policy });
    checkLetter(await enquiryLetter(), now, policy);
  });
});

describe('(b) policy first, then browse', () => {
  it('records each finding against the policy, and every output agrees with the log', async () => {
    await clearLog();
    const { tabId, entries } = await browseWorkApp();
    // Recorded against the policy this time: the log's own status is today's.
    for (const id of productsIn(entries).all) {
      const declared = entries.filter((e) => e.ruleId === id).map((e) => (e as { declared?: string }).declared);
      const status = expectedStatus(id, policy);
      expect(declared, id).toContain(status === 'undeclared' ? 'no' : status);
    }
    await comparedWith(tabId, policy);
    await checkPopup(browser, tabId, entries, policy);
    const report = await memberReport();
    expect(report).not.toContain('when it was recorded');
    await checkMemberReport(viewer, report, { entries, declaration: policy });
    checkLetter(await enquiryLetter(), entries, policy);
  });
});

describe('(c) the policy changes mid-way', () => {
  it('every output uses the re-issued policy that names Fullstory, and the report says what the log recorded', async () => {
    const { tabId } = await browseWorkApp();
    expect(expectedStatus('fullstory', policy)).toBe('undeclared');
    expect(expectedStatus('fullstory', revised)).toBe('product');
    expect(await importDeclaration(revised)).toContain(policyName(revised));
    await comparedWith(tabId, revised);
    const entries = await settled(() => readLogEntries(browser));
    await checkPopup(browser, tabId, entries, revised);
    const report = await memberReport();
    expect(report).not.toContain(policyName(policy));
    await checkMemberReport(viewer, report, { entries, declaration: revised });
    const fullstory = viewer
      .locator('article.product', { has: viewer.locator('h3', { hasText: 'Fullstory' }) })
      .locator('dd')
      .first();
    expect(await fullstory.textContent()).toMatch(/^Declared \(named\)/);
    const letter = await enquiryLetter();
    expect(letter).not.toContain(`v${policy.policyVersion} (`);
    checkLetter(letter, entries, revised);
  });
});

describe('(d) seven members in their own profiles, and a rep who merges their exports', () => {
  it('counts only what each detail level can say, keeps the tampered file out, and names no one for management', async () => {
    const exports = [];
    // One profile after another (two cores): each a fresh user-data-dir with the same built extension.
    for (const plan of MEMBERS) {
      const exported = await runMember(server, plan, policy);
      exports.push(plan.tamper ? { ...exported, text: tamper(exported.text) } : exported);
    }
    await checkRepMerge(browser, viewer, policy, exports);
  }, 240_000);
});
