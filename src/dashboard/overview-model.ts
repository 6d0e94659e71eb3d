// What the overview says: over a period (the last 7 or 30 days), which monitoring products were seen,
// where, how often, and how each stands against the employer's policy as it is now (the same
// policyNow answer the popup, letters and reports give), undeclared first; and what is new since the
// person last opened the page. Products are named from the rule catalog, never by rule id. Pure.
import { leastDeclared } from '../policy/status-now';
import { concernRank, type DeclaredStatus } from '../policy/declared-status';
import { emptySpan, foldSpan, type Span } from '../core/fold-row';
import { periodStart, type Seen } from './seen';

export interface OverviewInput {
  seen: readonly Seen[];
  statusOf(site: string, ruleId: string): DeclaredStatus;
  /** The product's name from the rule catalog (falls back to the name the log recorded). */
  nameOf(ruleId: string): string | undefined;
  now: number;
  periodDays: number;
  /** When the person last opened the overview; undefined the first time. */
  lastOpened?: number;
}

export interface ProductLine {
  ruleId: string;
  product: string;
  category?: string;
  /** The least declared of its sites' statuses. */
  status: DeclaredStatus;
  count: number;
  sites: string[];
  /** First seen ever (not only in the period). */
  firstAt: number;
  lastAt: number;
}

export interface SiteLine {
  site: string;
  products: number;
  undeclared: number;
  count: number;
}

export interface CategoryLine {
  category: string;
  products: number;
  count: number;
}

export interface Overview {
  from: number;
  to: number;
  observations: number;
  products: ProductLine[];
  sites: SiteLine[];
  categories: CategoryLine[];
  /** Products first seen after the last visit, and sites where monitoring was first seen after it. */
  newProducts: ProductLine[];
  newSites: string[];
}

export const byConcern = (a: ProductLine, b: ProductLine): number =>
  concernRank(a.status) - concernRank(b.status) || b.count - a.count || a.product.localeCompare(b.product);

export function buildOverview(input: OverviewInput): Overview {
  const from = periodStart(input.now, input.periodDays);
  const firstEver = new Map<string, number>();
  const siteFirstEver = new Map<string, number>();
  for (const s of input.seen) {
    firstEver.set(s.ruleId!, Math.min(firstEver.get(s.ruleId!) ?? Infinity, s.firstAt));
    siteFirstEver.set(s.site, Math.min(siteFirstEver.get(s.site) ?? Infinity, s.firstAt));
  }
  const inPeriod = input.seen.filter((s) => s.lastAt >= from && s.firstAt <= input.now);
  const products = new Map<string, ProductLine & { statuses: DeclaredStatus[]; inPeriod: Span }>();
  const sites = new Map<string, { count: number; products: Set<string> }>();
  for (const s of inPeriod) {
    const id = s.ruleId!;
    let line = products.get(id);
    if (!line) {
      line = {
        ruleId: id,
        product: input.nameOf(id) ?? s.product ?? id,
        category: s.category,
        status: 'no-policy',
        statuses: [],
        inPeriod: emptySpan(),
        count: 0,
        sites: [],
        firstAt: firstEver.get(id)!,
        lastAt: s.lastAt,
      };
      products.set(id, line);
    }
    foldSpan(line.inPeriod, { count: s.count, first: s.firstAt, last: s.lastAt });
    if (!line.sites.includes(s.site)) {
      line.sites.push(s.site);
      line.statuses.push(input.statusOf(s.site, id));
    }
    const site = sites.get(s.site) ?? { count: 0, products: new Set<string>() };
    site.count += s.count;
    site.products.add(id);
    sites.set(s.site, site);
  }
  const productLines = [...products.values()].map(({ statuses, inPeriod, ...line }) => ({
    ...line,
    count: inPeriod.count,
    lastAt: inPeriod.last,
    status: leastDeclared(statuses),
    sites: line.sites.sort(),
  }));
  productLines.sort(byConcern);
  const siteLines = [...sites.entries()]
    .map(([site, v]) => ({
      site,
      count: v.count,
      products: v.products.size,
      undeclared: [...v.products].filter((id) => input.statusOf(site, id) === 'undeclared').length,
    }))
    .sort(
      (a, b) =>
        b.undeclared - a.undeclared || b.products - a.products || b.count - a.count || a.site.localeCompare(b.site),
    );
  const categories = new Map<string, CategoryLine>();
  for (const p of productLines) {
    if (!p.category) continue;
    const c = categories.get(p.category) ?? { category: p.category, products: 0, count: 0 };
    c.products += 1;
    c.count += p.count;
    categories.set(p.category, c);
  }
  const last = input.lastOpened;
  return {
    from,
    to: input.now,
    observations: productLines.reduce((n, p) => n + p.count, 0),
    products: productLines,
    sites: siteLines,
    categories: [...categories.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    newProducts: last === undefined ? [] : productLines.filter((p) => p.firstAt > last),
    newSites: last === undefined ? [] : siteLines.filter((s) => siteFirstEver.get(s.site)! > last).map((s) => s.site),
  };
}
