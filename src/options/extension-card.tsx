// One extension from the employer-extensions check: what it is, how it got there, and what it is
// allowed to do, in plain words.
import type { ExtensionFinding } from '../extensions/check-extensions';
import { riskKey } from '../extensions/risky-permissions';
import { categoryNameKey } from '../core/taxonomy';
import { t } from '../shared/i18n';

const MAX_SITES_SHOWN = 10;

function sitesText(sites: readonly string[]): string {
  const shown = sites.slice(0, MAX_SITES_SHOWN).join(', ');
  return sites.length > MAX_SITES_SHOWN ? t('extMoreSites', shown, String(sites.length - MAX_SITES_SHOWN)) : shown;
}

export function ExtensionCard({ finding }: { finding: ExtensionFinding }) {
  const headingId = `ext-${finding.id.replace(/[^a-z0-9]/gi, '-')}-h`;
  return (
    <li
      class="finding"
      data-testid={`extension-${finding.id}`}
      data-policy-installed={String(finding.policyInstalled)}
      data-rule={finding.rule?.id ?? ''}
    >
      <h3 id={headingId}>
        {finding.name || finding.id} <span class="vendor">{t('extVersion', finding.version || '?')}</span>
      </h3>
      {finding.policyInstalled && (
        <p class="status status-undeclared" data-testid="extension-policy">
          {t('extPolicyInstalled')}
        </p>
      )}
      {finding.rule && (
        <p data-testid="extension-known">
          <strong>{t('extKnownProduct', finding.rule.product, t(categoryNameKey(finding.rule.category)))}</strong>{' '}
          <span class="vendor">{t('byVendor', finding.rule.vendor)}</span>
        </p>
      )}
      <p class="meta">
        {t(`extInstall_${finding.installType}`)}
        {!finding.enabled && ` ${t('extDisabled')}`}
      </p>
      <p>{finding.risks.length > 0 ? t('extCanDo') : t('extNoRisks')}</p>
      {finding.risks.length > 0 && (
        <ul class="signals" aria-labelledby={headingId} data-testid="extension-risks">
          {finding.risks.map((risk) => (
            <li key={risk} data-risk={risk}>
              {risk === 'someSites' ? t(riskKey(risk), sitesText(finding.sites)) : t(riskKey(risk))}
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {t('extId')} <code>{finding.id}</code>
      </p>
    </li>
  );
}
