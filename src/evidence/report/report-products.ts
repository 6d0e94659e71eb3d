// Report sections about what was seen: the declared-vs-undeclared table, one card per product (what it
// can capture, where, how often, when), and the unknown third parties. All model text goes through `html`.
import type { ReportModel, ReportProduct } from './report-model';
import { own } from '../../core/own';
import { html, type SafeHtml } from './html-escape';
import { capabilityList, citationList } from './report-citations';
import { DAY_MS, STATUS_TEXT, categoryName, categoryPlain, formatCount, formatDay, plural } from './report-words';
import { categoriesOnlyNote } from './report-detail-note';

export const productAnchor = (index: number): string => `#product-${index + 1}`;

const statusCell = (p: ReportProduct): SafeHtml =>
  html`<span class="status status-${p.status}">${own(STATUS_TEXT, p.status) ?? p.status}</span>${
    p.pageOnly ? html` <span class="page-only">(page-reported only)</span>` : ''
  }`;

/** Said on every product the browser never saw itself: the page's own report could have been invented. */
export const PAGE_ONLY_TEXT =
  'Page-reported only: every record of this product is what the page said about itself (its scripts or settings), never a request the browser saw. A page could invent this, so it is not counted as undeclared monitoring.';

export function declaredTable(model: ReportModel, products: readonly ReportProduct[]): SafeHtml {
  if (products.length === 0) return html`<p>No monitoring products were recorded, so there is nothing to compare.</p>`;
  const merged = model.scope === 'merged';
  return html`<table class="declared">
<thead><tr><th scope="col">Product</th><th scope="col">Vendor</th><th scope="col">Category</th><th scope="col">Status</th>${
    merged ? html`<th scope="col" class="num">Members who saw it</th>` : ''
  }<th scope="col" class="num">Days seen</th></tr></thead>
<tbody>${products.map(
    (
      p,
      i,
    ) => html`<tr><th scope="row"><a href="${productAnchor(i)}">${p.product}</a></th><td>${p.vendor || '—'}</td><td>${categoryName(
      p.category,
    )}</td><td>${statusCell(p)}</td>${merged ? html`<td class="num">${membersText(p, model)}${fromCaptureNote(p)}</td>` : ''}<td class="num">${p.days === undefined ? '—' : formatCount(p.days)}</td></tr>
`,
  )}</tbody></table>`;
}

function membersText(p: ReportProduct, model: ReportModel): string {
  if (p.members === undefined) return '—';
  return model.members ? `${formatCount(p.members)} of ${formatCount(model.members)}` : formatCount(p.members);
}

/** Marks evidence that came from a browser capture (a snapshot of one tab), not a live log. */
function fromCaptureNote(p: ReportProduct): SafeHtml | string {
  if (!p.fromCapture) return '';
  return html` <span class="from-capture">(${p.members === undefined ? 'from a browser capture' : `${formatCount(p.fromCapture)} from a browser capture`})</span>`;
}

function captureSentence(p: ReportProduct, model: ReportModel): string {
  if (!p.fromCapture) return '';
  if (model.scope !== 'merged') return ' From a browser capture: a snapshot of what one tab sent, not a log over time.';
  return ` ${plural(p.fromCapture, 'of these members is a browser capture', 'of these members are browser captures')}: a snapshot of what one tab sent, not a log over time.`;
}

function spanText(p: ReportProduct): string {
  const first = Date.parse(p.first);
  const last = Date.parse(p.last);
  if (Number.isNaN(first) || Number.isNaN(last)) return '';
  const days = Math.floor(last / DAY_MS) - Math.floor(first / DAY_MS) + 1;
  return days > 1 ? `, over a span of ${plural(days, 'day', 'days')}` : ', all on one day';
}

