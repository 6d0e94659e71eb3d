// `npm run bench:evidence`: exporting 100k log records as a bundle, and merging 1,000 members' bundles of
// about 1 MB each the way the rep view does (parse, verify the chain, summarise, merge), in one run.
// Ends with `RESULT export_100k_ms=N merge_1000_ms=N` (targets: ≤ 1000 ms and ≤ 10000 ms).
import { performance } from 'node:perf_hooks';
import { buildBundle } from '../src/evidence/bundle';
import { summariseBundle } from '../src/evidence/member-summary';
import { parseBundle, verifyBundle } from '../src/evidence/read-bundle';
import { mergedRows, reportModelFromSummaries, selectOnePerMember } from '../src/evidence/report-from-bundles';
import { GENESIS_HASH, sealDrafts } from '../src/evidence/seal';
import { draft } from '../src/evidence/test-entries';
import type { EntryDraft } from '../src/evidence/entry';
import { bundledRuleIndexFromFiles } from '../scripts/rules-from-files';
import { summariseRule } from '../src/rules/catalog';

const EXPORT_RECORDS = Number(process.env.EXPORT_RECORDS ?? 100_000);
const BUNDLES = Number(process.env.BUNDLES ?? 1000);
const catalog = new Map([...bundledRuleIndexFromFiles()].map(([id, rule]) => [id, summariseRule(rule)]));
const ruleIds = [...catalog.keys()];
const sites = ['contoso.sharepoint.com', 'acme.slack.com', 'wd3.myworkday.com', 'contoso.service-now.com', 'mail.google.com'];

function drafts(n: number, seed: number): EntryDraft[] {
  const t0 = Date.UTC(2026, 9, 1);
  return Array.from({ length: n }, (_, i) => {
    const rule = catalog.get(ruleIds[(i * 7 + seed) % ruleIds.length]!)!;
    const at = t0 + i * 60_000;
    return draft({ kind: i % 5 === 0 ? 'first_seen' : 'tally', at, firstAt: at - 30_000, lastAt: at, count: 1 + (i % 9), site: sites[(i + seed) % sites.length]!, ruleId: rule.id, product: rule.product, category: rule.category, signalValue: `cdn.${rule.id}.example`, evidence: `https://cdn.${rule.id}.example/collect/v${i % 3}`, declared: i % 3 === 0 ? 'no' : 'product' });
  });
}

const context = (code: string) => ({ exportId: `export-${code}-0001`, createdAt: new Date(), extensionVersion: '0.1.0', ruleDbVersion: '2026.11.22', redaction: 'full' as const, member: { named: false as const, code } });

console.log(`sealing ${EXPORT_RECORDS} records for the export test (setup, not timed)…`);
const { sealed } = sealDrafts(drafts(EXPORT_RECORDS, 0), { seq: 0, hash: GENESIS_HASH });
let start = performance.now();
const exported = JSON.stringify(buildBundle(sealed, context('M-AAAAAAAA')));
const exportMs = performance.now() - start;
console.log(`export: ${EXPORT_RECORDS} records → ${(exported.length / 1024 / 1024).toFixed(1)} MB bundle in ${exportMs.toFixed(0)} ms (validated with zod, serialised)`);

// One member's log of about 1 MB, given to every member with its own code (a distinct member each).
let perBundle = 1000;
const sample = JSON.stringify(buildBundle((sealDrafts(drafts(perBundle, 1), { seq: 0, hash: GENESIS_HASH })).sealed, context('M-BBBBBBBB')));
perBundle = Math.round((perBundle * 1024 * 1024) / sample.length);
const memberLog = (sealDrafts(drafts(perBundle, 1), { seq: 0, hash: GENESIS_HASH })).sealed;
const texts = Array.from({ length: BUNDLES }, (_, i) => {
  const code = `M-${String(i).padStart(8, '0').replace(/[01]/g, (d) => (d === '0' ? 'Z' : 'Y'))}`;
  return JSON.stringify(buildBundle(memberLog, { ...context(code), exportId: `export-${String(i).padStart(8, '0')}` }));
});
console.log(`merge: ${BUNDLES} bundles of ${perBundle} records (${(texts[0]!.length / 1024 / 1024).toFixed(2)} MB each)`);

start = performance.now();
let verifyMs = 0;
const summaries = [];
for (const text of texts) {
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const v0 = performance.now();
  const verification = await verifyBundle(parsed.bundle);
  verifyMs += performance.now() - v0;
  if (!verification.intact) throw new Error(verification.reason);
  summaries.push(summariseBundle({ bundle: parsed.bundle, verification }, catalog));
}
const { kept } = selectOnePerMember(summaries);
const rows = mergedRows(kept);
reportModelFromSummaries(kept, new Date());
const mergeMs = performance.now() - start;
console.log(`merge: ${kept.length} members, ${rows.length} product×site rows in ${mergeMs.toFixed(0)} ms, of which verifying the chains ${verifyMs.toFixed(0)} ms`);
const misses = [exportMs > 1000 && `export ${exportMs.toFixed(0)} ms > 1000`, mergeMs > 10_000 && `merge ${mergeMs.toFixed(0)} ms > 10000`].filter(Boolean);
if (misses.length > 0) console.log(`TARGETS MISSED: ${misses.join('; ')}`);
console.log(`RESULT export_100k_ms=${exportMs.toFixed(0)} merge_1000_ms=${mergeMs.toFixed(0)}`);
