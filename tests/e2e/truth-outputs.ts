// What the truth journeys read from each output in real Chromium, and the statement-by-statement checks
// against the facts of truth-facts.ts: the popup of a tab, the member's printable report, and the letter.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPopupFor, type Launched, type LogEntryShape } from './browser';
import {
  brokenPromises,
  daysSeen,
  expectedStatus,
  itemsNotMatched,
  listed,
  policyName,
  productsIn,
  recordedStatus,
  REPORT_STATUS,
  rule,
  RULES,
  type DeclarationFile,
} from './truth-facts';

export async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const utcDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const productId = (name: string) => [...RULES.values()].find((r) => r.product === name)?.id ?? `?${name}`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The popup of one tab, checked against the log and the declaration that applies now. */
export async function checkPopup(
  browser: Launched,
  tabId: number,
  entries: readonly LogEntryShape[],
  d: DeclarationFile,
): Promise<void> {
  const { all, observed } = productsIn(entries);
  const popup = await openPopupFor(browser, tabId);
  try {
    for (const id of all)
      expect(await popup.getByTestId(`finding-${id}`).getAttribute('data-status'), id).toBe(expectedStatus(id, d));
    const undeclared = observed.filter((id) => expectedStatus(id, d) === 'undeclared');
    const verdict = await popup.getByTestId('verdict').textContent();
    if (undeclared.length > 0) {
      expect(verdict).toBe(
        `Undeclared monitoring active here: ${undeclared.length} of ${count(all.length, 'product', 'products')} seen are not in ${policyName(d)}.`,
      );
    } else {
      expect(verdict).toBe(
        `Monitoring seen here: ${count(all.length, 'product', 'products')}, all named in ${policyName(d)}.`,
      );
    }
    // "Declared, not seen here" may leave out what the platform offers server-side, never list a seen item.
    const unmatched = itemsNotMatched(d, all).map((i) => i.product ?? i.category);
    const notSeen = popup.getByTestId('declared-not-seen');
    const listedNotSeen = (await notSeen.count()) === 0 ? [] : await notSeen.locator('li').allTextContents();
    for (const label of listedNotSeen) expect(unmatched, `"${label}" listed as declared but not seen`).toContain(label);
    // Every promise something seen breaks is shown, naming exactly the products that can break it.
    const said = (await popup.getByTestId('contradiction').allTextContents()).join('\n');
    const broken = brokenPromises(d, observed);
    for (const promise of broken) {
      expect(said).toContain(promise.quote);
      for (const product of promise.products) expect(said).toContain(product);
    }
    if (broken.length === 0) expect(said).toBe('');
    for (const id of all.filter((id) => !broken.some((b) => b.products.includes(rule(id).product))))
      expect(said).not.toContain(rule(id).product);
  } finally {
    await popup.close();
  }
}

export interface ReportFacts {
  entries: readonly LogEntryShape[];
  declaration: DeclarationFile;
}

