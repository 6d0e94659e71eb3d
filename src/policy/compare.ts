// Declared vs observed: each finding is Declared (the policy names the product, or only its category —
// shown as such) or Undeclared; declared items never observed are listed apart ("declared, not seen
// here", which is not evidence of absence).
import type { RuleSummary } from '../rules/catalog';
import type { FeatureSummary } from '../rules/feature-summary';
import { hostMatchesSuffix } from '../scope/work-scope';
import type { Declaration, DeclaredItem } from './declaration';
import { isBrowserCategory } from './kinds';

export type FindingStatus =
  { status: 'declared'; by: 'product' | 'category'; item: DeclaredItem } | { status: 'undeclared' };

export interface Comparison {
  statuses: Map<string, FindingStatus>;
  undeclared: string[];
  declaredNotSeen: DeclaredItem[];
  /** Items of kinds no browser can see (CCTV, biometrics, call recording…): declared only, never "not seen". */
  declaredOffline: DeclaredItem[];
  /** Per platform feature shown on this site: does the policy name it, or only its category? */
  featureStatuses: Map<string, FeatureStatus>;
}

/** A server-side platform feature is never seen, only offered: the policy names it, its category, or neither. */
export type FeatureStatus = 'product' | 'category' | 'absent';
export type FeatureNames = Pick<FeatureSummary, 'id' | 'platform' | 'feature' | 'aliases' | 'category'>;

/** Lower-case letters and digits only: "Full Story", "FullStory" and "fullstory" are one name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesOf(rule: RuleSummary): Set<string> {
  return new Set([rule.product, ...rule.aliases].map(normaliseName).filter((n) => n.length > 0));
}

/** Whether a declared item names this product (by rule id, or by product name or alias). */
export function itemNamesProduct(item: DeclaredItem, rule: RuleSummary): boolean {
  if (item.ruleId) return item.ruleId === rule.id;
  return !!item.product && namesOf(rule).has(normaliseName(item.product));
}

/** Category-only items cover every product of their category. */
function itemCoversCategory(item: DeclaredItem, rule: RuleSummary): boolean {
  return !item.product && !item.ruleId && item.category === rule.category;
}

/** Whether a declared item names this feature: its id, its name (alone or after the platform's) or an alias. */
export function itemNamesFeature(item: DeclaredItem, feature: FeatureNames): boolean {
  if (item.ruleId) return item.ruleId === feature.id;
  if (!item.product) return false;
  const names = [feature.feature, `${feature.platform} ${feature.feature}`, ...feature.aliases].map(normaliseName);
  return names.includes(normaliseName(item.product));
}

export function featureStatusOf(feature: FeatureNames, declaration: Declaration | null): FeatureStatus {
  if (!declaration) return 'absent';
  if (declaration.items.some((item) => itemNamesFeature(item, feature))) return 'product';
  return declaration.items.some((item) => !item.product && !item.ruleId && item.category === feature.category)
    ? 'category'
    : 'absent';
}

export function statusOf(rule: RuleSummary, declaration: Declaration | null): FindingStatus {
  if (!declaration) return { status: 'undeclared' };
  const byProduct = declaration.items.find((item) => itemNamesProduct(item, rule));
  if (byProduct) return { status: 'declared', by: 'product', item: byProduct };
  const byCategory = declaration.items.find((item) => itemCoversCategory(item, rule));
  if (byCategory) return { status: 'declared', by: 'category', item: byCategory };
  return { status: 'undeclared' };
}

export function comparePolicy(
  seenRuleIds: Iterable<string>,
  catalog: ReadonlyMap<string, RuleSummary>,
  declaration: Declaration | null,
  shownFeatures: readonly FeatureNames[] = [],
): Comparison {
  const statuses = new Map<string, FindingStatus>();
  const seenRules: RuleSummary[] = [];
  for (const id of seenRuleIds) {
    const rule = catalog.get(id);
    if (!rule) continue;
    seenRules.push(rule);
    statuses.set(id, statusOf(rule, declaration));
  }
  const items = declaration?.items ?? [];
  const declaredOffline = items.filter(isOffline);
  // An item naming a server-side feature shown here is answered by that feature's line, not "not seen".
  const declaredNotSeen = items
    .filter(isOnline)
    .filter(
      (item) =>
        !seenRules.some((rule) => itemNamesProduct(item, rule) || itemCoversCategory(item, rule)) &&
        !shownFeatures.some((feature) => itemNamesFeature(item, feature)),
    );
  const undeclared = [...statuses].filter(([, s]) => s.status === 'undeclared').map(([id]) => id);
  const featureStatuses = new Map(shownFeatures.map((feature) => [feature.id, featureStatusOf(feature, declaration)]));
  return { statuses, undeclared, declaredNotSeen, declaredOffline, featureStatuses };
}

/** A kind no browser sees: whatever the item names, no finding here can answer it. */
function isOffline(item: DeclaredItem): boolean {
  return item.kind !== undefined && !isBrowserCategory(item.kind);
}

function isOnline(item: DeclaredItem): boolean {
  return !isOffline(item);
}

/**
 * Which stored declaration applies to a site: one that lists a matching site (the longest match wins),
 * else the active one if it lists no sites or lists this one, else none.
 */
export function declarationForSite(
  site: string,
  declarations: readonly Declaration[],
  activeId: string | undefined,
): Declaration | null {
  let best: { declaration: Declaration; length: number } | null = null;
  for (const declaration of declarations) {
    for (const suffix of declaration.sites) {
      if (hostMatchesSuffix(site, suffix) && (!best || suffix.length > best.length))
        best = { declaration, length: suffix.length };
    }
  }
  if (best) return best.declaration;
  const active = declarations.find((d) => d.id === activeId);
  return active && active.sites.length === 0 ? active : null;
}
