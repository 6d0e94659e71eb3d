// The merged report's two rep pictures (issue 18): members affected per product, and sites by number
// of products. Same figures as the rep view (merge/rep-charts-model.ts, put in the model by
// report-from-bundles.ts), drawn as horizontal bars whose value is written at the bar's end, so the
// chart reads without colour or background. Fills are CSS custom properties, so they follow the
// report's colour scheme; each chart has a <title>/<desc> and the table behind it.
import type { ReportModel } from './report-model';
import { html, type SafeHtml } from './html-escape';
import { formatCount, plural } from './report-words';

type Bar = NonNullable<ReportModel['repCharts']>['perProduct'][number];

const W = 720;
const LABEL_W = 240;
const ROW = 22;
const TOP = 6;
const MAX_BARS = 15;

// The sites chart's bars are dotted, so the two charts differ in a grey printout as well as in colour.
const DOTS = html`<defs><pattern id="sl-dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6"/><circle cx="3" cy="3" r="1.2"/></pattern></defs>`;

const round = (n: number): number => Math.round(n * 100) / 100;
const short = (s: string): string => (s.length > 34 ? `${s.slice(0, 33)}…` : s);

function chart(
  id: string,
  title: string,
  alt: string,
  bars: readonly Bar[],
  unit: [string, string],
  heads: [string, string],
): SafeHtml {
  const shown = bars.slice(0, MAX_BARS);
  const max = Math.max(1, ...shown.map((b) => b.value));
  const plotW = W - LABEL_W - 60;
  const h = TOP * 2 + shown.length * ROW;
  return html`<figure class="rep-chart" data-chart="${id}">
<h3>${title}</h3>
<svg viewBox="0 0 ${W} ${h}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart">
<title id="${id}-title">${title}</title>
<desc id="${id}-desc">${alt}</desc>
${id === 'rep-chart-sites' ? DOTS : ''}
${shown.map((b, i) => {
  const y = TOP + i * ROW;
  const w = round((b.value / max) * plotW);
  return html`<g class="bar" data-key="${b.key}" data-value="${b.value}"><title>${b.label}: ${plural(b.value, unit[0], unit[1])}</title><text class="label" x="${LABEL_W - 8}" y="${y + 15}" text-anchor="end">${short(b.label)}</text><rect class="fill" x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW - 6}"/><text class="value" x="${round(LABEL_W + w + 6)}" y="${y + 15}">${formatCount(b.value)}</text></g>`;
})}
<line class="baseline" x1="${LABEL_W}" x2="${LABEL_W}" y1="${TOP}" y2="${h - TOP}"/>
</svg>
<figcaption>${alt}${bars.length > shown.length ? ` The chart shows the first ${shown.length}; the table lists all ${bars.length}.` : ''}</figcaption>
</figure>
<table class="rep-chart-data" data-chart-table="${id}"><thead><tr><th scope="col">${heads[0]}</th><th scope="col" class="num">${heads[1]}</th></tr></thead><tbody>${bars.map(
    (b) =>
      html`<tr data-key="${b.key}" data-value="${b.value}"><td>${b.label}</td><td class="num">${formatCount(b.value)}</td></tr>`,
  )}</tbody></table>`;
}

/** Both charts for a merged report; nothing for one member's report or when nothing was seen. */
export function renderRepCharts(charts: ReportModel['repCharts']): SafeHtml {
  if (!charts || charts.perProduct.length === 0) return html``;
  const { perProduct, perSite, members } = charts;
  const top = perProduct[0]!;
  const topSite = perSite[0];
  const productsAlt = `Bar chart of how many members saw each product: ${plural(perProduct.length, 'product', 'products')} seen by ${plural(members, 'member', 'members')}; the most widely seen is ${top.label}, by ${plural(top.value, 'member', 'members')}.`;
  const sitesAlt = topSite
    ? `Bar chart of how many products were seen on each site: ${plural(perSite.length, 'site', 'sites')}; the most is on ${topSite.label}, with ${plural(topSite.value, 'product', 'products')}.`
    : '';
  return html`${chart('rep-chart-members', 'Members affected per product', productsAlt, perProduct, ['member', 'members'], ['Product', 'Members'])}${
    topSite
      ? chart(
          'rep-chart-sites',
          'Sites by number of products',
          sitesAlt,
          perSite,
          ['product', 'products'],
          ['Site', 'Products'],
        )
      : ''
  }`;
}
