// The figures behind the rep view's two pictures, from the merged members' summaries (the same ones
// every merged figure is computed from): how many members saw each product, and how many products
// were seen on each site. Members are counted once each (by member key), however many of their sites
// or exports show the product, so a bar never exceeds the number of members. Pure.
import type { MemberSummary } from './member-summary';

export interface Bar {
  /** Product key or site: stable, for tests and React keys. */
  key: string;
  label: string;
  value: number;
}

const byValue = (a: Bar, b: Bar): number => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Per product (as the merged table groups them, by rule or by kind), the distinct members who saw it. */
export function membersPerProduct(members: readonly MemberSummary[]): Bar[] {
  const seen = new Map<string, { label: string; members: Set<string> }>();
  for (const m of members) {
    for (const ps of m.productSites) {
      const entry = seen.get(ps.productKey) ?? { label: ps.product, members: new Set<string>() };
      entry.members.add(m.memberKey);
      seen.set(ps.productKey, entry);
    }
  }
  return [...seen].map(([key, e]) => ({ key, label: e.label, value: e.members.size })).sort(byValue);
}

/** Per site, the distinct products seen on it by any member. */
export function sitesByProducts(members: readonly MemberSummary[]): Bar[] {
  const seen = new Map<string, Set<string>>();
  for (const m of members) {
    for (const ps of m.productSites) {
      const products = seen.get(ps.site) ?? new Set<string>();
      products.add(ps.productKey);
      seen.set(ps.site, products);
    }
  }
  return [...seen].map(([site, products]) => ({ key: site, label: site, value: products.size })).sort(byValue);
}
