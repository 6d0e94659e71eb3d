// Journey (d) of the truth suite, the rep: the seven members' exports (truth-profiles.ts; one tampered
// with) loaded into the rep view in real Chromium with the employer's declaration, and every statement
// of the rep's own view, the merged report and the version for management checked against the facts of
// truth-members.ts: what each profile browsed, the rule files and the declaration.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Launched } from './browser';
import {
  brokenPromises,
  expectedStatus,
  listed,
  REPORT_STATUS,
  rule,
  type DeclarationFile,
  type Status,
} from './truth-facts';
import {
  mergeFacts,
  PAGES,
  UNKNOWN_ON_TIMESHEETS,
  type Browsed,
  type MemberPlan,
  type MergeFacts,
} from './truth-members';
import { download } from './truth-outputs';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const utcDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const MESSAGES = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;
/** A kind's English name, as the shipped messages spell it. */
const kindName = (category: string) => MESSAGES[`category_${category}_name`]!.message;
const DETAIL_WORDS = { full: 'Full detail', host: 'Host names only', category: 'Categories only' } as const;

/** What members' logs recorded for a product (or kind): a comparison with the policy beats "no policy". */
function recorded(members: readonly MemberPlan[], declaration: DeclarationFile, ruleIds: readonly string[]): Status {
  const compared = members.some((m) => m.policy === 'before');
  if (!compared) return 'no-policy';
  const statuses = new Set(ruleIds.map((id) => expectedStatus(id, declaration)));
  expect(statuses.size, `one status for ${ruleIds.join(', ')}`).toBe(1);
  return [...statuses][0]!;
}

/** Declared items nothing seen matches: products by name or rule id, category items also by a kind seen. */
function declaredNotSeen(d: DeclarationFile, facts: MergeFacts): DeclarationFile['items'] {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return d.items.filter((item) => {
    const byProduct = facts.products.some((id) => {
      const r = rule(id);
      if (item.ruleId) return item.ruleId === id;
      if (item.product) return [r.product, ...r.aliases].map(squash).includes(squash(item.product));
      return item.category === r.category;
    });
    const byKind = !item.ruleId && !item.product && facts.kinds.has(item.category!);
    return !byProduct && !byKind;
  });
}

async function loadIntoRepView(
  browser: Launched,
  files: readonly { name: string; text: string }[],
  d: DeclarationFile,
) {
  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep
    .getByTestId('rep-files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await rep.getByTestId('rep-declaration').setInputFiles({
    name: 'policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(d)),
  });
  await expect
    .poll(() => rep.getByTestId('rep-declaration-message').textContent())
    .toContain(`Comparing with ${d.employer}`);
  return rep;
}

