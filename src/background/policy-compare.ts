// A tab's findings compared with the employer's stored declarations: the comparison the tab report
// keeps (and the badge and popup read). No browser imports: the tab-state owner calls it, and its tests
// run it on real rules.
import { platformFeatures } from '../rules/bundled-features';
import { summariseRule, type RuleSummary } from '../rules/catalog';
import { featuresForSite } from '../rules/feature-summary';
import { summarisePolicy } from '../policy/summary';
import type { StoredDeclarations } from '../shared/declarations-store';
import type { PolicyComparison, TabReport } from '../shared/tab-report';
import { isPageOnly } from '../shared/verdict';
import { bundledRuleIndex as ruleIndex } from '../rules/bundled';

export const ruleCatalog: ReadonlyMap<string, RuleSummary> = new Map(
  [...ruleIndex.rules].map(([id, rule]) => [id, summariseRule(rule)]),
);

export function comparePolicyFor(report: TabReport, stored: StoredDeclarations): PolicyComparison | undefined {
  const pageOnly = new Set(
    Object.values(report.findings)
      .filter(isPageOnly)
      .map((f) => f.ruleId),
  );
  return summarisePolicy(
    report.site,
    Object.keys(report.findings),
    ruleCatalog,
    stored.declarations,
    stored.activeId,
    featuresForSite(platformFeatures, report.site),
    pageOnly,
  );
}
