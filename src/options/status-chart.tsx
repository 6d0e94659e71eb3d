// Products seen against the policy as one horizontal bar split by status (undeclared first, hatched
// as well as coloured so it reads in grey print), with its text alternative and the table behind it.
import { statusBreakdown } from '../dashboard/timeline-model';
import type { ProductLine } from '../dashboard/overview-model';
import type { DeclaredStatus } from '../policy/declared-status';
import { t } from '../shared/i18n';

const W = 720;
const H = 48;
export const statusWords = (s: DeclaredStatus): string =>
  t(s === 'no-policy' ? 'dashStatus_noPolicy' : `dashStatus_${s}`);

export function StatusChart({ products }: { products: readonly ProductLine[] }) {
  const slices = statusBreakdown(products);
  const all = slices.reduce((n, s) => n + s.products, 0);
  if (all === 0) return <p>{t('dashChartEmpty')}</p>;
  const alt = t('dashBreakdownAlt', ...slices.map((s) => String(s.products)));
  let x = 0;
  return (
    <figure class="chart" data-testid="dash-breakdown">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="bd-h bd-desc">
        <title id="bd-h">{t('dashBreakdownTitle')}</title>
        <desc id="bd-desc">{alt}</desc>
        <defs>
          <pattern id="dash-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="st-undeclared" />
            <line x1="0" y1="0" x2="0" y2="6" class="hatch" stroke-width="2" />
          </pattern>
        </defs>
        {slices.map((s) => {
          if (s.products === 0) return null;
          const w = (s.products / all) * W;
          const rect = (
            <rect
              key={s.status}
              class={`st-${s.status}`}
              fill={s.status === 'undeclared' ? 'url(#dash-hatch)' : undefined}
              x={x}
              y={4}
              width={w}
              height={H - 8}
            >
              <title>{`${statusWords(s.status)}: ${s.products}`}</title>
            </rect>
          );
          x += w;
          return rect;
        })}
      </svg>
      <figcaption>{alt}</figcaption>
      <details>
        <summary>{t('dashChartData')}</summary>
        <table data-testid="dash-breakdown-table">
          <thead>
            <tr>
              <th scope="col">{t('dashColStatus')}</th>
              <th scope="col">{t('dashColProducts')}</th>
              <th scope="col">{t('dashColDays')}</th>
            </tr>
          </thead>
          <tbody>
            {slices.map((s) => (
              <tr key={s.status} data-status={s.status}>
                <th scope="row">
                  <span class={`swatch st-${s.status}`} aria-hidden="true" /> {statusWords(s.status)}
                </th>
                <td>{s.products}</td>
                <td>{s.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
