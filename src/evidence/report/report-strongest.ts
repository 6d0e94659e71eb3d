// The report's first sections: what was seen that goes against the policy's own promises, and which
// products were sent the worker's identity. Both are computed from the data (report-fold.ts); with no
// policy, or no identity check, they say so rather than nothing.
import { html, type SafeHtml } from './html-escape';
import { identityFormWords } from '../letter/letter-evidence';
import type { ReportModel } from './report-model';
import { questionsFor } from './report-questions';
import { joinAnd, plural } from './report-words';

export function contradictionsSection(model: ReportModel): SafeHtml {
  const list = model.contradictions;
  if (list === undefined) {
    return html`<p>This report was made without the employer's declaration to hand, so the policy's promises could not be
checked against what was seen. The rep view and the worker's own report check them when the declaration is loaded.</p>`;
  }
  if (list.length === 0) return html`<p>Nothing seen goes against a promise the recorded policy makes.</p>`;
  return html`<ul class="contradictions">${list.map((c) => {
    const because =
      c.by === 'capability'
        ? `, and ${c.products.length === 1 ? "its vendor's documentation says it" : "their vendors' documentation says they"} can capture ${c.subject}${
            c.sources && c.sources.length > 0 ? ` (see ${joinAnd(c.sources)})` : ''
          }`
        : c.by === 'category'
          ? ` (${c.subject})`
          : '';
    const seen =
      c.products.length > 0 ? `${joinAnd(c.products)} ${c.products.length === 1 ? 'was' : 'were'} seen${because}.` : '';
    const pageOnly =
      c.pageOnlyProducts.length > 0
        ? ` Only the pages themselves reported ${joinAnd(c.pageOnlyProducts)} (not seen on the network).`
        : '';
    // Only in the version for management (report-audience.ts), when every product against it was withheld.
    const withheld = !seen && !pageOnly ? 'What was seen against it is withheld here: too few members saw it.' : '';
    return html`<li><q>${c.quote}</q> ${seen ? `Yet ${seen}` : ''}${pageOnly}${withheld}</li>`;
  })}</ul>`;
}

export function identitySection(model: ReportModel): SafeHtml {
  const list = model.identity ?? [];
  if (list.length === 0) {
    return html`<p>No product was recorded receiving the worker's identifiers. That check runs only when a worker turns it on
and enters their identifiers; it is off by default.</p>`;
  }
  const members = model.scope === 'merged';
  return html`<ul class="identity">${list.map(
    (i) =>
      html`<li><strong>${i.product}</strong> was sent ${joinAnd(identityFormWords(i.forms).map((f) => f.replace(/^my /, "the worker's ")))}${
        members ? ` (${plural(i.members, 'member', 'members')})` : ''
      }.</li>`,
  )}</ul>`;
}

export function questionsSection(model: ReportModel): SafeHtml {
  const questions = questionsFor(model);
  if (questions.length === 0) return html`<p>The evidence here gives no specific question to ask.</p>`;
  return html`<ol class="questions">${questions.map((q) => html`<li>${q.text} <span class="reference">(${q.reference})</span></li>`)}</ol>`;
}
