// Synthetic members' logs for bench:evidence, shared by the main thread and the merge workers.
import { buildBundle, type BundleContext } from '../src/evidence/bundle';
import type { EntryDraft } from '../src/evidence/entry';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal';
import { draft } from '../src/evidence/test-entries';
import { summariseRule, type RuleSummary } from '../src/rules/catalog';
import { bundledRuleIndexFromFiles } from '../scripts/rules-from-files';

export const catalog: ReadonlyMap<string, RuleSummary> = new Map([...bundledRuleIndexFromFiles()].map(([id, rule]) => [id, summariseRule(rule)]));
const ruleIds = [...catalog.keys()];
const sites = ['contoso.sharepoint.com', 'acme.slack.com', 'wd3.myworkday.com', 'contoso.service-now.com', 'mail.google.com'];

export function drafts(n: number, seed: number): EntryDraft[] {
  const t0 = Date.UTC(2026, 9, 1);
  return Array.from({ length: n }, (_, i) => {
    const rule = catalog.get(ruleIds[(i * 7 + seed) % ruleIds.length]!)!;
    const at = t0 + i * 60_000;
    return draft({ kind: i % 5 === 0 ? 'first_seen' : 'tally', at, firstAt: at - 30_000, lastAt: at, count: 1 + (i % 9), site: sites[(i + seed) % sites.length]!, ruleId: rule.id, product: rule.product, category: rule.category, signalValue: `cdn.${rule.id}.example`, evidence: `https://cdn.${rule.id}.example/collect/v${i % 3}`, declared: i % 3 === 0 ? 'no' : 'product' });
  });
}

export const context = (code: string): BundleContext => ({ exportId: `export-${code}-0001`, createdAt: new Date(), extensionVersion: '0.1.0', ruleDbVersion: '2026.11.22', redaction: 'full', member: { named: false, code } });

/** Records per member so that one member's export is about 1 MB. */
export function recordsPerMegabyte(): number {
  const sample = JSON.stringify(buildBundle(sealDrafts(drafts(1000, 1), { seq: 0, hash: GENESIS_HASH }).sealed, context('M-BBBBBBBB')));
  return Math.round((1000 * 1024 * 1024) / sample.length);
}

/** Export texts for the given members: one member's log, each with its own member code and export id. */
export function memberExportTexts(members: readonly number[], perMember: number): string[] {
  const log = sealDrafts(drafts(perMember, 1), { seq: 0, hash: GENESIS_HASH }).sealed;
  return members.map((i) => {
    const code = `M-${String(i).padStart(8, '0').replace(/[01]/g, (d) => (d === '0' ? 'Z' : 'Y'))}`;
    return JSON.stringify(buildBundle(log, { ...context(code), exportId: `export-${String(i).padStart(8, '0')}` }));
  });
}
