// What the popup says about the employer's policy: which declaration the tab is compared with (and what
// that policy leaves out, by the ICO's transparency points), or how to add one; and the declared items
// no finding here matched.
import { t } from '../shared/i18n';
import type { PolicyComparison } from '../shared/tab-report';

export function PolicyLine({ policy }: { policy: PolicyComparison | undefined }) {
  if (!policy) {
    return (
      <p class="policy" data-testid="policy-line">
        {t('policyNone')}{' '}
        <a href="../options/index.html#declarations" target="_blank" rel="noopener">
          {t('policyAdd')}
        </a>
      </p>
    );
  }
  const missing = policy.checklist.filter((line) => line.answered === 0).map((line) => t(`ico_${line.point}`));
  return (
    <div class="policy" data-testid="policy-line">
      <p>
        {t('policyComparedWith', policy.label)}{' '}
        {policy.url && (
          <a href={policy.url} target="_blank" rel="noopener noreferrer">
            {t('openPolicy')}
          </a>
        )}
      </p>
      {missing.length > 0 && (
        <p class="meta" data-testid="policy-gaps">
          {t('policyGaps', missing.join(', '))}
        </p>
      )}
    </div>
  );
}

export function DeclaredNotSeen({ policy }: { policy: PolicyComparison }) {
  if (policy.notSeen.length === 0) return null;
  return (
    <details class="not-seen" data-testid="declared-not-seen">
      <summary>{t('declaredNotSeenTitle', String(policy.notSeen.length))}</summary>
      <p class="meta">{t('declaredNotSeenBody')}</p>
      <ul>
        {policy.notSeen.map((item, i) => (
          <li key={i}>{item.label}</li>
        ))}
      </ul>
    </details>
  );
}
