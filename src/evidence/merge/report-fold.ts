// Folding members' product-site rows into the report's products, with one rule for every figure:
// - Units a rep can defend: members, sites and distinct days. Observations (signals) are kept only for
//   "why flagged".
// - A kinds-only export (category detail: no product, no site) adds to kinds and members, never to
//   products or sites.
// - Declared or undeclared is decided once per product: against the declaration that applies now when
//   the caller has one (policy/status-now.ts), else from what the members' logs recorded, where a
//   comparison with a policy beats "no policy", and a later comparison beats an earlier one.
// - The timeline adds up the same products' days, with the same status, so its totals match the tables.
import { comparePolicy } from '../../policy/compare';
import { contradictionsOf } from '../../policy/contradictions';
import type { PolicyPromise } from '../../policy/declaration';
import { TRANSPARENCY_POINTS, transparencyChecklist } from '../../policy/transparency';
import { englishText } from '../../core/english-text';
import { capabilityKey, categoryNameKey } from '../../core/taxonomy';
import { leastDeclared, type PolicyNow } from '../../policy/status-now';
import { itemLabel } from '../../policy/summary';
import { sourcesDocumenting, type RuleSummary } from '../../rules/catalog';
import type { CategoryId } from '../../core/taxonomy';
import type { MemberSummary, ProductSite } from './member-summary';
import type { ReportModel, ReportProduct } from '../report/report-model';
import { recordedReplaces, type DeclaredStatus } from '../../policy/declared-status';
import { emptySpan, foldRow, type FoldedRow } from '../../core/fold-row';

const iso = (ms: number) => new Date(ms).toISOString();
const isKindsOnly = (ps: ProductSite) => ps.productKey.startsWith('category:');

interface Folding extends Omit<ReportProduct, 'first' | 'last' | 'days' | 'dayCounts'> {
  ruleId?: string;
  memberKeys: Set<string>;
  /** The members among memberKeys whose evidence is a browser capture. */
  captureKeys: Set<string>;
  dayCounts: Map<string, number>;
  /** Count, first and last seen, and the status the logs recorded (compared beats no policy, then later). */
  recorded: FoldedRow<DeclaredStatus>;
}

export type FoldedReport = Pick<
  ReportModel,
  'products' | 'timeline' | 'kindsOnly' | 'declaredNotSeen' | 'identity' | 'contradictions' | 'transparencyGaps'
>;

