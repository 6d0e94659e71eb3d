// Worker-reported observations in real Chromium (issue 21): a member records what they saw or were told
// on the options page (a mistake is refused field by field and loses nothing), drafts a subject access
// request that lists them as the member's own account and asks each kind for its data, exports, and the rep
// loads that export beside another member's; the rep view counts members per kind and workplace, keeps
// the reports out of the browser rows, and the report leads with what was reported or observed but not
// declared. Expected figures are worked out here from the files themselves.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { buildBundle } from '../../src/evidence/export/bundle';
import { draft } from '../../src/evidence/log/test-entries';
import { GENESIS_HASH, sealDrafts } from '../../src/evidence/seal/seal';
import { reportDraft, sealReport } from '../../src/evidence/seal/seal-report';
import { SAR_DATA } from '../../src/evidence/letter/letter-kind-words';
import { eventually, readLogEntries, WORK_SITE, type Launched } from './browser';
import { optionsUrl } from './options-app';
import { useObservedBrowser } from './session';

let browser: Launched;

useObservedBrowser(async (session) => {
  ({ browser } = session);
});

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two days ago as YYYY-MM-DD: before "today" in any time zone the browser may be in. */
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const TEAM_ROOM = 'Town Hall team room';

async function fillReport(
  options: Page,
  report: { kind: string; where: string; when: string; how: string; note?: string },
): Promise<void> {
  await options.getByTestId('report-kind').selectOption(report.kind);
  await options.getByTestId('report-where').fill(report.where);
  await options.getByTestId('report-when').fill(report.when);
  await options.getByTestId(`report-how-${report.how}`).check();
  await options.getByTestId('report-note').fill(report.note ?? '');
  await options.getByTestId('report-save').click();
}

/** Another member's export: Fullstory seen once, and a report of audio recording in the same team room. */
function otherMember(): string {
  const at = Date.now() - 3_600_000;
  const { sealed, head } = sealDrafts([draft({ at, firstAt: at, lastAt: at, declared: 'no' })], {
    seq: 0,
    hash: GENESIS_HASH,
  });
  const report = sealReport(
    reportDraft({ kind: 'audio_recording', where: 'town hall  team room', when: TWO_DAYS_AGO, how: 'told' }, at + 1),
    head,
  );
  return JSON.stringify(
    buildBundle([...sealed, report.sealed], {
      exportId: 'export-M-BBBBBBBB',
      createdAt: new Date(),
      extensionVersion: '0.2.0',
      ruleDbVersion: '2026.11.22',
      redaction: 'full',
      member: { named: false, code: 'M-BBBBBBBB' },
    }),
  );
}