async function checkRepView(rep: Page, facts: MergeFacts, browsed: readonly Browsed[], d: DeclarationFile) {
  const summary = rep.getByTestId('rep-summary');
  await expect.poll(() => summary.getAttribute('data-merged')).toBe(String(facts.counted.length));
  expect(await summary.getAttribute('data-left-out')).toBe(String(browsed.length - facts.counted.length));
  const tampered = browsed.filter((b) => b.plan.tamper).map((b) => b.plan.file);
  expect(
    await rep.getByTestId('rep-left-out-file').evaluateAll((li) => li.map((l) => l.getAttribute('data-name'))),
  ).toEqual(tampered);
  // Statuses are today's, from the declaration loaded: wait for the first undeclared product's row.
  const firstUndeclared = facts.products.find((id) => expectedStatus(id, d) === 'undeclared')!;
  await expect
    .poll(() =>
      rep
        .locator(`[data-testid="rep-row"][data-product="${rule(firstUndeclared).product}"]`)
        .first()
        .getAttribute('data-status'),
    )
    .toBe('undeclared');
  const rows = await rep.getByTestId('rep-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      product: tr.getAttribute('data-product')!,
      site: tr.getAttribute('data-site')!,
      members: Number(tr.getAttribute('data-members')),
      status: tr.getAttribute('data-status')!,
    })),
  );
  const expected = [
    ...[...facts.rows].map(([key, members]) => {
      const [id, site] = key.split('|') as [string, string];
      return { product: rule(id).product, site, members: members.size, status: expectedStatus(id, d) as string };
    }),
    // A kinds-only export's rows name a kind on no site, with what its members' logs recorded.
    ...[...facts.kinds].map(([category, members]) => {
      const plans = facts.kindsOnly.filter((b) => members.has(b.plan.file)).map((b) => b.plan);
      const ids = plans
        .flatMap((p) => p.pages.flatMap((page) => page.products))
        .filter((id) => rule(id).category === category);
      return {
        product: kindName(category),
        site: '(site not exported)',
        members: members.size,
        status: recorded(plans, d, ids) as string,
      };
    }),
  ];
  const order = (r: { product: string; site: string }) => `${r.product}|${r.site}`;
  expect([...rows].sort((a, b) => order(a).localeCompare(order(b)))).toEqual(
    expected.sort((a, b) => order(a).localeCompare(order(b))),
  );
  // Kinds-only rows are rows of the table, not products on sites: the count says rows.
  expect(await summary.textContent()).toContain(
    `${plural(facts.counted.length, 'member', 'members')} and ${plural(rows.length, 'row', 'rows')}, from ${plural(facts.counted.length, 'file', 'files')} that verified. ${plural(tampered.length, 'file', 'files')} left out`,
  );
}

