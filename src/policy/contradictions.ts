// Each promise the policy makes, set against the products seen that break it: a product the policy says
// is not used, a product of a category it says is not used, or a product whose vendor documents it can
// capture what the policy says is not captured. A finding known only from what a page reported about
// itself is kept apart: a page could have invented it.
import type { CapabilityId, CategoryId } from '../core/taxonomy';
import type { PolicyPromise } from './declaration';

export interface SeenProduct {
  ruleId: string;
  product: string;
  category: CategoryId;
  capabilities: readonly CapabilityId[];
  /** Every record of it came from what the page itself reported. */
  pageOnly: boolean;
}

export interface Contradiction {
  promise: PolicyPromise;
  /** How the products break it: named, by category, or by what they can capture. */
  by: 'product' | 'category' | 'capability';
  /** Seen on the network or as a loaded script. */
  products: string[];
  /** Known only from what pages reported. */
  pageOnlyProducts: string[];
}

export function breaks(promise: PolicyPromise, seen: SeenProduct): boolean {
  if (promise.ruleId !== undefined) return seen.ruleId === promise.ruleId;
  if (promise.category !== undefined) return seen.category === promise.category;
  return promise.capability !== undefined && seen.capabilities.includes(promise.capability);
}

export function contradictionsOf(
  promises: readonly PolicyPromise[] | undefined,
  seen: readonly SeenProduct[],
): Contradiction[] {
  const out: Contradiction[] = [];
  for (const promise of promises ?? []) {
    const breaking = seen.filter((s) => breaks(promise, s));
    if (breaking.length === 0) continue;
    const names = (list: readonly SeenProduct[]) =>
      [...new Set(list.map((s) => s.product))].sort((a, b) => a.localeCompare(b));
    out.push({
      promise,
      by: promise.ruleId !== undefined ? 'product' : promise.category !== undefined ? 'category' : 'capability',
      products: names(breaking.filter((s) => !s.pageOnly)),
      pageOnlyProducts: names(breaking.filter((s) => s.pageOnly)),
    });
  }
  return out;
}
