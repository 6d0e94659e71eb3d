// The policy's promises that what was seen on this tab breaks: the strongest thing the popup can show,
// so it comes straight after the verdict. Each quotes the policy and names the products; products known
// only from what the page reported are said apart.
import { englishText } from '../core/english-text';
import { capabilityKey, categoryNameKey, type CapabilityId, type CategoryId } from '../core/taxonomy';
import { t } from '../shared/i18n';
import type { PolicyComparison } from '../shared/tab-report';

type Contradiction = NonNullable<PolicyComparison['contradictions']>[number];

function subject(c: Contradiction): string {
  if (c.product !== undefined) return c.product;
  if (c.category !== undefined) return englishText(categoryNameKey(c.category as CategoryId));
  return t(capabilityKey(c.capability as CapabilityId));
}

export function Contradictions({ policy }: { policy: PolicyComparison }) {
  const list = policy.contradictions ?? [];
  if (list.length === 0) return null;
  return (
    <section class="contradictions" data-testid="contradictions" aria-label={t('contradictionsTitle')}>
      <h2>{t('contradictionsTitle')}</h2>
      <ul>
        {list.map((c, i) => (
          <li key={i} data-testid="contradiction" data-by={c.by}>
            <q>{c.quote}</q>{' '}
            {c.products.length > 0 && <span>{t(`contradictionBy_${c.by}`, c.products.join(', '), subject(c))}</span>}
            {c.pageOnlyProducts.length > 0 && (
              <span class="meta"> {t('contradictionPageOnly', c.pageOnlyProducts.join(', '))}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
