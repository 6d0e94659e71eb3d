import type { RuleSummary } from '../rules/catalog';
import { BROWSER_API_IDS, BROWSER_APIS } from '../shared/browser-apis';
import { formatTime } from '../shared/format-time';
import { t } from '../shared/i18n';
import type { TabReport } from '../shared/tab-report';

/** Camera, microphone, screen, location, idle, clipboard and keystroke-listener use: page-reported. */
export function ApiUses({ report, rules }: { report: TabReport; rules: ReadonlyMap<string, RuleSummary> }) {
  const used = BROWSER_API_IDS.filter((id) => report.apis?.[id]);
  if (used.length === 0) return null;
  return (
    <section data-testid="api-uses" aria-labelledby="h-apis">
      <h2 id="h-apis">{t('apisTitle')}</h2>
      <p class="category-plain">{t('apisBody')}</p>
      <ul>
        {used.map((id) => {
          const use = report.apis![id]!;
          const products = use.products.map((ruleId) => rules.get(ruleId)?.product ?? ruleId);
          return (
            <li key={id} data-testid={`api-${id}`}>
              <strong>{t(`api_${id}`)}</strong> — {t('apisCount', String(use.count))}
              {products.length > 0 && <> · {t('apisBy', products.join(', '))}</>} · {t('seenRange', formatTime(use.first), formatTime(use.last))}
              <br />
              <span class="meta">
                {t('apisWhy', BROWSER_APIS[id].api)} · {t('source_page')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
