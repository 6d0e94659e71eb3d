// What the popup needs to know about the policy for one tab, computed where the declarations are (the
// background) and stored with the tab report, so the popup neither loads nor parses declarations.
import type { RuleSummary } from '../rules/catalog';
import { englishText } from '../core/english-text';
import { kindNameKey } from './kinds';
import type { PolicyComparison } from './comparison-schema';
import { comparePolicy, declarationForSite, type FeatureNames } from './compare';
import { describeDeclaration, type Declaration, type DeclaredItem } from './declaration';
import { contradictionsOf, type SeenProduct } from './contradictions';
import { transparencyChecklist } from './transparency';
import { comparedStatus } from './declared-status';

export function itemLabel(item: DeclaredItem): string {
  const kind = item.kind ?? item.category;
  return item.product ?? (kind ? englishText(kindNameKey(kind)) : 'an unnamed item');
}

export function summarisePolicy(
  site: string,
  seenRuleIds: Iterable<string>,
  catalog: ReadonlyMap<string, RuleSummary>,
  declarations: readonly Declaration[],
  activeId: string | undefined,
  shownFeatures: readonly FeatureNames[] = [],
  /** Rules seen here only in what the page reported (shared/verdict.ts isPageOnly). */
  pageOnlyRuleIds: ReadonlySet<string> = new Set(),
): PolicyComparison | undefined {
  const declaration = declarationForSite(site, declarations, activeId);
  if (!declaration) return undefined;
  const seen = [...seenRuleIds];
  const comparison = comparePolicy(seen, catalog, declaration, shownFeatures);
  const seenProducts: SeenProduct[] = seen.flatMap((ruleId) => {
    const rule = catalog.get(ruleId);
    return rule
      ? [
          {
            ruleId,
            product: rule.product,
            category: rule.category,
            capabilities: rule.capabilities,
            pageOnly: pageOnlyRuleIds.has(ruleId),
          },
        ]
      : [];
  });
  return {
    declarationId: declaration.id,
    label: describeDeclaration(declaration),
    url: declaration.url,
    statuses: Object.fromEntries([...comparison.statuses].map(([id, s]) => [id, comparedStatus(s)])),
    notSeen: comparison.declaredNotSeen.map((item) => ({ label: itemLabel(item), quote: item.quote })),
    checklist: transparencyChecklist(declaration),
    features: Object.fromEntries(comparison.featureStatuses),
    contradictions: contradictionsOf(declaration.promises, seenProducts).map(
      ({ promise, by, products, pageOnlyProducts }) => ({
        quote: promise.quote,
        ...(promise.ruleId === undefined
          ? {}
          : {
              ruleId: promise.ruleId,
              product: promise.product ?? catalog.get(promise.ruleId)?.product ?? promise.ruleId,
            }),
        ...(promise.category === undefined ? {} : { category: promise.category }),
        ...(promise.capability === undefined ? {} : { capability: promise.capability }),
        by,
        products,
        pageOnlyProducts,
      }),
    ),
  };
}
