// The overview's figures by product (undeclared first), by site and by kind of monitoring.
import type { Overview } from '../dashboard/overview-model';
import { categoryNameKey, type CategoryId } from '../core/taxonomy';
import { t } from '../shared/i18n';
import { statusWords } from './status-chart';

/** Page loads, or why there are none: a log written before they were counted has days but no page loads. */
const pageLoads = (n: number) => (n > 0 ? String(n) : <span class="meta">{t('dashPageLoadsUnknown')}</span>);

export function OverviewTables({ figures }: { figures: Overview }) {
  if (figures.products.length === 0) return null;
  return (
    <>
      <h3 id="dash-products-h">{t('dashByProductTitle')}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="dash-products-h">
        <table data-testid="dash-products">
          <thead>
            <tr>
              <th scope="col">{t('dashColProduct')}</th>
              <th scope="col">{t('dashColStatus')}</th>
              <th scope="col">{t('dashColDays')}</th>
              <th scope="col">{t('dashColPageLoads')}</th>
              <th scope="col">{t('dashColSites')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.products.map((p) => (
              <tr
                key={p.ruleId}
                data-testid="dash-product-row"
                data-rule={p.ruleId}
                data-status={p.status}
                data-count={p.count}
                data-days={p.days}
                data-visits={p.visits}
              >
                <th scope="row">{p.product}</th>
                <td class={`status-${p.status}`}>{statusWords(p.status)}</td>
                <td>{p.days}</td>
                <td>{pageLoads(p.visits)}</td>
                <td>{p.sites.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id="dash-sites-h">{t('dashBySiteTitle')}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="dash-sites-h">
        <table data-testid="dash-sites">
          <thead>
            <tr>
              <th scope="col">{t('dashColSite')}</th>
              <th scope="col">{t('dashColProducts')}</th>
              <th scope="col">{t('dashColUndeclared')}</th>
              <th scope="col">{t('dashColDays')}</th>
              <th scope="col">{t('dashColPageLoads')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.sites.map((s) => (
              <tr
                key={s.site}
                data-testid="dash-site-row"
                data-site={s.site}
                data-products={s.products}
                data-undeclared={s.undeclared}
                data-count={s.count}
                data-days={s.days}
                data-visits={s.visits}
              >
                <th scope="row">{s.site}</th>
                <td>{s.products}</td>
                <td>{s.undeclared}</td>
                <td>{s.days}</td>
                <td>{pageLoads(s.visits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 id="dash-categories-h">{t('dashByCategoryTitle')}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="dash-categories-h">
        <table data-testid="dash-categories">
          <thead>
            <tr>
              <th scope="col">{t('dashColCategory')}</th>
              <th scope="col">{t('dashColProducts')}</th>
              <th scope="col">{t('dashColDays')}</th>
              <th scope="col">{t('dashColPageLoads')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.categories.map((c) => (
              <tr key={c.category} data-testid="dash-category-row" data-category={c.category}>
                <th scope="row">{t(categoryNameKey(c.category as CategoryId))}</th>
                <td>{c.products}</td>
                <td>{c.days}</td>
                <td>{pageLoads(c.visits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
