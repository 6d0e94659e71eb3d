// What the popup needs to know about the policy for one tab, computed where the declarations are (the
// background) and stored with the tab report, so the popup neither loads nor parses declarations.
import type { RuleSummary } from '../rules/catalog';
import { englishText } from '../rules/english-text';
import { categoryNameKey } from '../rules/taxonomy';
import type { PolicyComparison } from '../shared/tab-report-schema';
import { comparePolicy, declarationForSite, type FeatureNames } from './compare';
import { describeDeclaration, type Declaration, type DeclaredItem } from './declaration';
import { transparencyChecklist } from './transparency';

export function itemLabel(item: DeclaredItem): string {
  return item.product ?? (item.category ? englishText(categoryNameKey(item.category)) : 'an unnamed item');
}

export function summarisePolicy(
  site: string,
  seenRuleIds: Iterable<string>,
  catalog: ReadonlyMap<string, RuleSummary>,
  declarations: readonly Declaration[],
  activeId: string | undefined,
  shownFeatures: readonly FeatureNames[] = [],
): PolicyComparison | undefined {
  const declaration = declarationForSite(site, declarations, activeId);
  if (!declaration) return undefined;
  const comparison = comparePolicy(seenRuleIds, catalog, declaration, shownFeatures);
  return {
    declarationId: declaration.id,
    label: describeDeclaration(declaration),
    url: declaration.url,
    statuses: Object.fromEntries([...comparison.statuses].map(([id, s]) => [id, s.status === 'declared' ? s.by : 'undeclared'])),
    notSeen: comparison.declaredNotSeen.map((item) => ({ label: itemLabel(item), quote: item.quote })),
    checklist: transparencyChecklist(declaration),
    features: Object.fromEntries(comparison.featureStatuses),
  };
}
