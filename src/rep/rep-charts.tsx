// The rep's two pictures (issue 18): members affected per product, and sites by number of products,
// each from the merged members' summaries (evidence/merge/rep-charts-model.ts), with a text alternative
// and the table behind it.
import { useMemo } from 'preact/hooks';
import { membersPerProduct, sitesByProducts } from '../evidence/merge/rep-charts-model';
import type { MemberSummary } from '../evidence/merge/member-summary';
import { t, tc } from '../shared/i18n';
import { RepBarChart } from './rep-bar-chart';

export function RepCharts({ members }: { members: readonly MemberSummary[] }) {
  const perProduct = useMemo(() => membersPerProduct(members), [members]);
  const perSite = useMemo(() => sitesByProducts(members), [members]);
  if (perProduct.length === 0) return null;
  const memberCount = new Set(members.map((m) => m.memberKey)).size;
  const topProduct = perProduct[0]!;
  const topSite = perSite[0]!;
  return (
    <section class="rep-charts" data-testid="rep-charts">
      <RepBarChart
        bars={perProduct}
        id="rep-chart-members"
        title={t('repChartMembersTitle')}
        alt={t(
          'repChartMembersAlt',
          tc('product', perProduct.length),
          tc('member', memberCount),
          topProduct.label,
          tc('member', topProduct.value),
        )}
        labelHeading={t('colProduct')}
        valueHeading={t('repColMembers')}
        series={0}
      />
      <RepBarChart
        bars={perSite}
        id="rep-chart-sites"
        title={t('repChartSitesTitle')}
        alt={t('repChartSitesAlt', tc('site', perSite.length), topSite.label, tc('product', topSite.value))}
        labelHeading={t('colSite')}
        valueHeading={t('dashColProducts')}
        series={2}
      />
    </section>
  );
}