/** The member's printable report: table, cards, headline, promises and "declared but not seen". */
export async function checkMemberReport(
  viewer: Page,
  html: string,
  { entries, declaration: d }: ReportFacts,
): Promise<void> {
  await viewer.setContent(html);
  const { all, observed } = productsIn(entries);
  const body = (await viewer.locator('body').textContent())!;
  expect(body).not.toMatch(/\b1 times\b|\(s\)/);
  expect(await viewer.locator('table.declared thead').textContent()).toContain('Days seen');
  expect(await viewer.locator('table.declared thead').textContent()).not.toMatch(/times/i);
  const rows = await viewer
    .locator('table.declared tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(rows.map((r) => productId(r[0]!)).sort()).toEqual(all);
  for (const [name, , , status, days] of rows) {
    const id = productId(name!);
    expect(status, name).toMatch(new RegExp(`^${REPORT_STATUS[expectedStatus(id, d)].replace(/[()]/g, '\\$&')}`));
    expect(Number(days), `${name}: days seen`).toBe(daysSeen(entries, id));
  }
  // Each card: today's status, and what the log recorded beside it only where the two differ.
  for (const id of all) {
    const card = viewer.locator('article.product', { has: viewer.locator('h3', { hasText: rule(id).product }) });
    const status = (await card.locator('dd').first().textContent())!;
    const now = expectedStatus(id, d);
    const then = recordedStatus(entries, id);
    expect(status, id).toContain(REPORT_STATUS[now]);
    if (then === now) expect(status, id).not.toContain('when it was recorded');
    else expect(status, id).toContain(`(when it was recorded: ${REPORT_STATUS[then]})`);
    expect(await card.textContent()).toContain(`Seen on ${count(daysSeen(entries, id), 'day', 'days')}`);
  }
  // The headline, word for word.
  const sites = new Set(entries.filter((e) => e.ruleId).map((e) => e.site));
  const times = entries.flatMap((e) => [
    (e as unknown as { firstAt: number }).firstAt,
    (e as unknown as { lastAt: number }).lastAt,
  ]);
  const [from, to] = [utcDay(Math.min(...times)), utcDay(Math.max(...times))];
  const when = from === to ? `on ${from}` : `between ${from} and ${to}`;
  const headline = (await viewer.locator('.verdict p').first().textContent())!;
  expect(headline).toContain(
    `Sightline saw ${count(all.length, 'monitoring product', 'monitoring products')} on ${count(sites.size, 'work site', 'work sites')} ${when}.`,
  );
  const undeclared = observed.filter((id) => expectedStatus(id, d) === 'undeclared');
  if (undeclared.length === 0) expect(headline).toContain("All of them are covered by the employer's declared policy.");
  else {
    const lead =
      undeclared.length === all.length ? 'All of them are' : count(undeclared.length, 'of them is', 'of them are');
    expect(headline).toContain(`${lead} undeclared, neither named nor covered by a category in the employer's policy:`);
    for (const id of undeclared) expect(headline).toContain(rule(id).product);
  }
  for (const id of all.filter((id) => !undeclared.includes(id))) expect(headline).not.toContain(rule(id).product);
  expect(await viewer.locator('header').textContent()).toContain(policyName(d));
  // What goes against the policy.
  const against = (await viewer.locator('#contradictions').textContent())!;
  const broken = brokenPromises(d, observed);
  if (broken.length === 0) expect(against).toContain('Nothing seen goes against a promise the recorded policy makes.');
  for (const promise of broken) {
    const item = viewer
      .locator('#contradictions li', { hasText: promise.quote })
      .filter({ hasText: listed(promise.products) });
    expect(await item.count(), `${promise.capability} promise`).toBeGreaterThan(0);
  }
  // Declared but not seen: exactly the items no seen product matches.
  const notSeen = (await viewer.locator('#not-seen').textContent())!;
  const unmatched = itemsNotMatched(d, all);
  if (unmatched.length === 0) expect(notSeen).toContain('Every item in the declared policy was seen at least once.');
  else {
    expect(notSeen).not.toContain('Every item in the declared policy was seen');
    expect(await viewer.locator('#not-seen li').count()).toBe(unmatched.length);
    for (const item of unmatched) if (item.product) expect(notSeen).toContain(item.product);
  }
  expect(body).toContain("One member's evidence log.");
}

/** The monitoring enquiry drafted from the log: one block per product the browser saw, today's status. */
export function checkLetter(letter: string, entries: readonly LogEntryShape[], d: DeclarationFile): void {
  const { observed } = productsIn(entries);
  const label = `"${policyName(d)}"`;
  expect(letter).not.toContain('could not be compared');
  expect(letter).not.toContain('no policy provided');
  const line = {
    product: `named in ${label}`,
    category: `covered only by a general category in ${label}; the product is not named`,
    undeclared: `not mentioned in ${label}`,
  } as const;
  for (const id of observed) {
    const status = expectedStatus(id, d) as keyof typeof line;
    const block = new RegExp(`^- ${rule(id).product}\\b.*\\n  Seen on: .*\\n  Dates: .*\\n  Policy: (.*)$`, 'm').exec(
      letter,
    );
    expect(block?.[1], `${id} in the letter`).toBe(line[status]);
  }
  const undeclared = observed.filter((id) => expectedStatus(id, d) === 'undeclared').map((id) => rule(id).product);
  const summary = new RegExp(`([^.\\n]*) (?:was|were) not mentioned in`).exec(letter)?.[1] ?? '';
  expect(summary.length > 0, 'a sentence naming what the policy leaves out').toBe(undeclared.length > 0);
  for (const id of observed)
    expect(summary.includes(rule(id).product), `${id} in the "not mentioned" sentence`).toBe(
      undeclared.includes(rule(id).product),
    );
  for (const promise of brokenPromises(d, observed))
    expect(letter).toContain(
      `says: "${promise.quote}" However, ${listed(promise.products)} ${promise.products.length === 1 ? 'was' : 'were'} running`,
    );
}
