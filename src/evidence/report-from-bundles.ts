// Merging member summaries: the rep's picture (products × sites × how many members saw each) and the
// printable report's model. Which files count, and how a member's several exports become one summary with
// each record once, is decided before this (merge/plan-merge.ts, merge/member-exports.ts). Members are
// taken in member-key order and ties broken by name, so the same files give the same figures and the
// same report in whatever order they were loaded.
import type { RuleSummary } from '../rules/catalog';
import type { Redaction } from './bundle';
import { mergeExtensions } from './extension-rows';
import { signerLabel } from './key-changes';
import { memberKeyOf, summariseBundle, type CheckedBundle, type MemberSummary } from './member-summary';
import { summariseUnion } from './merge/member-exports';
import type { MergeProvenance } from './report-model';
import type { DeclaredStatus, ReportModel, ReportProduct } from './report-model';

export type { CheckedBundle } from './member-summary';
export { memberLabel } from './member-summary';

export interface MergedRow {
  product: string;
  category: string;
  site: string;
  members: number;
  count: number;
  first: number;
  last: number;
  status: DeclaredStatus;
  /** Every record of it, from every member, was page-reported (see ReportProduct.pageOnly). */
  pageOnly: boolean;
}

const DETAIL: Redaction[] = ['category', 'host', 'full'];
const iso = (ms: number) => new Date(ms).toISOString();