/** Days first (the unit a rep can defend), then members; the observation count only as detail. */
function howOften(p: ReportProduct, model: ReportModel): string {
  const members = model.scope === 'merged' && p.members !== undefined ? `, by ${membersText(p, model)} members` : '';
  // Models made before days were counted say what they have: observations.
  if (p.days === undefined) return `Seen ${plural(p.count, 'time', 'times')}${spanText(p)}${members}.`;
  const loads = p.visits ? `, on ${plural(p.visits, 'page load', 'page loads')}` : '';
  return `Seen on ${plural(p.days, 'day', 'days')}${loads}${spanText(p)}${members} (${plural(p.count, 'observation', 'observations')} in the log: each a request, script or page report that matched).`;
}

function productCard(p: ReportProduct, index: number, model: ReportModel): SafeHtml {
  const plain = categoryPlain(p.category);
  return html`<article class="product${p.status === 'undeclared' ? ' undeclared' : ''}" id="${productAnchor(index).slice(1)}">
<h3>${p.product}${p.vendor ? html` <span class="vendor">(${p.vendor})</span>` : ''}</h3>
<p><strong>${categoryName(p.category)}.</strong> ${plain ? html`<span class="plain">${plain}</span>` : ''}</p>
<dl>
<dt>Status</dt><dd>${statusCell(p)}${
    p.recordedStatus
      ? html` <span class="recorded">(when it was recorded: ${own(STATUS_TEXT, p.recordedStatus) ?? p.recordedStatus})</span>`
      : ''
  }${p.pageOnly ? html`<p class="note">${PAGE_ONLY_TEXT}</p>` : ''}</dd>
<dt>Can capture</dt><dd>${
    p.capabilities.length > 0 ? capabilityList(p) : 'No capabilities are listed for this product.'
  }</dd>${p.citations && p.citations.length > 0 ? html`<dt>Sources</dt><dd>${citationList(p)}</dd>` : ''}
<dt>Sites</dt><dd>${
    p.sites.length > 0 ? html`<ul>${p.sites.map((s) => html`<li>${s}</li>`)}</ul>` : siteRedactedText(model)
  }</dd>
<dt>How often</dt><dd>${howOften(p, model)}${captureSentence(p, model)}</dd>
<dt>First seen</dt><dd>${formatDay(p.first)}</dd>
<dt>Last seen</dt><dd>${formatDay(p.last)}</dd>
</dl>
</article>`;
}

const siteRedactedText = (model: ReportModel): string =>
  model.redaction === 'category' ? 'Not included: the export held categories only.' : 'No site recorded.';

export function productCards(model: ReportModel, products: readonly ReportProduct[]): SafeHtml {
  if (products.length === 0) return html`<p>No monitoring products were recorded.</p>`;
  return html`<p>What each product <em>can</em> capture is taken from the public sources listed with it (the vendor's own
documentation, code or store listing); the numbers in brackets say which source documents what. It says what the
product is able to do, not which features this employer switched on: that is a question to ask the employer.</p>
${products.map((p, i) => productCard(p, i, model))}`;
}

export function unknownThirdParties(model: ReportModel): SafeHtml {
  const hosts = [...model.unknownThirdParties].sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
  const intro = html`<p>Other outside services that work-app pages sent data to, which are not in Sightline's rule
database. They may be harmless (fonts, content delivery networks) or monitoring that is not yet catalogued.</p>`;
  if (hosts.length === 0) {
    const note = categoriesOnlyNote(model, 'host names');
    return note ? html`${intro}<p>${note}</p>` : html`${intro}<p>None recorded.</p>`;
  }
  return html`${intro}<table class="unknown">
<thead><tr><th scope="col">Host</th><th scope="col">Seen on sites</th><th scope="col" class="num">Requests seen</th></tr></thead>
<tbody>${hosts.map(
    (
      h,
    ) => html`<tr><td class="host">${h.host}</td><td class="host">${h.sites.length > 0 ? h.sites.join(', ') : '—'}</td><td class="num">${formatCount(h.count)}</td></tr>
`,
  )}</tbody></table>`;
}
