// The meeting pack's first page: a one-page summary in the third person, for management to read before
// anything else. Strongest first: the policy's own promises that what was seen breaks, then identity
// sent to products, then what is undeclared, then the ICO transparency gaps, then how many questions
// follow. Every sentence is computed from the model; a point with nothing behind it is left out, and
// the page says which points had nothing to report rather than implying there was nothing to check.
import { englishText } from '../../core/english-text';
import { identityFormWords } from '../letter/letter-evidence';
import { html, type SafeHtml } from './html-escape';
import type { ReportModel, ReportProduct } from './report-model';
import { questionsFor } from './report-questions';
import { distinctSites, formatPeriod, joinAnd, plural } from './report-words';

/** At most this many lines per point, so the summary stays on one page; the rest is counted. */
const MAX_LINES = 3;

const more = (n: number, noun: string, nouns: string): SafeHtml | string =>
  n > MAX_LINES ? html`<li>and ${plural(n - MAX_LINES, noun, nouns)} more (see below).</li>` : '';

function whoSaw(model: ReportModel): string {
  if (model.scope === 'member') return 'One worker’s Sightline evidence log';
  return `The evidence logs of ${plural(model.members ?? model.integrity.length, 'member', 'members')}`;
}

function opening(model: ReportModel, products: readonly ReportProduct[]): string {
  const period = model.range ? ` ${formatPeriod(model.range)}` : '';
  if (products.length === 0) return `${whoSaw(model)} recorded no known monitoring product${period}.`;
  const sites = distinctSites(products).length;
  const where = sites > 0 ? ` on ${plural(sites, 'work site', 'work sites')}` : '';
  return `${whoSaw(model)} recorded ${plural(products.length, 'monitoring product', 'monitoring products')}${where}${period}.`;
}

function contradictionLines(model: ReportModel): SafeHtml | string {
  const list = (model.contradictions ?? []).filter((c) => c.products.length > 0);
  if (list.length === 0) return '';
  return html`<h3>Against the policy’s own words</h3><ul>${list
    .slice(0, MAX_LINES)
    .map(
      (c) =>
        html`<li>The policy says <q>${c.quote}</q> ${joinAnd(c.products)} ${c.products.length === 1 ? 'was' : 'were'} seen${
          c.by === 'capability' ? `, which can capture ${c.subject}` : c.by === 'category' ? ` (${c.subject})` : ''
        }.</li>`,
    )}${more(list.length, 'promise', 'promises')}</ul>`;
}

function identityLines(model: ReportModel): SafeHtml | string {
  const list = model.identity ?? [];
  if (list.length === 0) return '';
  const merged = model.scope === 'merged';
  return html`<h3>Identity sent</h3><ul>${list
    .slice(0, MAX_LINES)
    .map(
      (i) =>
        html`<li>${i.product} was sent ${joinAnd(identityFormWords(i.forms).map((f) => f.replace(/^my /, 'a worker’s ')))}${
          merged ? `, for ${plural(i.members, 'member', 'members')}` : ''
        }.</li>`,
    )}${more(list.length, 'product', 'products')}</ul>`;
}

function undeclaredLines(model: ReportModel, products: readonly ReportProduct[]): SafeHtml | string {
  if (!model.declaration) return '';
  const undeclared = products.filter((p) => p.status === 'undeclared' && !p.pageOnly);
  if (undeclared.length === 0) return '';
  return html`<h3>Not in the policy</h3><p>${plural(undeclared.length, 'product seen by the browser is', 'products seen by the browser are')} neither named nor covered by a category in the policy: ${joinAnd(
    undeclared.slice(0, 8).map((p) => p.product),
  )}${undeclared.length > 8 ? `, and ${plural(undeclared.length - 8, 'more', 'more')}` : ''}.</p>`;
}

function gapLines(model: ReportModel): SafeHtml | string {
  const gaps = model.transparencyGaps ?? [];
  if (gaps.length === 0) return '';
  return html`<h3>What the policy does not tell workers</h3><p>For no item it declares does the policy say ${joinAnd(
    gaps.map((point) => englishText(`ico_${point}`)),
  )} (ICO, “Monitoring workers”; UK GDPR Articles 5(1)(a) and 13).</p>`;
}

/** Points with nothing to report, said once, so an empty page is not read as "nothing was checked". */
function nothingLine(model: ReportModel, products: readonly ReportProduct[]): string {
  const none: string[] = [];
  if (model.contradictions !== undefined && !model.contradictions.some((c) => c.products.length > 0))
    none.push('no promise of the policy is broken by what was seen');
  if ((model.identity ?? []).length === 0) none.push('no product was recorded receiving a worker’s identity');
  if (model.declaration && !products.some((p) => p.status === 'undeclared' && !p.pageOnly))
    none.push('every product the browser saw is covered by the policy');
  if (model.transparencyGaps !== undefined && model.transparencyGaps.length === 0)
    none.push('the policy answers each ICO transparency point for at least one item');
  return none.length > 0 ? `Checked and found: ${joinAnd(none)}.` : '';
}

export function summaryPage(model: ReportModel, products: readonly ReportProduct[]): SafeHtml {
  const questions = questionsFor(model).length;
  const nothing = nothingLine(model, products);
  return html`<section id="summary" class="summary-page" aria-labelledby="summary-h">
<h2 id="summary-h">Summary for the meeting</h2>
<p>${opening(model, products)}</p>
${contradictionLines(model)}
${identityLines(model)}
${undeclaredLines(model, products)}
${gapLines(model)}
${nothing ? html`<p>${nothing}</p>` : ''}
${questions > 0 ? html`<p>${plural(questions, 'question for management follows', 'questions for management follow')}, each with its legal reference.</p>` : ''}
</section>`;
}