/** Rows of the merged table: one per product and site. */
export function mergedRows(unordered: readonly MemberSummary[]): MergedRow[] {
  const members = canonicalOrder(unordered);
  const rows = new Map<string, MergedRow & { statusAt: number }>();
  for (const member of members) {
    for (const ps of member.productSites) {
      const key = `${ps.productKey}\u001f${ps.site}`;
      const row = rows.get(key) ?? { product: ps.product, category: ps.category, site: ps.site, members: 0, count: 0, first: Infinity, last: -Infinity, status: ps.status, statusAt: -1, pageOnly: true };
      row.members += 1;
      if (ps.observed !== false) row.pageOnly = false;
      row.count += ps.count;
      row.first = Math.min(row.first, ps.first);
      row.last = Math.max(row.last, ps.last);
      if (ps.statusAt > row.statusAt) {
        row.statusAt = ps.statusAt;
        row.status = ps.status;
      }
      rows.set(key, row);
    }
  }
  return [...rows.values()].map(({ statusAt: _s, ...row }) => row).sort((a, b) => b.members - a.members || b.count - a.count || compare(a.product, b.product) || compare(a.site, b.site));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Members in member-key order (then by digest): the order every merged figure is computed in. */
export function canonicalOrder(members: readonly MemberSummary[]): MemberSummary[] {
  return [...members].sort((a, b) => compare(a.memberKey, b.memberKey) || compare(a.sha256 ?? a.headHash ?? '', b.sha256 ?? b.headHash ?? ''));
}

export function reportModelFromSummaries(unordered: readonly MemberSummary[], now: Date, files?: MergeProvenance): ReportModel {
  const members = canonicalOrder(unordered);
  const merged = members.length > 1;
  const products = new Map<string, ReportProduct & { keys: Set<string>; firstMs: number; lastMs: number; statusAt: number }>();
  const timeline = new Map<string, { count: number; undeclared: number }>();
  const unknown = new Map<string, { sites: Set<string>; count: number }>();
  let from = Infinity;
  let to = -Infinity;
  for (const member of members) {
    if (member.range) {
      from = Math.min(from, member.range.from);
      to = Math.max(to, member.range.to);
    }
    for (const ps of member.productSites) {
      const p = products.get(ps.productKey) ?? { product: ps.product, vendor: ps.vendor, category: ps.category, capabilities: ps.capabilities, sites: [], count: 0, first: '', last: '', status: ps.status, keys: new Set(), firstMs: Infinity, lastMs: -Infinity, statusAt: -1, pageOnly: true };
      p.count += ps.count;
      // Summaries made before the field existed carry no answer: treated as observed, as they were then.
      if (ps.observed !== false) p.pageOnly = false;
      p.firstMs = Math.min(p.firstMs, ps.first);
      p.lastMs = Math.max(p.lastMs, ps.last);
      if (!p.sites.includes(ps.site)) p.sites.push(ps.site);
      p.keys.add(member.memberKey);
      if (ps.statusAt > p.statusAt) {
        p.statusAt = ps.statusAt;
        p.status = ps.status;
      }
      products.set(ps.productKey, p);
    }
    for (const [day, v] of Object.entries(member.timeline)) {
      const bucket = timeline.get(day) ?? { count: 0, undeclared: 0 };
      bucket.count += v.count;
      bucket.undeclared += v.undeclared;
      timeline.set(day, bucket);
    }
    for (const [host, v] of Object.entries(member.unknown)) {
      const seen = unknown.get(host) ?? { sites: new Set<string>(), count: 0 };
      v.sites.forEach((s) => seen.sites.add(s));
      seen.count += v.count;
      unknown.set(host, seen);
    }
  }
  const declaration = members.map((m) => m.declaration).find(Boolean);
  return {
    title: merged ? `Workplace monitoring seen by ${members.length} members` : `Workplace monitoring seen by ${members[0]?.label ?? 'a member'}`,
    generatedAt: now.toISOString(),
    scope: merged ? 'merged' : 'member',
    members: merged ? members.length : undefined,
    integrity: members.map((m) => ({ label: `${m.label} (export ${m.exportId.slice(0, 8)}, ${m.records} records, ${m.signature?.status === 'valid' ? `key ${m.signature.fingerprint}` : signerLabel(m.signature)})`, status: m.integrity.status, detail: m.integrity.detail })),
    ruleDbVersions: [...new Set(members.map((m) => m.ruleDbVersion))],
    extensionVersions: [...new Set(members.map((m) => m.extensionVersion))],
    declaration: declaration ? { label: declaration.replace(/^[^:]*:\s*/, '') } : undefined,
    range: Number.isFinite(from) ? { from: iso(from), to: iso(to) } : null,
    products: [...products.values()].map(({ keys, firstMs, lastMs, statusAt: _s, ...p }) => ({ ...p, first: iso(firstMs), last: iso(lastMs), members: merged ? keys.size : undefined })),
    // The exports name the declaration but do not carry its items, so what was declared and not seen
    // cannot be worked out here: left absent, and the report says so.
    declaredNotSeen: undefined,
    namedMembers: members.filter((m) => m.memberKey.startsWith('name:')).length,
    timeline: [...timeline].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v })),
    unknownThirdParties: [...unknown].map(([host, v]) => ({ host, sites: [...v.sites].sort(), count: v.count })).sort((a, b) => b.count - a.count),
    extensions: mergeExtensions(members, merged),
    redaction: members.reduce<Redaction>((least, m) => (DETAIL.indexOf(m.redaction) < DETAIL.indexOf(least) ? m.redaction : least), 'full'),
    files,
  };
}

/**
 * One bundle: that member's report, broken or not (the options page's own log). Several: the rep's rules,
 * as in the rep view: only bundles that verify, and each member's bundles as one, each record once.
 */
export function reportModelFromBundles(checked: readonly CheckedBundle[], catalog: ReadonlyMap<string, RuleSummary>, now: Date): ReportModel {
  if (checked.length === 1) return reportModelFromSummaries([summariseBundle(checked[0]!, catalog)], now);
  const byMember = new Map<string, CheckedBundle[]>();
  for (const c of checked) if (c.verification.intact) byMember.set(memberKeyOf(c.bundle), [...(byMember.get(memberKeyOf(c.bundle)) ?? []), c]);
  return reportModelFromSummaries([...byMember.values()].map((bundles) => summariseUnion(bundles, catalog)), now);
}