async function checkMergedReport(viewer: Page, facts: MergeFacts, browsed: readonly Browsed[], d: DeclarationFile) {
  const n = facts.counted.length;
  const body = (await viewer.locator('body').textContent())!;
  expect(body).not.toMatch(/\b1 times\b|\(s\)/);
  const named = facts.counted.filter((b) => b.plan.name).length;
  expect(body).toContain(
    `${plural(n, "member's export", "members' exports")}, merged. ${plural(named, 'member is', 'members are')} named; the others gave a member code.`,
  );
  for (const b of facts.counted) if (b.plan.name) expect(body).toContain(b.plan.name);
  // The headline, word for word, then what the declaration leaves out.
  const days = new Set(facts.counted.flatMap((b) => [utcDay(b.from), utcDay(b.to)]));
  const when = days.size === 1 ? `on ${[...days][0]}` : 'between';
  const headline = (await viewer.locator('.verdict p').first().textContent())!;
  expect(headline).toContain(
    `Across ${plural(n, "member's export", "members' exports")}, Sightline saw ${plural(facts.products.length, 'monitoring product', 'monitoring products')} on ${plural(facts.sites.size, 'work site', 'work sites')} ${when}`,
  );
  const undeclared = facts.products.filter((id) => expectedStatus(id, d) === 'undeclared');
  expect(undeclared.length).toBeGreaterThan(0);
  expect(undeclared.length).toBeLessThan(facts.products.length);
  const lead = `${plural(undeclared.length, 'of them is', 'of them are')} undeclared, neither named nor covered by a category in the employer's policy: `;
  expect(headline).toContain(lead);
  // Named in the report's own order (most concerning first): compared as a set.
  const names = headline.slice(headline.indexOf(lead) + lead.length).split('.')[0]!;
  expect(names.split(/, | and /).sort()).toEqual(undeclared.map((id) => rule(id).product).sort());
  // Kinds-only exports: their kinds and members, said on their own.
  const kinds = [...facts.kinds]
    .sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1))
    .map(([category]) => kindName(category));
  expect(await viewer.locator('.verdict').textContent()).toContain(
    `${plural(facts.kindsOnly.length, 'member', 'members')} shared kinds of monitoring only: ${listed(kinds)}. These are counted as kinds and members, not as products or sites.`,
  );
  expect(await viewer.locator('.verdict').textContent()).toContain(
    `${plural(browsed.length - n, 'file was', 'files were')} left out of every figure here`,
  );
  // The table: one row per product, today's status, members who saw it, distinct days.
  const oneDayEach = facts.counted.every((b) => utcDay(b.from) === utcDay(b.to));
  const table = await viewer
    .locator('table.declared tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(table.map((r) => r[0]).sort()).toEqual(facts.products.map((id) => rule(id).product).sort());
  for (const [name, , , status, members, days] of table) {
    const id = facts.products.find((p) => rule(p).product === name)!;
    expect(status, name).toBe(REPORT_STATUS[expectedStatus(id, d)]);
    expect(members, name).toBe(`${facts.productMembers.get(id)!.size} of ${n}`);
    if (oneDayEach) expect(Number(days), name).toBe(facts.productDays.get(id)!.size);
    else expect(Number(days), name).toBeLessThanOrEqual(facts.productDays.get(id)!.size);
  }
  // Each card: today's status, and what the members' logs recorded beside it only where the two differ.
  for (const id of facts.products) {
    const card = viewer.locator('article.product', { has: viewer.locator('h3', { hasText: rule(id).product }) });
    const status = (await card.locator('dd').first().textContent())!;
    const plans = facts.detailed.filter((b) => facts.productMembers.get(id)!.has(b.plan.file)).map((b) => b.plan);
    const now = expectedStatus(id, d);
    const then = recorded(plans, d, [id]);
    expect(status, id).toContain(REPORT_STATUS[now]);
    if (then === now) expect(status, id).not.toContain('when it was recorded');
    else expect(status, id).toContain(`(when it was recorded: ${REPORT_STATUS[then]})`);
  }
  // Detail levels: how many members gave each.
  const detail = (await viewer.locator('table.versions').first().textContent())!;
  for (const level of ['full', 'host', 'category'] as const) {
    const count = facts.counted.filter((b) => b.plan.redaction === level).length;
    if (count > 0) expect(detail).toContain(`${plural(count, 'member', 'members')}: ${DETAIL_WORDS[level]}`);
    else expect(detail).not.toContain(DETAIL_WORDS[level]);
  }
  // The tampered file is in no figure: only its file name, among the files left out.
  const tampered = browsed.filter((b) => b.plan.tamper);
  for (const b of tampered) {
    expect(await viewer.locator('ul.left-out').textContent()).toContain(b.plan.file);
    if (b.plan.name) expect(body).not.toContain(b.plan.name);
    const onlyTheirs = b.plan.pages.flatMap((p) => p.products).filter((id) => !facts.products.includes(id));
    expect(onlyTheirs.length).toBeGreaterThan(0);
    for (const id of onlyTheirs) expect(body, id).not.toContain(rule(id).product);
  }
  // What kinds-only exports cannot hold is said of them alone, not of every export.
  const detailedCount = facts.detailed.length;
  const kindsCount = facts.kindsOnly.length;
  expect(await viewer.locator('#extensions').textContent()).toContain(
    `None recorded in the ${plural(detailedCount, 'export', 'exports')} with more detail; ${plural(kindsCount, "member's export", "members' exports")} held categories only, so extension names were removed from ${kindsCount === 1 ? 'it' : 'them'}.`,
  );
  expect(body).not.toContain('the export held categories only');
  // Hosts only kinds-only (or tampered) members' pages called are named nowhere.
  const detailedPages = new Set(facts.detailed.flatMap((b) => b.plan.pages.map((p) => p.url)));
  if (!detailedPages.has(PAGES.timesheets.url))
    for (const host of UNKNOWN_ON_TIMESHEETS) expect(body).not.toContain(host);
  // Promises the policy makes, against the products detailed exports saw: exactly those that can break them.
  const broken = brokenPromises(d, facts.products);
  expect(broken.length).toBeGreaterThan(0);
  for (const promise of broken) {
    const item = viewer.locator('#contradictions li', { hasText: promise.quote });
    expect(await item.count(), promise.capability).toBeGreaterThan(0);
    expect(await item.first().textContent()).toContain(
      `Yet ${listed(promise.products)} ${promise.products.length === 1 ? 'was' : 'were'} seen`,
    );
  }
  // Declared but not seen: the declared items nothing seen matches, a kind counting for a category item.
  const notSeen = declaredNotSeen(d, facts);
  expect(await viewer.locator('#not-seen li').allTextContents()).toEqual(
    notSeen.map((i) => i.product ?? kindName(i.category!)).sort(),
  );
}

