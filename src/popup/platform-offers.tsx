import type { FeatureSummary } from '../rules/feature-summary';
import { capabilityKey } from '../core/taxonomy';
import { t } from '../shared/i18n';
import type { PolicyComparison } from '../shared/tab-report';

const STATUS_KEY = { product: 'offersNamed', category: 'offersCategory', absent: 'offersAbsent' } as const;

/**
 * Server-side features of the platform this tab belongs to. They are not findings: nothing here was
 * seen, and the wording says so; the policy line says whether the employer's policy mentions each.
 */
export function PlatformOffers({
  features,
  policy,
}: {
  features: readonly FeatureSummary[];
  policy: PolicyComparison | undefined;
}) {
  if (features.length === 0) return null;
  const platforms = [...new Set(features.map((f) => f.platform))].join(', ');
  return (
    <section data-testid="platform-offers" aria-labelledby="h-offers">
      <h2 id="h-offers">{t('offersTitle', platforms)}</h2>
      <p class="category-plain">{t('offersBody')}</p>
      {features.map((feature) => {
        const status = policy?.features?.[feature.id];
        return (
          <details key={feature.id} class="offer" data-testid={`offer-${feature.id}`}>
            <summary>
              {feature.feature}
              <span class="offer-scope"> — {t(feature.perPerson ? 'offersPerPerson' : 'offersAggregate')}</span>
              {status && (
                <span class={`offer-status offer-${status}`} data-testid="offer-status">
                  {' '}
                  · {t(STATUS_KEY[status])}
                </span>
              )}
            </summary>
            <p>{feature.offers}</p>
            <p>
              {t('offersCovers')} {feature.capabilities.map((c) => t(capabilityKey(c))).join(', ')}.
            </p>
            <p>
              {t('offersSource')}{' '}
              <a href={feature.source.url} target="_blank" rel="noopener noreferrer">
                {feature.source.title}
              </a>
            </p>
          </details>
        );
      })}
    </section>
  );
}
