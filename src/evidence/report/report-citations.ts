// The sources behind each product's "can capture": each capability marked with the numbers of the cited
// sources that document it, and the numbered list of those sources (title, address, what kind of source,
// when it was read), so a reader can check every claim against the vendor's own words.
import type { Citation } from '../../rules/catalog';
import { html, safeHttpUrl, type SafeHtml } from './html-escape';
import type { ReportProduct } from './report-model';
import { capabilityText, formatCount } from './report-words';

const KIND_TEXT: Record<Citation['kind'], string> = {
  vendor_docs: "the vendor's documentation",
  allow_list: "the vendor's list of addresses to allow",
  sdk: "the vendor's own code (SDK)",
  store_listing: 'the browser store listing',
  other: 'a public source',
};

/** Source numbers (1-based, in the rule's order) documenting one capability. */
function sourceNumbers(citations: readonly Citation[], capability: string): number[] {
  return citations.flatMap((c, i) => ((c.capabilities as readonly string[]).includes(capability) ? [i + 1] : []));
}

const marks = (numbers: readonly number[]): SafeHtml | string =>
  numbers.length === 0 ? '' : html` <span class="cite">[${numbers.map(formatCount).join(', ')}]</span>`;

export function capabilityList(p: ReportProduct): SafeHtml {
  const citations = p.citations ?? [];
  return html`<ul>${p.capabilities.map(
    (c) => html`<li>${capabilityText(c)}${marks(sourceNumbers(citations, c))}</li>`,
  )}</ul>`;
}

function citationItem(c: Citation): SafeHtml {
  const url = safeHttpUrl(c.url);
  return html`<li>${c.title}, ${KIND_TEXT[c.kind]}${url ? html`: <span class="url">${url}</span>` : ''} (read on ${c.accessed}).</li>`;
}

/** The numbered sources, said honestly when none of them names the capabilities it documents. */
export function citationList(p: ReportProduct): SafeHtml | string {
  const citations = p.citations ?? [];
  if (citations.length === 0) return '';
  const undocumented = p.capabilities.filter((c) => sourceNumbers(citations, c).length === 0);
  const note =
    undocumented.length === 0
      ? ''
      : undocumented.length === p.capabilities.length
        ? html`<p class="note">These sources back the rule as a whole; Sightline has not yet recorded which of them documents each capability.</p>`
        : html`<p class="note">No source is yet recorded for: ${undocumented.map(capabilityText).join(', ')}.</p>`;
  return html`<ol class="citations">${citations.map(citationItem)}</ol>${note}`;
}
