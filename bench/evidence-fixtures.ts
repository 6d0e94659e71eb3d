// Synthetic members' logs for bench:evidence, shared by the main thread and the merge workers.
import { buildBundle, type BundleContext } from '../src/evidence/export/bundle';
import type { EntryDraft } from '../src/evidence/log/entry';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal/seal';
import { draft } from '../src/evidence/log/test-entries';
import { summariseRule, type RuleSummary } from '../src/rules/catalog';
import { bundledRuleIndexFromFiles } from '../scripts/rules-from-files';

export const catalog: ReadonlyMap<string, RuleSummary> = new Map(
  [...bundledRuleIndexFromFiles()].map(([id, rule]) => [id, summariseRule(rule)]),
);
const ruleIds = [...catalog.keys()];
const sites = [
  'contoso.sharepoint.com',
  'acme.slack.com',
  'wd3.myworkday.com',
  'contoso.service-now.com',
  'mail.google.com',
];
/** Distinct (site, product, signal) streams in one member's log. */
const STREAMS = 36;
const RULE_DB = '2026.11.22-2';
// Harder cases, for comparison (docs/testing.md): MEMBER_LOG=varied makes every record a combination no
// other record has, so nothing repeats within a file; NON_ASCII=1 puts an em dash in declaration labels,
// as Sightline wrote them before, so the files are not plain ASCII.
const VARIED = process.env.MEMBER_LOG === 'varied';
const DASH = process.env.NON_ASCII === '1' ? ' \u2014 ' : ' - ';

/**
 * One member's log as the extension writes it: a few dozen streams (site × product × signal), each a
 * first_seen entry then tallies at most every five minutes while the work app is open, with the request
 * path varying a little; a few unknown third parties; and, half-way through, a new declaration that names
 * some products, which changes their declared status. `seed` shifts which products and sites appear.
 */
export function drafts(n: number, seed: number): EntryDraft[] {
  const t0 = Date.UTC(2026, 9, 1, 8);
  const streams = Array.from({ length: STREAMS }, (_, s) => {
    const rule = catalog.get(ruleIds[(s * 7 + seed) % ruleIds.length]!)!;
    return { rule, site: sites[(s + seed) % sites.length]!, unknown: s % 12 === 11, started: false };
  });
  return Array.from({ length: n }, (_, i) => {
    if (VARIED) {
      const rule = catalog.get(ruleIds[(i * 7 + seed) % ruleIds.length]!)!;
      const at = t0 + i * 60_000;
      return draft({
        kind: i % 5 === 0 ? 'first_seen' : 'tally',
        at,
        firstAt: at - 30_000,
        lastAt: at,
        count: 1 + (i % 9),
        site: `${i}.${sites[(i + seed) % sites.length]!}`,
        ruleId: rule.id,
        product: rule.product,
        category: rule.category,
        signalValue: `cdn.${rule.id}.example`,
        evidence: `https://cdn.${rule.id}.example/collect/${i}`,
        declaration: `contoso-2026: Contoso Ltd${DASH}Monitoring at work v${i % 4} (2026-01-10)`,
        declared: i % 3 === 0 ? 'no' : 'product',
        ruleDbVersion: RULE_DB,
      });
    }
    const stream = streams[(i * 5 + Math.floor(i / STREAMS)) % STREAMS]!;
    const at = t0 + i * 60_000;
    const kind = stream.started ? 'tally' : 'first_seen';
    stream.started = true;
    const count = kind === 'first_seen' ? 1 : 1 + (i % 9);
    const firstAt = kind === 'first_seen' ? at : at - 290_000;
    const { rule, site } = stream;
    if (stream.unknown) {
      const host = `metrics.${rule.id}-unknown.example`;
      return draft({
        kind: 'unknown_third_party',
        at,
        firstAt,
        lastAt: at,
        count,
        site,
        ruleId: undefined,
        product: undefined,
        category: undefined,
        signalKind: 'unknown_host',
        signalValue: host,
        evidence: `https://${host}/v1/collect`,
        declared: undefined,
        ruleDbVersion: RULE_DB,
      });
    }
    const declaredLater = i >= n / 2 && rule.id.length % 2 === 0;
    return draft({
      kind,
      at,
      firstAt,
      lastAt: at,
      count,
      site,
      ruleId: rule.id,
      product: rule.product,
      category: rule.category,
      signalValue: `cdn.${rule.id}.example`,
      evidence: `https://cdn.${rule.id}.example/collect/v${i % 3}`,
      declaration: declaredLater
        ? `contoso-2026: Contoso Ltd${DASH}Monitoring at work v3 (2026-10-15)`
        : `contoso-2026: Contoso Ltd${DASH}Monitoring at work v2 (2026-01-10)`,
      declared: declaredLater ? 'product' : 'no',
      ruleDbVersion: RULE_DB,
    });
  });
}

export const context = (code: string): BundleContext => ({
  exportId: `export-${code}-0001`,
  createdAt: new Date(),
  extensionVersion: '0.1.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full',
  member: { named: false, code },
});

/** Records per member so that one member's export is about 1 MB. */
export function recordsPerMegabyte(): number {
  const sample = JSON.stringify(
    buildBundle(sealDrafts(drafts(1000, 1), { seq: 0, hash: GENESIS_HASH }).sealed, context('M-BBBBBBBB')),
  );
  return Math.round((1000 * 1024 * 1024) / sample.length);
}

/** Export texts for the given members: one member's log, each with its own member code and export id. */
export function memberExportTexts(members: readonly number[], perMember: number): string[] {
  const log = sealDrafts(drafts(perMember, 1), { seq: 0, hash: GENESIS_HASH }).sealed;
  return members.map((i) => {
    const code = `M-${String(i)
      .padStart(8, '0')
      .replace(/[01]/g, (d) => (d === '0' ? 'Z' : 'Y'))}`;
    return JSON.stringify(buildBundle(log, { ...context(code), exportId: `export-${String(i).padStart(8, '0')}` }));
  });
}

/** Like memberExportTexts, but each member has a log of their own (the merge counts one log once). */
export function distinctMemberExportTexts(members: readonly number[], perMember: number): string[] {
  return members.map((i) => {
    const log = sealDrafts(drafts(perMember, i), { seq: 0, hash: GENESIS_HASH }).sealed;
    const code = `M-${String(i)
      .padStart(8, '0')
      .replace(/[01]/g, (d) => (d === '0' ? 'Z' : 'Y'))}`;
    return JSON.stringify(buildBundle(log, { ...context(code), exportId: `export-${String(i).padStart(8, '0')}` }));
  });
}
