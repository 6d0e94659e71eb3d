import type { RuleSummary } from '../rules/catalog';
import { CATEGORY_IDS, categoryNameKey, categoryPlainKey } from '../rules/taxonomy';
import { isInScope } from '../scope/work-scope';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import type { TabReport } from '../shared/tab-report';
import { CannotSee } from './cannot-see';
import { FindingCard } from './finding-card';
import { OutOfScope } from './out-of-scope';
import { UnknownHosts } from './unknown-hosts';

interface Props {
  report: TabReport | null;
  site: string | undefined;
  settings: Settings;
  rules: ReadonlyMap<string, RuleSummary>;
}

export function Popup({ report, site, settings, rules }: Props) {
  if (!site || !isInScope(site, settings)) {
    return (
      <Shell>
        <OutOfScope site={site} settings={settings} />
        <CannotSee />
      </Shell>
    );
  }
  const findings = Object.values(report?.findings ?? {}).flatMap((finding) => {
    const rule = rules.get(finding.ruleId);
    return rule ? [{ finding, rule }] : [];
  });
  const categories = CATEGORY_IDS.filter((c) => findings.some((f) => f.rule.category === c));
  return (
    <Shell>
      <p class="verdict" role="status" data-testid="verdict" data-state={findings.length > 0 ? 'seen' : 'none'}>
        {findings.length > 0 ? t('verdictSeen', String(findings.length), site) : t('verdictNone', site)}
      </p>
      {categories.map((category) => (
        <section key={category} data-testid={`category-${category}`} aria-labelledby={`h-${category}`}>
          <h2 id={`h-${category}`}>{t(categoryNameKey(category))}</h2>
          <p class="category-plain">{t(categoryPlainKey(category))}</p>
          {findings
            .filter((f) => f.rule.category === category)
            .sort((a, b) => b.finding.count - a.finding.count)
            .map(({ finding, rule }) => (
              <FindingCard key={rule.id} finding={finding} rule={rule} />
            ))}
        </section>
      ))}
      {report && <UnknownHosts report={report} />}
      <CannotSee />
    </Shell>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return (
    <>
      <header>
        <h1>{t('extShortName')}</h1>
        <a href="../options/index.html" target="_blank" rel="noopener">{t('popupOpenLog')}</a>
      </header>
      {children}
    </>
  );
}
