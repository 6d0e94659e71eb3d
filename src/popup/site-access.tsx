import type { RuleSummary } from '../rules/catalog';
import { t } from '../shared/i18n';
import { SITE_ACCESS_IDS, type SiteAccessId } from '../shared/site-access';
import type { TabReport } from '../shared/tab-report';

const names = (ids: readonly SiteAccessId[]) =>
  SITE_ACCESS_IDS.filter((id) => ids.includes(id)).map((id) => t(`access_${id}`));

/**
 * What this site may use beyond the page: what the browser says it is capturing now (Firefox), the
 * permissions the person granted it, and which products seen here can record typing by their own
 * documentation. Says plainly what Sightline no longer watches, and why.
 */
export function SiteAccessSection({ report, rules }: { report: TabReport; rules: ReadonlyMap<string, RuleSummary> }) {
  const live = report.access?.live ?? [];
  const granted = report.access?.granted ?? [];
  const typing = Object.keys(report.findings)
    .map((ruleId) => rules.get(ruleId))
    .filter((rule): rule is RuleSummary => rule !== undefined && rule.capabilities.includes('typed_text'))
    .map((rule) => rule.product)
    .sort();
  return (
    <section data-testid="site-access" aria-labelledby="h-access">
      <h2 id="h-access">{t('accessTitle')}</h2>
      {live.length > 0 && (
        <p class="undeclared" data-testid="access-live">
          {t('accessLive', names(live).join(', '))}
        </p>
      )}
      {report.access && (
        <p data-testid="access-granted">
          {granted.length > 0 ? t('accessGranted', names(granted).join(', ')) : t('accessNoneGranted')}
        </p>
      )}
      {typing.length > 0 && <p data-testid="access-typing">{t('accessTyping', typing.join(', '))}</p>}
      <p class="meta">{t('accessLimits')}</p>
    </section>
  );
}
