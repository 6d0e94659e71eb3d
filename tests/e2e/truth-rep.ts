// Journey (d) of the truth suite: a rep merges five members' exports built here (full, host-only and
// kinds-only detail; named and anonymous; one tampered with), loads the employer's declaration, and the
// merged view, the merged report and the version for management are checked against what the test put
// into the files.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildBundle } from '../../src/evidence/export/bundle';
import type { Redaction } from '../../src/evidence/seal/redaction';
import { GENESIS_HASH, sealDrafts } from '../../src/evidence/seal/seal';
import type { EntryDraft } from '../../src/evidence/log/entry';
import { draft } from '../../src/evidence/log/test-entries';
import type { Launched } from './browser';
import {
  brokenPromises,
  expectedStatus,
  itemsNotMatched,
  REPORT_STATUS,
  rule,
  type DeclarationFile,
} from './truth-facts';
import { download } from './truth-outputs';

const DAY = 86_400_000;
const now = Date.now();
const today = now - 3_600_000;
const yesterday = today - DAY;

interface Member {
  file: string;
  name?: string;
  code?: string;
  redaction: Redaction;
  seen: { ruleId: string; site: string; at: number; declared?: 'product' | 'category' | 'no' }[];
  tamper?: boolean;
}

const MEMBERS: Member[] = [
  {
    file: 'alice.json',
    name: 'Alice Example',
    redaction: 'full',
    seen: [
      { ruleId: 'fullstory', site: 'contoso.sharepoint.com', at: yesterday, declared: 'no' },
      { ruleId: 'fullstory', site: 'contoso.sharepoint.com', at: today, declared: 'no' },
      { ruleId: 'pendo', site: 'contoso.sharepoint.com', at: today },
    ],
  },
  // Anonymous, recorded before any policy: its stale "no policy" must not win over today's status.
  {
    file: 'member-b.json',
    code: 'M-BBBBBBBB',
    redaction: 'full',
    seen: [
      { ruleId: 'fullstory', site: 'contoso.sharepoint.com', at: today },
      { ruleId: 'hotjar', site: 'fabrikam.sharepoint.com', at: today },
    ],
  },
  {
    file: 'member-c.json',
    code: 'M-CCCCCCCC',
    redaction: 'host',
    seen: [{ ruleId: 'hotjar', site: 'fabrikam.sharepoint.com', at: yesterday }],
  },
  // Kinds only: its products and sites must count nowhere but in kinds and members.
  {
    file: 'dan.json',
    name: 'Dan Kinds',
    redaction: 'category',
    seen: [
      { ruleId: 'teramind', site: 'kinds-only.example', at: today },
      { ruleId: 'fullstory', site: 'other-site.example', at: today },
    ],
  },
  {
    file: 'eve.json',
    name: 'Eve Tamper',
    redaction: 'full',
    tamper: true,
    seen: [
      { ruleId: 'microsoft-clarity', site: 'tampered.example', at: today },
      { ruleId: 'fullstory', site: 'tampered.example', at: today },
    ],
  },
];

