// Report sections about how far the evidence goes: method, versions, redaction, each bundle's integrity,
// what a browser cannot see, and declared items that were not seen (which proves nothing either way).
import type { ReportModel } from './report-model';
import { own } from '../../core/own';
import { html, safeHttpUrl, type SafeHtml } from './html-escape';
import { formatCount, plural, REDACTION_TEXT } from './report-words';

/** One member: their export's detail. Several: how many members gave each level, never the least for all. */
function detailText(model: ReportModel): string {
  const levels = model.detailLevels;
  if (!levels || model.scope === 'member') return own(REDACTION_TEXT, model.redaction) ?? model.redaction;
  return (['full', 'host', 'category'] as const)
    .filter((level) => levels[level] > 0)
    .map(
      (level) =>
        `${plural(levels[level], 'member', 'members')}: ${(own(REDACTION_TEXT, level) ?? level).replace(/\.$/, '')}`,
    )
    .join('; ');
}

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

const versions = (list: readonly string[]): string =>
  list.length > 0 ? [...new Set(list)].join(', ') : 'not recorded';

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

/** A rep's merge: the files the figures come from, with digests; those left out and why; what merged them. */
function filesSection(files: ReportModel['files']): SafeHtml {
  if (!files) return html``;
  const merged =
    files.merged.length === 0
      ? html`<p>No file verified, so no figure in this report comes from any file.</p>`
      : html`<table class="files"><thead><tr><th scope="col">File</th><th scope="col">Member</th><th scope="col">Records</th><th scope="col">SHA-256 of the file</th></tr></thead>
<tbody>${files.merged.map(
          (
            f,
          ) => html`<tr><td>${f.names.join(', ')}</td><td>${f.member}</td><td>${formatCount(f.records)}</td><td><code>${f.sha256}</code></td></tr>
`,
        )}</tbody></table>`;
  const leftOut =
    files.leftOut.length === 0
      ? html`<p>No file was left out.</p>`
      : html`<p>${plural(files.leftOut.length, 'file was', 'files were')} left out of every figure in this report:</p>
<ul class="left-out">${files.leftOut.map((f) => html`<li>${f.names.join(', ')}${f.sha256 ? html` (SHA-256 <code>${f.sha256}</code>)` : ''}: ${f.reason}</li>`)}</ul>`;
  return html`<h3 id="files">Files merged</h3>
<p>The figures in this report come only from the files below, each of which verified (see Integrity). A file
loaded twice counts once; a member's several exports count as one member, each entry once. Anyone who merges
the same files with the same version of Sightline gets the same figures and the same digests.</p>
${merged}
<h3 id="left-out">Files left out</h3>
${leftOut}
${files.conflicts.length > 0 ? html`<p>Different files under one export id:</p><ul>${files.conflicts.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
<table class="versions"><tbody>
<tr><th scope="row">Merged with</th><td>Sightline ${files.reader.extensionVersion}, rule database ${files.reader.ruleDbVersion}</td></tr>
<tr><th scope="row">Digest of the merged files</th><td><code>${files.inputDigest}</code> (SHA-256 of the files' digests, sorted, one per line)</td></tr>
</tbody></table>`;
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
<tr><th scope="row">Detail included</th><td>${detailText(model)}</td></tr>
</tbody></table>
<h3>Integrity of the evidence</h3>
${integrityTable(model)}
${filesSection(model.files)}
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
  if (model.declaredNotSeen.length === 0)
    return html`<p>Every item in the declared policy was seen at least once.</p>${note}`;
  return html`<p>Items in the employer's declared policy that no recorded observation matched:</p>
<ul>${model.declaredNotSeen.map((item) => html`<li>${item}</li>`)}</ul>${note}`;
}
