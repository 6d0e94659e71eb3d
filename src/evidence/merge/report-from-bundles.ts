// Merging member summaries: the rep's picture (products × sites × how many members saw each) and the
// printable report's model. Which files count, and how a member's several exports become one summary with
// each record once, is decided before this (merge/plan-merge.ts, merge/member-exports.ts). Members are
// taken in member-key order and ties broken by name, so the same files give the same figures and the
// same report in whatever order they were loaded.
import { membersPerProduct, sitesByProducts } from './rep-charts-model';
import type { RuleSummary } from '../../rules/catalog';
import type { Redaction } from '../seal/redaction';
import { mergeExtensions } from './extension-rows';
import { signerLabel } from '../seal/key-changes';
import { memberKeyOf, summariseBundle, type CheckedBundle, type MemberSummary } from './member-summary';
import { summariseUnion } from './member-exports';
import type { MergeProvenance } from '../report/report-model';
import type { ReportModel } from '../report/report-model';
import { recordedReplaces, type DeclaredStatus } from '../../policy/declared-status';
import { foldRow } from '../../core/fold-row';
import { foldProducts } from './report-fold';
import type { PolicyNow } from '../../policy/status-now';

/** The declarations that apply today, to decide statuses with (the options page has them; a rep may not). */
export interface ReportPolicy {
  now: PolicyNow;
  catalog: ReadonlyMap<string, RuleSummary>;
}

export interface MergedRow {
  product: string;
  category: string;
  site: string;
  members: number;
  /** Observations (signals matched): detail, not the unit. */
  count: number;
  /** Distinct UTC days it was seen on, by any member. */
  days: number;
  /** Page loads it was seen on, added up over members (0 where the logs recorded none). */
  visits: number;
  first: number;
  last: number;
  status: DeclaredStatus;
  /** Every record of it, from every member, was page-reported (see ReportProduct.pageOnly). */
  pageOnly: boolean;
  /** How many of `members` are browser captures (capture evidence), not live logs. */
  fromCapture: number;
}

const DETAIL: Redaction[] = ['category', 'host', 'full'];
const iso = (ms: number) => new Date(ms).toISOString();

