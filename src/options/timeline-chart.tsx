// Monitoring seen per day as stacked bars, one colour per kind of monitoring (an inline SVG made here:
// no chart library, nothing remote, prints as drawn). A text alternative says the figures, and the
// table behind the chart holds every one of them.
import type { CategoryId } from '../core/taxonomy';
import { categoryNameKey } from '../core/taxonomy';
import type { Timeline } from '../dashboard/timeline-model';
import { t, tc } from '../shared/i18n';
import { shortDay } from './day-words';

const W = 720;
const H = 220;
const LEFT = 40;
const TOP = 12;
const BOTTOM = 28;
const PLOT_H = H - TOP - BOTTOM;

const categoryName = (c: string) => (c === 'other' ? t('dashOtherKind') : t(categoryNameKey(c as CategoryId)));

export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { days, categories, max } = timeline;
  if (max === 0) return <p data-testid="dash-timeline-empty">{t('dashChartEmpty')}</p>;
  const slot = (W - LEFT - 8) / days.length;
  const width = Math.max(2, slot * 0.7);
  const busiest = days.reduce((a, b) => (b.total > a.total ? b : a));
  const alt = t(
    'dashTimelineAlt',
    shortDay(days[0]!.day),
    shortDay(days.at(-1)!.day),
    tc('day', days.filter((d) => d.total > 0).length),
    shortDay(busiest.day),
    tc('monitoring_product', busiest.total),
  );
  const y = (v: number) => TOP + PLOT_H - (v / max) * PLOT_H;
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <figure class="chart" data-testid="dash-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tl-h tl-desc">
        <title id="tl-h">{t('dashTimelineTitle')}</title>
        <desc id="tl-desc">{alt}</desc>
        <line class="axis" x1={LEFT} x2={W - 8} y1={y(0)} y2={y(0)} />
        <text class="tick" x={LEFT - 6} y={y(max) + 4} text-anchor="end">
          {max}
        </text>
        <text class="tick" x={LEFT - 6} y={y(0) + 4} text-anchor="end">
          0
        </text>
        {days.map((d, i) => {
          let base = 0;
          const x = LEFT + i * slot + (slot - width) / 2;
          return (
            <g key={d.day}>
              <title>{`${shortDay(d.day)}: ${tc('monitoring_product', d.total)}`}</title>
              {categories.map((c, ci) => {
                const v = d.byCategory[c] ?? 0;
                if (v === 0) return null;
                const rect = (
                  <rect
                    key={c}
                    class={`series s${ci % 8}`}
                    x={x}
                    width={width}
                    y={y(base + v)}
                    height={y(base) - y(base + v)}
                  />
                );
                base += v;
                return rect;
              })}
              {i % labelEvery === 0 && (
                <text class="tick" x={x + width / 2} y={H - 8} text-anchor="middle">
                  {shortDay(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{alt}</figcaption>
      <ul class="legend">
        {categories.map((c, ci) => (
          <li key={c}>
            <span class={`swatch s${ci % 8}`} aria-hidden="true" /> {categoryName(c)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('dashChartData')}</summary>
        <div class="table-wrap" tabIndex={0} role="region" aria-label={t('dashTimelineTitle')}>
          <table data-testid="dash-timeline-table">
            <thead>
              <tr>
                <th scope="col">{t('dashColDay')}</th>
                {categories.map((c) => (
                  <th key={c} scope="col">
                    {categoryName(c)}
                  </th>
                ))}
                <th scope="col">{t('dashColAll')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} data-day={d.day} data-total={d.total}>
                  <th scope="row">{shortDay(d.day)}</th>
                  {categories.map((c) => (
                    <td key={c}>{d.byCategory[c] ?? 0}</td>
                  ))}
                  <td>{d.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
