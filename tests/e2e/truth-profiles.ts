// Journey (d) of the truth suite, the members: each plan of truth-members.ts run in its own Chromium
// profile (a fresh user-data-dir with the one built extension loaded), one after another. The member
// imports the policy when the plan says, browses its pages as a worker would, and exports from the
// options page at its detail level, named or not. Before exporting, the raw log must hold exactly the
// products the plan's pages call, on their sites: the facts the rep's merge is checked against are then
// what really happened in that profile.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FixtureServer } from '../fixtures/server';
import {
  eventually,
  launchChromium,
  readLogEntries,
  settled,
  waitUntilObserving,
  type Launched,
  type LogEntryShape,
} from './browser';
import { optionsUrl, showSection } from './options-app';
import { download } from './truth-outputs';
import { policyName, type DeclarationFile } from './truth-facts';
import { seenBy, type Browsed, type MemberPlan, type WorkPage } from './truth-members';

/** Product|site pairs the log holds (rule findings only; unknown hosts are not products). */
const productSites = (entries: readonly LogEntryShape[]): string[] =>
  [
    ...new Set(entries.filter((e) => e.ruleId && e.kind !== 'unknown_third_party').map((e) => `${e.ruleId}|${e.site}`)),
  ].sort();

async function importPolicy(options: Page, declaration: DeclarationFile): Promise<void> {
  await showSection(options, 'policy');
  await options.getByTestId('declaration-import').setInputFiles({
    name: `${declaration.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(declaration)),
  });
  await expect.poll(() => options.getByTestId('declaration-message').textContent()).toContain(policyName(declaration));
}

/** Load a page as a worker would, and wait until the log holds what it calls. */
async function browse(browser: Launched, page: Page, target: WorkPage): Promise<void> {
  await page.goto(target.url);
  if (target.readyText) await page.getByText(target.readyText, { exact: true }).waitFor();
  await page.mouse.move(120, 160);
  await page.mouse.wheel(0, 120);
  await eventually(
    `the products of ${target.url} logged`,
    async () => {
      const logged = new Set(productSites(await readLogEntries(browser)));
      return target.products.every((id) => logged.has(`${id}|${target.site}`));
    },
    20_000,
  );
}

async function exportAs(options: Page, plan: MemberPlan): Promise<string> {
  await showSection(options, 'evidence');
  await options.reload();
  await options.getByTestId('log-table').waitFor();
  await options.getByTestId('redaction').selectOption(plan.redaction);
  if (plan.name) {
    await options.getByTestId('name-me').check();
    await options.getByTestId('member-name').fill(plan.name);
  }
  return download(options, 'export-json');
}

/** Run one member in a fresh profile and return the exported file's text and when they browsed. */
export async function runMember(
  server: FixtureServer,
  plan: MemberPlan,
  declaration: DeclarationFile,
): Promise<{ text: string; browsed: Browsed }> {
  const browser = await launchChromium({ resolverRules: server.resolverRules, withExtension: true });
  try {
    await waitUntilObserving(browser);
    const options = await browser.context.newPage();
    await options.goto(optionsUrl(browser.extensionId, 'policy'));
    await options.getByTestId('declarations').waitFor();
    if (plan.policy === 'before') await importPolicy(options, declaration);
    const from = Date.now();
    const work = await browser.context.newPage();
    for (const target of plan.pages) await browse(browser, work, target);
    // Leaving the last page flushes what it was still sending, as a worker moving on would.
    await work.close();
    const entries = await settled(() => readLogEntries(browser));
    const expected = [...seenBy(plan)].flatMap(([id, sites]) => [...sites].map((site) => `${id}|${site}`)).sort();
    expect(productSites(entries), `${plan.file}: what the profile's log holds`).toEqual(expected);
    if (plan.policy === 'after') await importPolicy(options, declaration);
    const text = await exportAs(options, plan);
    const unknownHosts = [
      ...new Set(entries.filter((e) => e.kind === 'unknown_third_party').map((e) => e.signalValue as string)),
    ];
    return { text, browsed: { plan, from, to: Date.now(), unknownHosts } };
  } finally {
    await browser.close();
  }
}

/** Edit one record of an exported file, as someone changing the evidence by hand would. */
export function tamper(text: string): string {
  const bundle = JSON.parse(text) as { records: { kind: string; count?: number }[] };
  const record = bundle.records.find((r) => r.kind !== 'checkpoint' && typeof r.count === 'number');
  if (!record) throw new Error('nothing to tamper with');
  record.count! += 1;
  return JSON.stringify(bundle);
}
