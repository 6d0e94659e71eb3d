// The findings, grouped by kind of monitoring with the kind explained, undeclared first (its categories
// lead, and within a category its products): the popup and the capture page show them the same way.
import type { RuleSummary } from '../rules/catalog';
import { CATEGORY_IDS, categoryNameKey, categoryPlainKey } from '../core/taxonomy';
import { t } from '../shared/i18n';
import type { Finding, PolicyComparison } from '../shared/tab-report';
import { FindingCard } from './finding-card';

export interface ShownFinding {
  finding: Finding;
  rule: RuleSummary;
}

/** idPrefix keeps heading ids unique where several lists share a page (the capture page: one per site). */
export function FindingsByCategory({
  findings,
  policy,
  heading: Heading = 'h2',
  idPrefix = 'h-',
}: {
  findings: readonly ShownFinding[];
  policy: PolicyComparison | undefined;
  heading?: 'h2' | 'h3';
  idPrefix?: string;
}) {
  const rank = (id: string) => (policy?.statuses[id] === 'undeclared' ? 0 : 1);
  const leading = (category: string) =>
    Math.min(...findings.filter((f) => f.rule.category === category).map((f) => rank(f.rule.id)));
  const categories = CATEGORY_IDS.filter((c) => findings.some((f) => f.rule.category === c)).sort(
    (a, b) => leading(a) - leading(b),
  );
  return (
    <>
      {categories.map((category) => (
        <section key={category} data-testid={`category-${category}`} aria-labelledby={`${idPrefix}${category}`}>
          <Heading id={`${idPrefix}${category}`}>{t(categoryNameKey(category))}</Heading>
          <p class="category-plain">{t(categoryPlainKey(category))}</p>
          {findings
            .filter((f) => f.rule.category === category)
            .sort((a, b) => rank(a.rule.id) - rank(b.rule.id) || b.finding.count - a.finding.count)
            .map(({ finding, rule }) => (
              <FindingCard
                key={rule.id}
                finding={finding}
                rule={rule}
                status={policy?.statuses[rule.id]}
                policyUrl={policy?.url}
              />
            ))}
        </section>
      ))}
    </>
  );
}
