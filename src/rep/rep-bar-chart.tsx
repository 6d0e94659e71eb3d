// One horizontal bar chart for the rep view, drawn as inline SVG the way the dashboard's charts are
// (no chart library, nothing remote, prints as drawn). The picture shows the longest bars; the table
// below it, always visible so it prints, holds every figure, and the text alternative says the gist.
import type { Bar } from '../evidence/merge/rep-charts-model';
import { t } from '../shared/i18n';

const W = 720;
const ROW = 26;
const LABEL = 230;
const MAX_BARS = 12;

const clip = (s: string) => (s.length > 32 ? `${s.slice(0, 31)}…` : s);

export interface BarChartProps {
  bars: readonly Bar[];
  id: string;
  title: string;
  alt: string;
  labelHeading: string;
  valueHeading: string;
  series: number;
}

export function RepBarChart({ bars, id, title, alt, labelHeading, valueHeading, series }: BarChartProps) {
  if (bars.length === 0) return null;
  const shown = bars.slice(0, MAX_BARS);
  const max = Math.max(...shown.map((b) => b.value));
  const plot = W - LABEL - 48;
  const H = shown.length * ROW + 8;
  return (
    <figure class="chart rep-chart" data-testid={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-h ${id}-desc`}>
        <desc id={`${id}-desc`}>{alt}</desc>
        {shown.map((b, i) => {
          const y = 4 + i * ROW;
          const w = max > 0 ? Math.max(2, (b.value / max) * plot) : 0;
          return (
            <g key={b.key} data-testid={`${id}-bar`} data-key={b.key} data-value={b.value}>
              <title>{`${b.label}: ${b.value}`}</title>
              <text class="tick" x={LABEL - 8} y={y + ROW / 2 + 2} text-anchor="end">
                {clip(b.label)}
              </text>
              <rect class={`series s${series}`} x={LABEL} y={y + 3} width={w} height={ROW - 8} />
              <text class="tick" x={LABEL + w + 6} y={y + ROW / 2 + 2}>
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {alt}
        {bars.length > shown.length && ` ${t('repChartMore', String(shown.length), String(bars.length))}`}
      </figcaption>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={title}>
        <table data-testid={`${id}-table`}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key} data-testid={`${id}-row`} data-key={b.key} data-label={b.label} data-value={b.value}>
                <th scope="row">{b.label}</th>
                <td>{b.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
