// The report's only style sheet, inlined: system fonts, no url() to anything, readable on screen and
// printed to A4 or Letter. Meaning never rests on colour or background alone: statuses are words, the
// chart's undeclared part is hatched.
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; color: #1b1b1b; background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 0 0 .35rem; }
p, ul { margin: .4rem 0 .8rem; }
.meta { color: #444; margin: 0 0 1rem; }
.meta div { margin: .1rem 0; }
.verdict { font-size: 1.1rem; border: 2px solid #1b1b1b; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.verdict p { margin: .25rem 0; }
nav.contents { font-size: .9rem; }
nav.contents ol { margin: .2rem 0; padding-left: 1.4rem; columns: 2; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border: 1px solid #999; overflow-wrap: break-word; }
thead th { background: #eee; border-bottom: 2px solid #1b1b1b; }
td.host { overflow-wrap: anywhere; }
.citations { font-size: .9em; padding-left: 1.6rem; } .citations .url { overflow-wrap: anywhere; } .cite { font-size: .85em; }
.num { text-align: right; white-space: nowrap; }
.status { font-weight: 600; white-space: nowrap; }
.status-undeclared { font-weight: 800; text-transform: uppercase; letter-spacing: .02em; }
.status-undeclared::before { content: "\\25B2\\00a0"; }
.product, .extension { border: 1px solid #999; border-left: 6px solid #7d8fa3; border-radius: 4px; padding: .7rem 1rem; margin: .8rem 0; }
.product.undeclared, .extension.employer { border-left: 6px double #8e1b14; }
.product dl, .extension dl { display: grid; grid-template-columns: 9rem 1fr; gap: .2rem .8rem; margin: .4rem 0 0; }
.product dt, .extension dt { font-weight: 600; }
.product dd, .extension dd { margin: 0; overflow-wrap: anywhere; }
.product ul, .extension ul { margin: 0; padding-left: 1.1rem; }
.plain { color: #333; margin: .1rem 0 .3rem; }
.page-only { font-style: italic; font-weight: 400; text-transform: none; }
.note { border-left: 4px solid #1b1b1b; padding: .3rem .8rem; background: #f4f4f4; }
.strong-note { font-weight: 700; }
figure.timeline { margin: .5rem 0; }
figure.timeline svg { width: 100%; height: auto; display: block; }
figure.timeline text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1b1b1b; }
figure.timeline .grid { stroke: #ccc; stroke-width: 1; }
figure.timeline .baseline { stroke: #1b1b1b; stroke-width: 1; }
figcaption { font-size: .9rem; color: #333; }
.tl-tables { display: flex; flex-wrap: wrap; gap: 0 1rem; }
.tl-tables table { width: auto; min-width: 14rem; font-size: .82rem; }
.tl-tables th, .tl-tables td { padding: .15rem .45rem; }
footer { margin-top: 2.5rem; font-size: .85rem; color: #444; border-top: 1px solid #999; padding-top: .5rem; }
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