/** Rows of the merged table: one per product and site. */
export function mergedRows(unordered: readonly MemberSummary[], now?: PolicyNow): MergedRow[] {
  const members = canonicalOrder(unordered);
  const rows = new Map<string, Omit<MergedRow, 'days'> & { statusAt: number; dayset: Set<string> }>();
  for (const member of members) {
    for (const ps of member.productSites) {
      const key = `${ps.productKey}\u001f${ps.site}`;
      const row = rows.get(key) ?? {
        product: ps.product,
        category: ps.category,
        site: ps.site,
        members: 0,
        count: 0,
        visits: 0,
        dayset: new Set<string>(),
        first: Infinity,
        last: -Infinity,
        status: ps.status,
        statusAt: -1,
        pageOnly: true,
        fromCapture: 0,
      };
      row.members += 1;
      row.visits += ps.visits ?? 0;
      for (const day of Object.keys(ps.days ?? {})) row.dayset.add(day);
      if (member.source === 'capture') row.fromCapture += 1;
      if (ps.observed !== false) row.pageOnly = false;
      foldRow(row, ps, recordedReplaces);
      rows.set(key, row);
    }
  }
  // With the declaration that applies now, one status per product and site from it (policy/status-now.ts).
  if (now)
    for (const [key, row] of rows)
      if (!key.startsWith('category:')) row.status = now.statusOf(row.site, key.split('\u001f')[0]!);
  return [...rows.values()]
    .map(({ statusAt: _s, dayset, ...row }) => ({ ...row, days: dayset.size }))
    .sort(
      (a, b) => b.members - a.members || b.count - a.count || compare(a.product, b.product) || compare(a.site, b.site),
    );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Members in member-key order (then by digest): the order every merged figure is computed in. */
export function canonicalOrder(members: readonly MemberSummary[]): MemberSummary[] {
  return [...members].sort(
    (a, b) => compare(a.memberKey, b.memberKey) || compare(a.sha256 ?? a.headHash ?? '', b.sha256 ?? b.headHash ?? ''),
  );
}

export function reportModelFromSummaries(
  unordered: readonly MemberSummary[],
  now: Date,
  files?: MergeProvenance,
  policy?: ReportPolicy,
  /** Where each product's cited sources come from; policy's catalog when a policy is given. */
  catalog: ReadonlyMap<string, RuleSummary> | undefined = policy?.catalog,
): ReportModel {
  const members = canonicalOrder(unordered);
  const merged = members.length > 1;
  const unknown = new Map<string, { sites: Set<string>; count: number; members: Set<string> }>();
  let from = Infinity;
  let to = -Infinity;
  for (const member of members) {
    if (member.range) {
      from = Math.min(from, member.range.from);
      to = Math.max(to, member.range.to);
    }
    for (const [host, v] of Object.entries(member.unknown)) {
      const seen = unknown.get(host) ?? { sites: new Set<string>(), count: 0, members: new Set<string>() };
      v.sites.forEach((s) => seen.sites.add(s));
      seen.count += v.count;
      seen.members.add(member.memberKey);
      unknown.set(host, seen);
    }
  }
  const folded = foldProducts(members, merged, policy, catalog);
  const recordedDeclaration = members
    .map((m) => m.declaration)
    .find(Boolean)
    ?.replace(/^[^:]*:\s*/, '');
  const declarationNow = policy
    ? members
        .flatMap((m) => m.productSites.map((ps) => ps.site))
        .map((site) => policy.now.labelFor(site))
        .find((l) => l !== undefined)
    : undefined;
  const declaration = policy ? declarationNow : recordedDeclaration;
  const levels = { full: 0, host: 0, category: 0 };
  for (const m of members) levels[m.redaction] += 1;
  return {
    title: merged
      ? `Workplace monitoring seen by ${members.length} members`
      : `Workplace monitoring seen by ${members[0]?.label ?? 'a member'}`,
    generatedAt: now.toISOString(),
    scope: merged ? 'merged' : 'member',
    members: merged ? members.length : undefined,
    integrity: members.map((m) => ({
      label: `${m.label} (export ${m.exportId.slice(0, 8)}, ${m.records} records, ${m.signature?.status === 'valid' ? `key ${m.signature.fingerprint}` : signerLabel(m.signature)})`,
      status: m.integrity.status,
      detail: m.integrity.detail,
    })),
    ruleDbVersions: [...new Set(members.map((m) => m.ruleDbVersion))],
    extensionVersions: [...new Set(members.map((m) => m.extensionVersion))],
    declaration: declaration ? { label: declaration } : undefined,
    range: Number.isFinite(from) ? { from: iso(from), to: iso(to) } : null,
    ...folded,
    ...(merged
      ? {
          repCharts: {
            members: new Set(members.map((m) => m.memberKey)).size,
            perProduct: membersPerProduct(members),
            perSite: sitesByProducts(members),
          },
        }
      : {}),
    namedMembers: members.filter((m) => m.memberKey.startsWith('name:')).length,
    unknownThirdParties: [...unknown]
      .map(([host, v]) => ({ host, sites: [...v.sites].sort(), count: v.count, members: v.members.size }))
      .sort((a, b) => b.count - a.count),
    extensions: mergeExtensions(members, merged),
    redaction: members.reduce<Redaction>(
      (least, m) => (DETAIL.indexOf(m.redaction) < DETAIL.indexOf(least) ? m.redaction : least),
      'full',
    ),
    detailLevels: levels,
    statusNow: !!policy,
    files,
  };
}

/**
 * One bundle: that member's report, broken or not (the options page's own log). Several: the rep's rules,
 * as in the rep view: only bundles that verify, and each member's bundles as one, each record once.
 */
export function reportModelFromBundles(
  checked: readonly CheckedBundle[],
  catalog: ReadonlyMap<string, RuleSummary>,
  now: Date,
  policyNow?: PolicyNow,
): ReportModel {
  const policy = policyNow ? { now: policyNow, catalog } : undefined;
  if (checked.length === 1)
    return reportModelFromSummaries([summariseBundle(checked[0]!, catalog)], now, undefined, policy, catalog);
  const byMember = new Map<string, CheckedBundle[]>();
  for (const c of checked)
    if (c.verification.intact) byMember.set(memberKeyOf(c.bundle), [...(byMember.get(memberKeyOf(c.bundle)) ?? []), c]);
  return reportModelFromSummaries(
    [...byMember.values()].map((bundles) => summariseUnion(bundles, catalog)),
    now,
    undefined,
    policy,
    catalog,
  );
}
