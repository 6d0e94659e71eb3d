// The report's only style sheet, inlined: system fonts, no url() to anything, readable on screen and
// printed to A4 or Letter. Meaning never rests on colour or background alone: statuses are words, the
// chart's undeclared part is hatched.
import { REPORT_TOKENS_CSS } from './report-tokens';

export const REPORT_CSS = `
${REPORT_TOKENS_CSS}* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.1rem; margin: 0 0 .35rem; }
p, ul { margin: .4rem 0 .8rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.meta div { margin: .1rem 0; }
.verdict { font-size: 1.1rem; border: 2px solid var(--ink); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.verdict p { margin: .25rem 0; }
nav.contents { font-size: .9rem; }
nav.contents ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border: 1px solid var(--neutral-line); overflow-wrap: break-word; }
thead th { background: var(--panel); border-bottom: 2px solid var(--ink); }
td.host { overflow-wrap: anywhere; }
.citations { font-size: .9em; padding-left: 1.6rem; } .citations .url { overflow-wrap: anywhere; } .cite { font-size: .85em; }
.num { text-align: right; white-space: nowrap; }
.status { font-weight: 600; white-space: nowrap; }
.status-undeclared { font-weight: 800; text-transform: uppercase; letter-spacing: .02em; }
.status-undeclared::before { content: "\\25B2\\00a0"; }
.product, .extension { border: 1px solid var(--neutral-line); border-left: 6px solid var(--neutral-line); border-radius: 4px; padding: .7rem 1rem; margin: .8rem 0; }
.product.undeclared, .extension.employer { border-left: 6px double var(--alert-line); }
.product dl, .extension dl { display: grid; grid-template-columns: 9rem 1fr; gap: .2rem .8rem; margin: .4rem 0 0; }
.product dt, .extension dt { font-weight: 600; }
.product dd, .extension dd { margin: 0; overflow-wrap: anywhere; }
.product ul, .extension ul { margin: 0; padding-left: 1.1rem; }
.plain { color: var(--muted); margin: .1rem 0 .3rem; }
.page-only { font-style: italic; font-weight: 400; text-transform: none; }
.note { border-left: 4px solid var(--ink); padding: .3rem .8rem; background: var(--panel); }
.strong-note { font-weight: 700; }
a { color: var(--link); }
figure.timeline, figure.rep-chart { margin: .5rem 0; }
figure.timeline svg, figure.rep-chart svg { width: 100%; height: auto; display: block; }
figure.timeline text, figure.rep-chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
figure.timeline .grid { stroke: var(--line); stroke-width: 1; }
figure.timeline .baseline, figure.rep-chart .baseline { stroke: var(--ink); stroke-width: 1; }
figure.timeline rect.other { fill: var(--neutral-line); }
figure.timeline rect.undeclared { fill: url(#sl-hatch); stroke: var(--st-hatch); stroke-width: 1; }
#sl-hatch rect { fill: var(--st-undeclared); } #sl-hatch line { stroke: var(--st-hatch); stroke-width: 3; }
figure.rep-chart .fill { fill: var(--s0); }
figure.rep-chart[data-chart="rep-chart-sites"] .fill { fill: url(#sl-dots); }
#sl-dots rect { fill: var(--s2); } #sl-dots circle { fill: var(--paper); }
figure.rep-chart h3 { margin-top: 1.5rem; }
table.rep-chart-data { width: auto; min-width: 20rem; font-size: .85rem; }
figcaption { font-size: .9rem; color: var(--muted); }
.tl-tables { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.tl-tables table { width: auto; min-width: 14rem; font-size: .82rem; }
.tl-tables th, .tl-tables td { padding: .15rem .45rem; }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--neutral-line); padding-top: .5rem; }
@page { margin: 16mm 14mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.contents { display: none; }
  a { color: inherit; text-decoration: none; }
  a.external::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  h2, h3 { break-inside: avoid; }
  thead { display: table-header-group; }
  tr, .product, .extension, figure, .verdict, .note, dl { break-inside: avoid; page-break-inside: avoid; }
  .first-page { break-after: page; page-break-after: always; }
  .tl-tables table { break-inside: avoid; }
  thead th, .note { background: none; }
  section.products, section.method { break-before: auto; }
}
`;