export function foldProducts(
  members: readonly MemberSummary[],
  merged: boolean,
  policy?: { now: PolicyNow; catalog: ReadonlyMap<string, RuleSummary> },
  /** The rule catalog the sources behind each product's "can capture" come from (policy's, when given). */
  catalog: ReadonlyMap<string, RuleSummary> | undefined = policy?.catalog,
): FoldedReport {
  const products = new Map<string, Folding>();
  const kinds = new Map<CategoryId, Set<string>>();
  for (const member of members) {
    for (const ps of member.productSites) {
      if (isKindsOnly(ps)) {
        kinds.set(ps.category, (kinds.get(ps.category) ?? new Set()).add(member.memberKey));
        continue;
      }
      const p = products.get(ps.productKey) ?? {
        product: ps.product,
        vendor: ps.vendor,
        category: ps.category,
        capabilities: ps.capabilities,
        ruleId: ps.productKey,
        sites: [],
        count: 0,
        status: ps.status,
        memberKeys: new Set<string>(),
        captureKeys: new Set<string>(),
        dayCounts: new Map<string, number>(),
        recorded: { ...emptySpan(), status: ps.status, statusAt: ps.statusAt },
        pageOnly: true,
      };
      foldRow(p.recorded, ps, recordedReplaces);
      // Summaries made before the field existed carry no answer: treated as observed, as they were then.
      if (ps.observed !== false) p.pageOnly = false;
      if (!p.sites.includes(ps.site)) p.sites.push(ps.site);
      p.memberKeys.add(member.memberKey);
      if (member.source === 'capture') p.captureKeys.add(member.memberKey);
      for (const [day, n] of Object.entries(ps.days ?? {})) p.dayCounts.set(day, (p.dayCounts.get(day) ?? 0) + n);
      p.visits = (p.visits ?? 0) + (ps.visits ?? 0);
      products.set(ps.productKey, p);
    }
  }

  for (const p of products.values()) {
    p.count = p.recorded.count;
    p.status =
      policy && p.ruleId
        ? leastDeclared(p.sites.map((site) => policy.now.statusOf(site, p.ruleId!)))
        : p.recorded.status;
  }

  const timeline = new Map<string, { count: number; undeclared: number }>();
  for (const p of products.values()) {
    // One product on a day counts once: the bars add up to the products' days seen in the tables.
    for (const day of p.dayCounts.keys()) {
      const bucket = timeline.get(day) ?? { count: 0, undeclared: 0 };
      bucket.count += 1;
      if (p.status === 'undeclared' && !p.pageOnly) bucket.undeclared += 1;
      timeline.set(day, bucket);
    }
  }

  return {
    products: [...products.values()].map(({ memberKeys, captureKeys, dayCounts, recorded, ruleId, ...p }) => ({
      ...p,
      ...citationsOf(ruleId, catalog),
      first: iso(recorded.first),
      last: iso(recorded.last),
      days: dayCounts.size,
      dayCounts: Object.fromEntries([...dayCounts].sort(([a], [b]) => (a < b ? -1 : 1))),
      members: merged ? memberKeys.size : undefined,
      ...(captureKeys.size > 0 ? { fromCapture: captureKeys.size } : {}),
      ...(policy && recorded.status !== p.status ? { recordedStatus: recorded.status } : {}),
    })),
    timeline: [...timeline].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, v]) => ({ day, ...v })),
    kindsOnly: [...kinds]
      .map(([category, keys]) => ({ category, members: keys.size }))
      .sort((a, b) => b.members - a.members || (a.category < b.category ? -1 : 1)),
    declaredNotSeen: policy
      ? declaredNotSeen([...products.values()], new Set(kinds.keys()), policy.now, policy.catalog)
      : undefined,
    identity: foldIdentity(members),
    contradictions: policy ? contradictionsFor([...products.values()], policy.now, policy.catalog) : undefined,
    transparencyGaps: policy ? gapsFor([...products.values()], policy.now) : undefined,
  };
}

/** The rule's cited sources, when the catalog knows the rule (a kinds-only row has none). */
function citationsOf(
  ruleId: string | undefined,
  catalog: ReadonlyMap<string, RuleSummary> | undefined,
): Pick<ReportProduct, 'citations'> {
  const citations = ruleId === undefined ? undefined : catalog?.get(ruleId)?.citations;
  return citations && citations.length > 0 ? { citations } : {};
}

/** The transparency points no item answers, in any declaration that applies to a site in the report. */
function gapsFor(products: readonly Folding[], now: PolicyNow): string[] | undefined {
  const declarations = new Map(
    products
      .flatMap((p) => p.sites)
      .map((site) => now.declarationFor(site))
      .filter((d) => d !== undefined)
      .map((d) => [d.id, d]),
  );
  if (declarations.size === 0) return undefined;
  const gaps = new Set<string>();
  for (const d of declarations.values())
    for (const line of transparencyChecklist(d)) if (line.answered === 0) gaps.add(line.point);
  return TRANSPARENCY_POINTS.filter((point) => gaps.has(point));
}

function foldIdentity(members: readonly MemberSummary[]): NonNullable<ReportModel['identity']> {
  const sent = new Map<string, { product: string; forms: string[]; members: number }>();
  for (const member of members) {
    for (const [key, { product, forms }] of Object.entries(member.identity ?? {})) {
      const into = sent.get(key) ?? { product, forms: [], members: 0 };
      into.members += 1;
      for (const form of forms) if (!into.forms.includes(form)) into.forms.push(form);
      sent.set(key, into);
    }
  }
  return [...sent.values()]
    .map((s) => ({ ...s, forms: [...s.forms].sort() }))
    .sort((a, b) => b.members - a.members || a.product.localeCompare(b.product));
}

