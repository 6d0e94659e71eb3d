// What the overview says: over a period (the last 7 or 30 days), which monitoring products were seen,
// where, how often, and how each stands against the employer's policy as it is now (the same
// policyNow answer the popup, letters and reports give), undeclared first; and what is new since the
// person last opened the page. Products are named from the rule catalog, never by rule id. Pure.
import { leastDeclared } from '../policy/status-now';
import { concernRank, type DeclaredStatus } from '../policy/declared-status';
import { emptySpan, foldSpan, type Span } from '../core/fold-row';
import { localDay } from '../core/local-day';
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
  /** Observations: detail only. */
  count: number;
  /** Distinct local days in the period it was seen on: the overview's unit. */
  days: number;
  /** Page loads it was seen on in the period (0 where the log predates page-load counting). */
  visits: number;
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
  days: number;
  visits: number;
}

export interface CategoryLine {
  category: string;
  products: number;
  count: number;
  days: number;
  visits: number;
}

export interface Overview {
  from: number;
  to: number;
  observations: number;
  /** Distinct local days in the period with any product seen. */
  days: number;
  products: ProductLine[];
  sites: SiteLine[];
  categories: CategoryLine[];
  /** Products first seen after the last visit, and sites where monitoring was first seen after it. */
  newProducts: ProductLine[];
  newSites: string[];
}

export const byConcern = (a: ProductLine, b: ProductLine): number =>
  concernRank(a.status) - concernRank(b.status) ||
  b.days - a.days ||
  b.visits - a.visits ||
  a.product.localeCompare(b.product);

export function buildOverview(input: OverviewInput): Overview {
  const from = periodStart(input.now, input.periodDays);
  const firstEver = new Map<string, number>();
  const siteFirstEver = new Map<string, number>();
  for (const s of input.seen) {
    firstEver.set(s.ruleId!, Math.min(firstEver.get(s.ruleId!) ?? Infinity, s.firstAt));
    siteFirstEver.set(s.site, Math.min(siteFirstEver.get(s.site) ?? Infinity, s.firstAt));
  }
  const inPeriod = input.seen.filter((s) => s.lastAt >= from && s.firstAt <= input.now);
  const products = new Map<
    string,
    Omit<ProductLine, 'days'> & { statuses: DeclaredStatus[]; inPeriod: Span; dayset: Set<string> }
  >();
  const sites = new Map<string, { count: number; visits: number; days: Set<string>; products: Set<string> }>();
  const allDays = new Set<string>();
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
        dayset: new Set<string>(),
        count: 0,
        visits: 0,
        sites: [],
        firstAt: firstEver.get(id)!,
        lastAt: s.lastAt,
      };
      products.set(id, line);
    }
    foldSpan(line.inPeriod, { count: s.count, first: s.firstAt, last: s.lastAt });
    // A day counts by the day of its last observation, as the log's day rows do.
    const day = localDay(s.lastAt);
    line.dayset.add(day);
    allDays.add(day);
    line.visits += s.visits ?? 0;
    if (!line.sites.includes(s.site)) {
      line.sites.push(s.site);
      line.statuses.push(input.statusOf(s.site, id));
    }
    const site = sites.get(s.site) ?? { count: 0, visits: 0, days: new Set<string>(), products: new Set<string>() };
    site.count += s.count;
    site.visits += s.visits ?? 0;
    site.days.add(day);
    site.products.add(id);
    sites.set(s.site, site);
  }
  const productLines = [...products.values()].map(({ statuses, inPeriod, dayset, ...line }) => ({
    ...line,
    days: dayset.size,
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
      visits: v.visits,
      days: v.days.size,
      products: v.products.size,
      undeclared: [...v.products].filter((id) => input.statusOf(site, id) === 'undeclared').length,
    }))
    .sort(
      (a, b) =>
        b.undeclared - a.undeclared || b.products - a.products || b.days - a.days || a.site.localeCompare(b.site),
    );
  const categories = new Map<string, Omit<CategoryLine, 'days'> & { dayset: Set<string> }>();
  for (const p of productLines) {
    if (!p.category) continue;
    const c = categories.get(p.category) ?? {
      category: p.category,
      products: 0,
      count: 0,
      visits: 0,
      dayset: new Set(),
    };
    c.products += 1;
    c.count += p.count;
    c.visits += p.visits;
    for (const day of products.get(p.ruleId)!.dayset) c.dayset.add(day);
    categories.set(p.category, c);
  }
  const last = input.lastOpened;
  return {
    from,
    to: input.now,
    observations: productLines.reduce((n, p) => n + p.count, 0),
    days: allDays.size,
    products: productLines,
    sites: siteLines,
    categories: [...categories.values()]
      .map(({ dayset, ...c }) => ({ ...c, days: dayset.size }))
      .sort((a, b) => b.days - a.days || b.products - a.products || a.category.localeCompare(b.category)),
    newProducts: last === undefined ? [] : productLines.filter((p) => p.firstAt > last),
    newSites: last === undefined ? [] : siteLines.filter((s) => siteFirstEver.get(s.site)! > last).map((s) => s.site),
  };
}
