// The overview: what was seen this week or month, undeclared monitoring first with its next steps
// (the evidence, the policy's wording, a letter, an export for the rep), what is new since the last
// visit, two pictures, and the figures by product, site and kind of monitoring.
import { useMemo, useState } from 'preact/hooks';
import { ruleCatalog } from '../rules/bundled-catalog';
import { buildOverview, type Overview as OverviewFigures, type ProductLine } from '../dashboard/overview-model';
import { buildTimeline } from '../dashboard/timeline-model';
import { evidenceFor, letterFor } from '../dashboard/routes';
import { t, tc } from '../shared/i18n';
import { longDate } from './day-words';
import { OverviewTables } from './overview-tables';
import { StatusChart } from './status-chart';
import { TimelineChart } from './timeline-chart';
import { useOverviewData } from './use-overview-data';

const nameOf = (id: string) => ruleCatalog.get(id)?.product;

export function Overview() {
  const data = useOverviewData();
  const [periodDays, setPeriodDays] = useState(7);
  const figures = useMemo(
    () =>
      data &&
      buildOverview({
        seen: data.seen,
        statusOf: data.policy.statusOf,
        nameOf,
        now: data.now,
        periodDays,
        lastOpened: data.lastOpened,
      }),
    [data, periodDays],
  );
  const timeline = useMemo(() => data && buildTimeline(data.seen, data.now, periodDays), [data, periodDays]);
  return (
    <section aria-labelledby="overview-h" data-testid="dash-overview" aria-busy={!figures}>
      <h2 id="overview-h">{t('dashOverviewTitle')}</h2>
      <label for="dash-period">{t('dashPeriodLabel')}</label>{' '}
      <select
        id="dash-period"
        data-testid="dash-period"
        value={String(periodDays)}
        onChange={(e) => setPeriodDays(Number((e.target as HTMLSelectElement).value))}
      >
        <option value="7">{t('dashPeriod_7')}</option>
        <option value="30">{t('dashPeriod_30')}</option>
      </select>
      {figures && timeline && data && (
        <>
          <Summary figures={figures} />
          <Undeclared products={figures.products.filter((p) => p.status === 'undeclared')} hasPolicy={data.hasPolicy} />
          <Changed figures={figures} lastOpened={data.lastOpened} />
          <h3>{t('dashTimelineTitle')}</h3>
          <TimelineChart timeline={timeline} />
          <h3>{t('dashBreakdownTitle')}</h3>
          <StatusChart products={figures.products} />
          <OverviewTables figures={figures} />
        </>
      )}
    </section>
  );
}

function Summary({ figures }: { figures: OverviewFigures }) {
  const from = longDate(figures.from);
  const to = longDate(figures.to);
  return (
    <p
      class="dash-summary"
      data-testid="dash-summary"
      data-products={figures.products.length}
      data-sites={figures.sites.length}
      data-observations={figures.observations}
      data-days={figures.days}
    >
      {figures.products.length === 0
        ? t('dashSummaryNone', from, to)
        : t(
            'dashSummary',
            tc('monitoring_product', figures.products.length),
            tc('site', figures.sites.length),
            tc('day', figures.days),
            from,
            to,
          )}
    </p>
  );
}

function Undeclared({ products, hasPolicy }: { products: ProductLine[]; hasPolicy: boolean }) {
  return (
    <div class={products.length > 0 ? 'dash-alert' : 'dash-calm'} data-testid="dash-undeclared">
      <h3>{t('dashUndeclaredTitle')}</h3>
      {!hasPolicy ? (
        <p>
          {t('dashNoPolicy')} <a href="#policy">{t('dashNav_policy')}</a>
        </p>
      ) : products.length === 0 ? (
        <p>{t('dashUndeclaredNone')}</p>
      ) : (
        <>
          <p>
            {t(
              'dashUndeclaredCount',
              tc('monitoring_product', products.length),
              t(products.length === 1 ? 'dashVerbIs' : 'dashVerbAre'),
            )}
          </p>
          <ul class="dash-undeclared-list">
            {products.map((p) => (
              <li key={p.ruleId} data-testid="dash-undeclared-item" data-rule={p.ruleId}>
                <strong>{p.product}</strong>{' '}
                {t(
                  'dashSeenOn',
                  tc('day', p.days),
                  p.visits > 0 ? ` (${tc('visit', p.visits)})` : '',
                  p.sites.join(', '),
                )}
                <ul class="next-steps" aria-label={t('dashNextSteps', p.product)}>
                  <li>
                    <a href={evidenceFor(p.ruleId)} data-testid="dash-see-evidence">
                      {t('dashSeeEvidence')}
                    </a>
                  </li>
                  <li>
                    <a href="#policy">{t('dashSeePolicy')}</a>
                  </li>
                  <li>
                    <a href={letterFor(p.ruleId)} data-testid="dash-draft-letter">
                      {t('dashDraftLetter')}
                    </a>
                  </li>
                  <li>
                    <a href="#evidence">{t('dashExportForRep')}</a>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Changed({ figures, lastOpened }: { figures: OverviewFigures; lastOpened: number | undefined }) {
  const none = figures.newProducts.length === 0 && figures.newSites.length === 0;
  return (
    <div data-testid="dash-changed">
      <h3>{t('dashChangedTitle')}</h3>
      {lastOpened === undefined ? (
        <p>{t('dashChangedFirst')}</p>
      ) : none ? (
        <p>{t('dashChangedNone', longDate(lastOpened))}</p>
      ) : (
        <>
          <p>{t('dashChangedSince', longDate(lastOpened))}</p>
          <ul>
            {figures.newProducts.map((p) => (
              <li key={p.ruleId} data-testid="dash-new-product" data-rule={p.ruleId}>
                {t('dashNewProduct', p.product, longDate(p.firstAt))}
              </li>
            ))}
            {figures.newSites.map((s) => (
              <li key={s} data-testid="dash-new-site">
                {t('dashNewSite', s)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
