// The report's timeline: an inline SVG bar chart, one bar per recorded day placed on a continuous day
// axis (so quiet days show as gaps), with the undeclared part of each bar hatched as well as coloured so
// it survives a grey printout. A text description and a small table carry the same figures.
import type { ReportModel } from './report-model';
import { html, type SafeHtml } from './html-escape';
import { DAY_MS, formatCount, formatDay, formatRange, plural } from './report-words';

interface Day {
  day: string;
  ms: number;
  count: number;
  undeclared: number;
}

const W = 720;
const H = 230;
const LEFT = 48;
const RIGHT = 12;
const TOP = 40;
const BOTTOM = 34;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const round = (n: number): number => Math.round(n * 100) / 100;
const shortDay = (ms: number): string => `${new Date(ms).getUTCDate()} ${MONTHS[new Date(ms).getUTCMonth()]}`;

/** Valid YYYY-MM-DD days, duplicates summed, sorted, counts made sane (0 <= undeclared <= count). */
export function timelineDays(timeline: ReportModel['timeline']): Day[] {
  const byDay = new Map<string, Day>();
  for (const { day, count, undeclared } of timeline) {
    const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
    if (Number.isNaN(ms)) continue;
    const all = Math.max(0, Number(count) || 0);
    const und = Math.min(all, Math.max(0, Number(undeclared) || 0));
    const seen = byDay.get(day);
    if (seen) {
      seen.count += all;
      seen.undeclared += und;
    } else byDay.set(day, { day, ms, count: all, undeclared: und });
  }
  return [...byDay.values()].sort((a, b) => a.ms - b.ms);
}

/** The first of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15 ... at or above n. */
function niceCeil(n: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(n, 1)));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((v) => v >= n) ?? 10 * power;
}

function describe(days: readonly Day[]): string {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const undeclared = days.reduce((sum, d) => sum + d.undeclared, 0);
  const busiest = days.reduce((a, b) => (b.count > a.count ? b : a));
  const range = formatRange({ from: days[0]!.day, to: days[days.length - 1]!.day });
  return (
    `Bar chart of the monitoring products seen each day ${range}: ${plural(total, 'product-day', 'product-days')} on ` +
    `${plural(days.length, 'day', 'days')}, ${formatCount(undeclared)} of them of undeclared products. ` +
    `Busiest day: ${formatDay(busiest.day)}, with ${plural(busiest.count, 'product', 'products')}.`
  );
}

function bars(days: readonly Day[], first: number, slot: number, max: number): SafeHtml[] {
  const width = Math.min(40, slot > 3 ? slot * 0.8 : slot);
  const base = TOP + PLOT_H;
  return days.map((d) => {
    const index = Math.round((d.ms - first) / DAY_MS);
    const x = round(LEFT + index * slot + (slot - width) / 2);
    const total = (d.count / max) * PLOT_H;
    const und = (d.undeclared / max) * PLOT_H;
    const label = `${formatDay(d.day)}: ${plural(d.count, 'monitoring product', 'monitoring products')}, ${formatCount(d.undeclared)} undeclared`;
    return html`<g class="bar"><title>${label}</title>${
      total > und
        ? html`<rect class="other" x="${x}" y="${round(base - total)}" width="${round(width)}" height="${round(total - und)}"/>`
        : ''
    }${und > 0 ? html`<rect class="undeclared" x="${x}" y="${round(base - und)}" width="${round(width)}" height="${round(und)}"/>` : ''}</g>`;
  });
}

function axes(first: number, spanDays: number, slot: number, max: number): SafeHtml {
  const base = TOP + PLOT_H;
  const yTicks = [0, max / 2, max].filter((v) => Number.isInteger(v));
  const step = Math.max(1, Math.ceil(spanDays / 6));
  const xTicks: number[] = [];
  for (let i = 0; i < spanDays; i += step) xTicks.push(i);
  return html`<g class="axis">${yTicks.map((v) => {
    const y = round(base - (v / max) * PLOT_H);
    return html`<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${y}" y2="${y}"/><text x="${LEFT - 6}" y="${y + 4}" text-anchor="end">${formatCount(v)}</text>`;
  })}${xTicks.map(
    (i) =>
      html`<text x="${round(LEFT + (i + 0.5) * slot)}" y="${base + 18}" text-anchor="middle">${shortDay(first + i * DAY_MS)}</text>`,
  )}</g>`;
}

const legend = html`<g class="legend"><rect class="other" x="${LEFT}" y="10" width="14" height="14"/><text x="${LEFT + 20}" y="21">Declared, or no policy to compare</text><rect class="undeclared" x="${LEFT + 250}" y="10" width="14" height="14"/><text x="${LEFT + 270}" y="21">Undeclared products (hatched)</text></g>`;

function dataTables(days: readonly Day[]): SafeHtml {
  const chunks: Day[][] = [];
  for (let i = 0; i < days.length; i += 16) chunks.push(days.slice(i, i + 16));
  return html`<div class="tl-tables">${chunks.map(
    (chunk) =>
      html`<table class="tl-data"><thead><tr><th scope="col">Day</th><th scope="col" class="num">All</th><th scope="col" class="num">Undeclared</th></tr></thead><tbody>${chunk.map(
        (d) =>
          html`<tr><td>${formatDay(d.day)}</td><td class="num">${formatCount(d.count)}</td><td class="num">${formatCount(d.undeclared)}</td></tr>`,
      )}</tbody></table>`,
  )}</div>`;
}

/** The chart, its text alternative and its data table; a short note when there is nothing to chart. */
export function renderTimeline(timeline: ReportModel['timeline']): SafeHtml {
  const days = timelineDays(timeline);
  if (days.length === 0 || days.every((d) => d.count === 0))
    return html`<p>No monitoring product seen on any day, so there is nothing to chart.</p>`;
  const first = days[0]!.ms;
  const spanDays = Math.round((days[days.length - 1]!.ms - first) / DAY_MS) + 1;
  const slot = PLOT_W / spanDays;
  const max = niceCeil(days.reduce((m, d) => Math.max(m, d.count), 0));
  const description = describe(days);
  return html`<figure class="timeline">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="tl-title tl-desc" class="chart">
<title id="tl-title">Monitoring products seen each day</title>
<desc id="tl-desc">${description}</desc>
<defs><pattern id="sl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6"/><line x1="0" y1="0" x2="0" y2="6"/></pattern></defs>
${legend}${axes(first, spanDays, slot, max)}<line class="baseline" x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + PLOT_H}" y2="${TOP + PLOT_H}"/>
${bars(days, first, slot, max)}
</svg>
<figcaption>${description}</figcaption>
</figure>
${dataTables(days)}`;
}