function exportOf(m: Member, index: number): string {
  const drafts = m.seen.map((s) => {
    const r = rule(s.ruleId);
    const host = `${s.ruleId}.example.net`;
    return draft({
      at: s.at,
      firstAt: s.at,
      lastAt: s.at,
      site: s.site,
      ruleId: r.id,
      product: r.product,
      category: r.category as EntryDraft['category'],
      signalValue: host,
      evidence: `https://${host}/x`,
      ...(s.declared ? { declared: s.declared } : {}),
    });
  });
  const { sealed } = sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH });
  const member = m.name ? { named: true as const, name: m.name } : { named: false as const, code: m.code! };
  const bundle = buildBundle(sealed, {
    exportId: `export-${index}`,
    createdAt: new Date(now),
    extensionVersion: '0.1.0',
    ruleDbVersion: '2026.11.22',
    redaction: m.redaction,
    member,
  });
  if (m.tamper) (bundle.records[0] as { count: number }).count = 7;
  return JSON.stringify(bundle);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function checkRepMerge(browser: Launched, viewer: Page, declaration: DeclarationFile): Promise<void> {
  // The facts, from the members as built above.
  const counted = MEMBERS.filter((m) => !m.tamper);
  const detailed = counted.filter((m) => m.redaction !== 'category');
  const seenRows = detailed.flatMap((m) => m.seen.map((s) => ({ ...s, member: m.file })));
  const products = [...new Set(seenRows.map((s) => s.ruleId))].sort();
  const sites = new Set(seenRows.map((s) => s.site));
  const named = counted.filter((m) => m.name).length;
  const membersOf = (id: string) => new Set(seenRows.filter((s) => s.ruleId === id).map((s) => s.member)).size;
  const daysOf = (id: string) =>
    new Set(seenRows.filter((s) => s.ruleId === id).map((s) => Math.floor(s.at / DAY))).size;
  expect(products).toEqual(['fullstory', 'hotjar', 'pendo']);

  const rep = await browser.context.newPage();
  await rep.goto(`chrome-extension://${browser.extensionId}/src/rep/index.html`);
  await rep
    .getByTestId('rep-files')
    .setInputFiles(
      MEMBERS.map((m, i) => ({ name: m.file, mimeType: 'application/json', buffer: Buffer.from(exportOf(m, i)) })),
    );
  await expect.poll(() => rep.getByTestId('rep-summary').getAttribute('data-merged')).toBe(String(counted.length));
  expect(await rep.getByTestId('rep-summary').getAttribute('data-left-out')).toBe('1');
  await rep.getByTestId('rep-declaration').setInputFiles({
    name: 'policy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(declaration)),
  });
  await expect
    .poll(() => rep.getByTestId('rep-declaration-message').textContent())
    .toContain('Comparing with Contoso Ltd');

  // The rep's own view: one row per product and site a detailed export holds, today's status each.
  await expect
    .poll(() => rep.locator('[data-testid="rep-row"][data-product="Fullstory"]').first().getAttribute('data-status'))
    .toBe('undeclared');
  const rows = await rep.getByTestId('rep-row').evaluateAll((trs) =>
    trs.map((tr) => ({
      product: tr.getAttribute('data-product'),
      site: tr.getAttribute('data-site'),
      members: tr.getAttribute('data-members'),
      status: tr.getAttribute('data-status'),
    })),
  );
  const expectedRows = [...new Set(seenRows.map((s) => `${rule(s.ruleId).product}|${s.site}`))].sort();
  // A kinds-only export's rows name a kind on no site, never a product on a site.
  const kindRows = rows.filter((r) => r.site === '(site not exported)');
  expect(kindRows.length).toBe(
    new Set(
      counted.filter((m) => m.redaction === 'category').flatMap((m) => m.seen.map((s) => rule(s.ruleId).category)),
    ).size,
  );
  for (const r of kindRows) expect([...products, 'teramind'].map((id) => rule(id).product)).not.toContain(r.product);
  const productRows = rows.filter((r) => !kindRows.includes(r));
  expect(productRows.map((r) => `${r.product}|${r.site}`).sort()).toEqual(expectedRows);
  for (const r of productRows) {
    const id = products.find((p) => rule(p).product === r.product)!;
    expect(r.status, `${r.product} on ${r.site}`).toBe(expectedStatus(id, declaration));
    expect(Number(r.members), `${r.product} on ${r.site}`).toBe(
      new Set(seenRows.filter((s) => s.ruleId === id && s.site === r.site).map((s) => s.member)).size,
    );
  }

  // The rep's merged report.
  await viewer.setContent(await download(rep, 'rep-report'));
  const body = (await viewer.locator('body').textContent())!;
  const naming =
    named === 0
      ? 'No member is named.'
      : named === counted.length
        ? 'Every member is named.'
        : `${plural(named, 'member is', 'members are')} named; the others gave a member code.`;
  expect(body).toContain(`${plural(counted.length, "member's export", "members' exports")}, merged. ${naming}`);
  const headline = (await viewer.locator('.verdict p').first().textContent())!;
  expect(headline).toContain(
    `Across ${plural(counted.length, "member's export", "members' exports")}, Sightline saw ${plural(products.length, 'monitoring product', 'monitoring products')} on ${plural(sites.size, 'work site', 'work sites')}`,
  );
  const undeclared = products.filter((id) => expectedStatus(id, declaration) === 'undeclared');
  expect(headline).toContain(`${plural(undeclared.length, 'of them is', 'of them are')} undeclared`);
  const kindsOnly = counted.filter((m) => m.redaction === 'category').length;
  expect(await viewer.locator('.verdict').textContent()).toContain(
    `${plural(kindsOnly, 'member', 'members')} shared kinds of monitoring only`,
  );
  const table = await viewer
    .locator('table.declared tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(table.map((r) => r[0]).sort()).toEqual(products.map((id) => rule(id).product).sort());
  for (const [name, , , status, members, days] of table) {
    const id = products.find((p) => rule(p).product === name)!;
    expect(status, name).toBe(REPORT_STATUS[expectedStatus(id, declaration)]);
    expect(members, name).toBe(`${membersOf(id)} of ${counted.length}`);
    expect(Number(days), name).toBe(daysOf(id));
  }
  expect(await viewer.locator('table.declared thead').textContent()).toContain('Days seen');
  // Detail levels: how many members gave each.
  const detail = (await viewer.locator('table.versions').first().textContent())!;
  for (const level of ['full', 'host', 'category'] as const) {
    const n = counted.filter((m) => m.redaction === level).length;
    const words = { full: 'Full detail', host: 'Host names only', category: 'Categories only' }[level];
    expect(detail).toContain(`${plural(n, 'member', 'members')}: ${words}`);
  }
  // The tampered file is in no figure: its product, its site and its member appear only among files left out.
  expect(body).not.toContain('Microsoft Clarity');
  expect(body).not.toContain('tampered.example');
  expect(await viewer.locator('ul.left-out').textContent()).toContain('eve.json');
  for (const m of counted.filter((c) => c.name)) expect(body).toContain(m.name);
  // Promises the policy makes, against what the detailed exports saw.
  const against = (await viewer.locator('#contradictions').textContent())!;
  for (const promise of brokenPromises(declaration, products)) {
    expect(against).toContain(promise.quote);
    for (const product of promise.products) expect(against).toContain(product);
  }
  expect(body).not.toMatch(/\b1 times\b|\(s\)/);
  // Declared but not seen: exactly the declared items no detailed export's product matches.
  const notSeen = itemsNotMatched(declaration, products);
  expect(await viewer.locator('#not-seen li').count()).toBe(notSeen.length);
  for (const item of notSeen)
    if (item.product) expect(await viewer.locator('#not-seen').textContent()).toContain(item.product);

  // The version for management: nobody named, rows seen by fewer than 2 members withheld.
  await rep.getByTestId('rep-min-members').fill('2');
  const management = await download(rep, 'rep-report-management');
  for (const m of MEMBERS) {
    if (m.name) expect(management, m.name).not.toContain(m.name);
    expect(management, m.file).not.toContain(m.file);
  }
  await viewer.setContent(management);
  const kept = products
    .filter((id) => membersOf(id) >= 2)
    .map((id) => rule(id).product)
    .sort();
  expect((await viewer.locator('table.declared tbody th').allTextContents()).sort()).toEqual(kept);
  const kinds = new Map<string, Set<string>>();
  for (const m of counted.filter((c) => c.redaction === 'category'))
    for (const s of m.seen)
      kinds.set(rule(s.ruleId).category, (kinds.get(rule(s.ruleId).category) ?? new Set()).add(m.file));
  const withheld = products.length - kept.length + [...kinds.values()].filter((who) => who.size < 2).length;
  expect(await viewer.locator('.verdict p').first().textContent()).toContain(
    `Sightline saw ${plural(kept.length, 'monitoring product', 'monitoring products')}`,
  );
  expect(await viewer.locator('body').textContent()).toContain(
    `no member is named, and anything seen by fewer than 2 members is withheld so no one is identified by a rare finding (${plural(withheld, 'row', 'rows')} withheld)`,
  );
  expect(await viewer.locator('body').textContent()).not.toMatch(/Every member is named|members? (is|are) named;/);
  await rep.close();
}
