// Report sections about how far the evidence goes: method, versions, redaction, each bundle's integrity,
// what a browser cannot see, and declared items that were not seen (which proves nothing either way).
import type { ReportModel } from './report-model';
import { own } from '../shared/own';
import { html, safeHttpUrl, type SafeHtml } from './html-escape';
import { REDACTION_TEXT } from './report-words';

export const LIMITS = [
  'Monitoring agents installed on the computer itself (activity trackers, keystroke loggers, "bossware").',
  'Screenshots or screen recordings taken by installed software.',
  'Server-side analysis and scoring, such as Microsoft 365 Productivity Score, Viva Insights, or admin activity and audit logs.',
  "Scanning of email and chat on the employer's servers.",
  'CCTV, door-entry systems and other physical monitoring.',
  'Biometrics, such as fingerprint or face recognition.',
  'Phones and other devices, and web apps or sites outside the recorded scope.',
];

/** The declaration as a link when its URL is http(s), else as plain text (never a javascript: link). */
export function declarationText(declaration: ReportModel['declaration']): SafeHtml {
  if (!declaration) return html`No employer policy was recorded.`;
  const href = safeHttpUrl(declaration.url);
  const label = declaration.label || 'Employer monitoring policy';
  if (href) return html`<a class="external" href="${href}" rel="noreferrer">${label}</a>`;
  return declaration.url ? html`${label} (${declaration.url})` : html`${label}`;
}

const versions = (list: readonly string[]): string => (list.length > 0 ? [...new Set(list)].join(', ') : 'not recorded');

function integrityTable(model: ReportModel): SafeHtml {
  if (model.integrity.length === 0) return html`<p>No integrity check was recorded for this evidence.</p>`;
  // Say exactly what was checked (issue 13): a chain anyone can recompute proves nothing about who made it.
  return html`<p><strong>Intact</strong> means: each entry matches its digests and hash and links to the one before, the
export holds every entry up to the chain head it names, and each entry holds what its detail level keeps. A
<strong>signed</strong> export (its key is shown) is also unchanged since the Sightline install holding that key made it;
an unsigned one could have been edited and re-sealed by anyone. Neither shows the entries were truly observed: the
device that made them (which the employer controls, and a worker could too) could have fabricated them.
<strong>Broken</strong> means one of these checks failed, so entries from that export cannot be relied on as unedited.</p>
<table class="integrity">
<thead><tr><th scope="col">${model.scope === 'merged' ? 'Export' : 'Evidence log'}</th><th scope="col">Integrity</th></tr></thead>
<tbody>${model.integrity.map(
    (row) => html`<tr><td>${row.label}</td><td>${
      row.status === 'intact'
        ? html`<span class="status">Intact</span>`
        : html`<span class="status status-undeclared">Broken</span>: ${row.detail || 'the hash chain does not verify'}`
    }</td></tr>
`,
  )}</tbody></table>`;
}

export function methodSection(model: ReportModel): SafeHtml {
  return html`<p>Sightline is a browser extension that runs in the worker's own browser, on work-app sites only. Without
blocking anything, it watches the web requests each page makes and signs of monitoring scripts inside the page, and
matches them against a database of known monitoring products, each described from the vendor's documentation.
Evidence reported from inside the page is labelled as page-reported, because a page can lie. The extension makes no
network requests of its own and sends nothing anywhere.</p>
<p>Every record is kept in an append-only log in which each entry carries a SHA-256 hash of the one before, so
changing, removing or reordering an entry afterwards breaks the chain. Each export's chain is checked below.</p>
<table class="versions"><tbody>
<tr><th scope="row">Employer policy compared</th><td>${declarationText(model.declaration)}</td></tr>
<tr><th scope="row">Rule database version</th><td>${versions(model.ruleDbVersions)}</td></tr>
<tr><th scope="row">Extension version</th><td>${versions(model.extensionVersions)}</td></tr>
<tr><th scope="row">Detail included</th><td>${own(REDACTION_TEXT, model.redaction) ?? model.redaction}</td></tr>
</tbody></table>
<h3>Integrity of the evidence</h3>
${integrityTable(model)}
<h3 id="limits">What a browser cannot see</h3>
<p>An extension sees only what happens inside the browser, on the sites it was allowed to record. It cannot see:</p>
<ul>${LIMITS.map((limit) => html`<li>${limit}</li>`)}</ul>
<p class="note strong-note">Nothing seen never means not monitored.</p>`;
}

export function declaredNotSeenSection(model: ReportModel): SafeHtml {
  const note = html`<p class="note">Not seeing a declared tool is not evidence that it is absent: it may run where a browser
cannot see (on the computer, on the employer's servers), on sites outside the recorded scope, or only now and then.</p>`;
  if (!model.declaration) return html`<p>No employer policy was recorded, so there are no declared items to list.</p>`;
  if (model.declaredNotSeen === undefined) {
    return html`<p>This report was made from evidence exports, which name the employer's policy but do not hold its list of
items, so it cannot say which declared items were not seen.</p>${note}`;
  }
  if (model.declaredNotSeen.length === 0) return html`<p>Every item in the declared policy was seen at least once.</p>${note}`;
  return html`<p>Items in the employer's declared policy that no recorded observation matched:</p>
<ul>${model.declaredNotSeen.map((item) => html`<li>${item}</li>`)}</ul>${note}`;
}