/** Each promise of a declaration that applies now, against the products seen on the sites it covers. */
function contradictionsFor(
  products: readonly Folding[],
  now: PolicyNow,
  catalog: ReadonlyMap<string, RuleSummary>,
): NonNullable<ReportModel['contradictions']> {
  const found = new Map<string, NonNullable<ReportModel['contradictions']>[number]>();
  for (const p of products) {
    const rule = p.ruleId ? catalog.get(p.ruleId) : undefined;
    if (!rule) continue;
    for (const site of p.sites) {
      const declaration = now.declarationFor(site);
      for (const c of contradictionsOf(declaration?.promises, [
        {
          ruleId: rule.id,
          product: p.product,
          category: rule.category,
          capabilities: rule.capabilities,
          pageOnly: !!p.pageOnly,
        },
      ])) {
        const key = `${declaration!.id}\u001f${c.promise.id}`;
        const into = found.get(key) ?? {
          quote: c.promise.quote,
          by: c.by,
          subject: promiseSubjectWords(c.promise),
          products: [],
          pageOnlyProducts: [],
        };
        if (c.by === 'capability' && c.products.length > 0)
          for (const url of sourcesDocumenting([rule], c.promise.capability!))
            if (!(into.sources ??= []).includes(url)) into.sources.push(url);
        for (const name of c.products) if (!into.products.includes(name)) into.products.push(name);
        for (const name of c.pageOnlyProducts)
          if (!into.pageOnlyProducts.includes(name)) into.pageOnlyProducts.push(name);
        found.set(key, into);
      }
    }
  }
  return [...found.values()].map((c) => ({
    ...c,
    products: [...c.products].sort(),
    pageOnlyProducts: c.pageOnlyProducts.filter((n) => !c.products.includes(n)).sort(),
  }));
}

function promiseSubjectWords(promise: PolicyPromise): string {
  if (promise.ruleId !== undefined) return promise.product ?? promise.ruleId;
  if (promise.category !== undefined) return englishText(categoryNameKey(promise.category));
  return englishText(capabilityKey(promise.capability!));
}

/**
 * Items of each declaration that applies to a site in the report, matched by no product on any of its
 * sites. A kinds-only export's kind (no site, no product) matches an item that declares only that kind:
 * such an item was seen, whichever site it was on. It never matches an item naming a product.
 */
function declaredNotSeen(
  products: readonly Folding[],
  kindsSeen: ReadonlySet<CategoryId>,
  now: PolicyNow,
  catalog: ReadonlyMap<string, RuleSummary>,
): string[] | undefined {
  const bySite = new Map<string, Set<string>>();
  for (const p of products)
    for (const site of p.sites) if (p.ruleId) bySite.set(site, (bySite.get(site) ?? new Set()).add(p.ruleId));
  const perDeclaration = new Map<string, { labels: Set<string> | null }>();
  for (const [site, ruleIds] of bySite) {
    const declaration = now.declarationFor(site);
    if (!declaration) continue;
    const notSeen = new Set(
      comparePolicy(ruleIds, catalog, declaration)
        .declaredNotSeen.filter(
          (item) => item.product || item.ruleId || !item.category || !kindsSeen.has(item.category),
        )
        .map(itemLabel),
    );
    const into = perDeclaration.get(declaration.id) ?? { labels: null };
    // Seen on any of its sites counts as seen: keep only what no site saw.
    into.labels = into.labels === null ? notSeen : new Set([...into.labels].filter((l) => notSeen.has(l)));
    perDeclaration.set(declaration.id, into);
  }
  if (perDeclaration.size === 0) return undefined;
  return [...perDeclaration.values()].flatMap((d) => [...(d.labels ?? [])]).sort((a, b) => a.localeCompare(b));
}