it('records two reports, exports them in their own section, and the rep counts and leads with them', async () => {
  const work = await browser.context.newPage();
  await work.goto(`${WORK_SITE}/`);
  await eventually('the browser finding logged', async () =>
    (await readLogEntries(browser)).some((e) => e.ruleId === 'fullstory'),
  );

  const options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId, 'evidence'));
  await options.getByTestId('worker-report').waitFor();

  // A mistake: no place, a date after today. Each field says what is wrong; nothing is recorded; what was typed stays.
  await fillReport(options, { kind: 'audio_recording', where: '  ', when: '2999-01-01', how: 'saw', note: 'kept' });
  expect(await options.getByTestId('report-where-error').textContent()).toBe('Say where: the workplace or site.');
  expect(await options.getByTestId('report-when-error').textContent()).toMatch(/^2999-01-01 is after today \(/);
  expect(await options.getByTestId('report-status').getAttribute('role')).toBe('alert');
  expect(await options.getByTestId('report-note').inputValue()).toBe('kept');
  expect(await options.getByTestId('report-list-empty').isVisible()).toBe(true);

  const note = 'a camera with a microphone above the door';
  await fillReport(options, { kind: 'audio_recording', where: TEAM_ROOM, when: TWO_DAYS_AGO, how: 'saw', note });
  await expect
    .poll(() => options.getByTestId('report-status').textContent())
    .toMatch(/^Recorded and sealed as entry \d+/);
  await fillReport(options, { kind: 'biometrics', where: 'Depot', when: TWO_DAYS_AGO, how: 'told' });
  await expect.poll(() => options.getByTestId('report-list').locator('li').count()).toBe(2);
  expect(await options.getByTestId('report-list').textContent()).toContain(note);

  // The member's own subject access request lists both reports as their account, beside what the browser
  // observed, and asks each kind for the data it produced. Expected words come from what was recorded above.
  const letterPage = await browser.context.newPage();
  await letterPage.goto(optionsUrl(browser.extensionId, 'reports'));
  await letterPage.getByTestId('letter-kind').selectOption('subject-access');
  await letterPage.getByTestId('letter-draft').click();
  await expect.poll(() => letterPage.getByTestId('letter-text').inputValue()).toContain('Article 15');
  const sar = await letterPage.getByTestId('letter-text').inputValue();
  const day = new Date(`${TWO_DAYS_AGO}T00:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const paragraphs = sar.split('\n\n');
  const audioBlock = paragraphs.find((p) => p.startsWith('- CCTV or other audio recording:'));
  const biometricBlock = paragraphs.find((p) => p.startsWith('- Biometrics for attendance or access:'));
  expect(audioBlock).toContain(`What I know: I saw it myself, at ${TEAM_ROOM}, on ${day} (1 report in my record).`);
  expect(biometricBlock).toContain(`What I know: I was told about it, at Depot, on ${day} (1 report in my record).`);
  expect(audioBlock).not.toContain('Seen on:');
  // No policy is loaded here: neither report is called declared or undeclared.
  expect(audioBlock).not.toContain('Policy:');
  expect(sar).toContain('they are not something Sightline observed in my browser');
  // What the browser observed stays as it was, ahead of the reports.
  expect(sar.indexOf('  Seen on: contoso.sharepoint.com')).toBeGreaterThan(0);
  expect(sar.indexOf('  Seen on: contoso.sharepoint.com')).toBeLessThan(
    sar.indexOf('- CCTV or other audio recording:'),
  );
  expect(sar).toMatch(
    new RegExp(`^\\d+\\. From biometrics for attendance or access: ${escapeRegExp(SAR_DATA.biometrics)}\\.$`, 'm'),
  );
  expect(sar).toMatch(
    new RegExp(`^\\d+\\. From CCTV or other audio recording: ${escapeRegExp(SAR_DATA.audio_recording)}\\.$`, 'm'),
  );
  // The note after the letter says it rests on the member's own reports too, and is a template.
  const afterLetter = sar.slice(sar.indexOf('--- Note (delete before sending) ---'));
  expect(afterLetter).toContain('from what it recorded in your browser and your own reports.');
  expect(afterLetter).toContain('It is not legal advice.');
  expect(sar.slice(0, sar.indexOf('--- Note'))).not.toContain(note);
  await letterPage.close();

  await options.getByTestId('redaction').selectOption('full');
  const own = await download(options, 'export-json');
  const bundle = JSON.parse(own) as {
    version: number;
    records: { kind: string }[];
    reported: { kind: string; report: { kind: string; where: string } }[];
  };
  expect(bundle.version).toBe(5);
  expect(bundle.reported.map((r) => [r.report.kind, r.report.where])).toEqual([
    ['audio_recording', TEAM_ROOM],
    ['biometrics', 'Depot'],
  ]);
  expect(bundle.records.some((r) => r.kind === 'worker_report')).toBe(false);
  expect(own).not.toContain(note);
  // The browser rows as the member's file holds them: Fullstory's count, summed from its own records.
  // Observations: page_load records count page loads, not signals.
  const ownFullstory = (bundle.records as { ruleId?: string; site?: string; signalKind?: string; count?: number }[])
    .filter((r) => r.ruleId === 'fullstory' && r.site === 'contoso.sharepoint.com' && r.signalKind !== 'page_load')
    .reduce((n, r) => n + (r.count ?? 0), 0);

  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep.getByTestId('rep-files').setInputFiles([
    { name: 'member-a.json', mimeType: 'application/json', buffer: Buffer.from(own) },
    { name: 'member-b.json', mimeType: 'application/json', buffer: Buffer.from(otherMember()) },
  ]);
  await expect.poll(() => rep.getByTestId('rep-summary').getAttribute('data-merged')).toBe('2');

  const reported = await rep
    .getByTestId('rep-reported-row')
    .evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-kind'), r.getAttribute('data-workplace'), r.getAttribute('data-members')]),
    );
  // Two spellings of one team room are one workplace, reported by both members; the depot by one.
  expect(reported).toEqual([
    ['audio_recording', TEAM_ROOM, '2'],
    ['biometrics', 'Depot', '1'],
  ]);
  // The browser row counts what the browser saw, and no report: member A's own count plus member B's 1.
  expect(
    await rep
      .locator('[data-testid="rep-row"][data-product="Fullstory"][data-site="contoso.sharepoint.com"]')
      .getAttribute('data-count'),
  ).toBe(String(ownFullstory + 1));

  // No policy loaded: everything reported or observed leads, the reported kinds with their counts.
  const lead = rep.getByTestId('picture-lead');
  expect(await lead.locator('[data-kind="audio_recording"]').textContent()).toContain(
    '2 members reported it (2 reports), at Town Hall team room.',
  );
  expect(await lead.locator('[data-kind="biometrics"]').textContent()).toContain(
    '1 member reported it (1 report), at Depot.',
  );
  expect(await lead.locator('[data-kind="session_recording"]').textContent()).toContain('seen by 2 members');

  const csv = await download(rep, 'rep-csv');
  expect(csv).toContain('\r\nreported_kind,kind_id,workplace,members,reports,first_date,last_date\r\n');
  expect(csv).toContain(
    `\r\nCCTV or other audio recording,audio_recording,${TEAM_ROOM},2,2,${TWO_DAYS_AGO},${TWO_DAYS_AGO}\r\n`,
  );
  expect(csv).not.toContain(note);

  const html = await download(rep, 'rep-report');
  const leadAt = html.indexOf('<section id="not-declared"');
  expect(leadAt).toBeGreaterThan(0);
  expect(leadAt).toBeLessThan(html.indexOf('<section id="contradictions"'));
  const leadSection = html.slice(leadAt, html.indexOf('</section>', leadAt));
  expect(leadSection).toContain('Reported or observed, but not declared');
  expect(leadSection).toContain('2 members reported it (2 reports), at Town Hall team room.');

  // The biometric objection, drafted from the same figures, names its law and says it is a template.
  const letter = await download(rep, 'picture-letter-biometric-objection');
  expect(letter).toContain('1 member reported it (1 report), at Depot.');
  expect(letter).toContain('an alternative that does not use my biometric data');
  expect(letter).toContain('It is not legal advice.');
  expect(await rep.getByTestId('picture-letter-cctv-audio').count()).toBe(1);
});