async function checkManagementReport(
  rep: Page,
  viewer: Page,
  facts: MergeFacts,
  browsed: readonly Browsed[],
  d: DeclarationFile,
  minMembers: number,
) {
  await rep.getByTestId('rep-min-members').fill(String(minMembers));
  const management = await download(rep, 'rep-report-management');
  for (const b of browsed) {
    if (b.plan.name) expect(management, b.plan.name).not.toContain(b.plan.name);
    expect(management, b.plan.file).not.toContain(b.plan.file);
  }
  await viewer.setContent(management);
  const kept = facts.products.filter((id) => facts.productMembers.get(id)!.size >= minMembers);
  const withheld = facts.products.filter((id) => !kept.includes(id));
  const keptKinds = [...facts.kinds].filter(([, who]) => who.size >= minMembers);
  expect(kept.length).toBeGreaterThan(0);
  expect(withheld.length).toBeGreaterThan(0);
  expect((await viewer.locator('table.declared tbody th').allTextContents()).sort()).toEqual(
    kept.map((id) => rule(id).product).sort(),
  );
  const sites = new Set(
    [...facts.rows.keys()].filter((k) => kept.includes(k.split('|')[0]!)).map((k) => k.split('|')[1]),
  );
  expect(await viewer.locator('.verdict p').first().textContent()).toContain(
    `Sightline saw ${plural(kept.length, 'monitoring product', 'monitoring products')} on ${plural(sites.size, 'work site', 'work sites')}`,
  );
  const body = (await viewer.locator('body').textContent())!;
  const rareHosts = [...facts.unknownHosts].filter(([, who]) => who.size < minMembers).map(([host]) => host);
  const rows = withheld.length + facts.kinds.size - keptKinds.length + rareHosts.length;
  expect(body).toContain(
    `no member is named, and anything seen by fewer than ${plural(minMembers, 'member', 'members')} is withheld so no one is identified by a rare finding (${plural(rows, 'row', 'rows')} withheld)`,
  );
  expect(body).not.toMatch(/Every member is named|members? (is|are) named;/);
  // Withheld means withheld: a rare product is named nowhere in it, not in the headline nor the promises.
  for (const id of withheld) expect(body, `${id} withheld`).not.toContain(rule(id).product);
  // An uncatalogued host too few members' pages reached can name a member's own tool: withheld as well.
  for (const host of rareHosts) expect(body, `${host} withheld`).not.toContain(host);
  // A promise broken only by withheld products is still quoted, and says so, never "nothing goes against".
  for (const promise of brokenPromises(d, facts.products)) {
    const item = viewer.locator('#contradictions li', { hasText: promise.quote }).first();
    const names = promise.products.filter((name) => kept.some((id) => rule(id).product === name));
    expect(await item.textContent()).toContain(
      names.length > 0
        ? `Yet ${listed(names)} ${names.length === 1 ? 'was' : 'were'} seen`
        : 'What was seen against it is withheld here: too few members saw it.',
    );
  }
}

/** The whole of journey (d) once the members have exported: `exports` in the plan's order. */
export async function checkRepMerge(
  browser: Launched,
  viewer: Page,
  declaration: DeclarationFile,
  exports: readonly { text: string; browsed: Browsed }[],
): Promise<void> {
  const browsed = exports.map((e) => e.browsed);
  const facts = mergeFacts(browsed);
  const rep = await loadIntoRepView(
    browser,
    exports.map((e) => ({ name: e.browsed.plan.file, text: e.text })),
    declaration,
  );
  try {
    await checkRepView(rep, facts, browsed, declaration);
    await viewer.setContent(await download(rep, 'rep-report'));
    await checkMergedReport(viewer, facts, browsed, declaration);
    await checkManagementReport(rep, viewer, facts, browsed, declaration, 3);
  } finally {
    await rep.close();
  }
}
