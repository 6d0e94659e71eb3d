// The report's "Browser extensions" section: what the employer-extensions check found and the person
// added to the log — who installed each one, whether it is a known monitoring product, and what the
// browser says it is allowed to do, in the same plain words as the options page (englishText).
import { riskKey, risksOf } from '../../extensions/risky-permissions';
import { englishText } from '../../core/english-text';
import { own } from '../../core/own';
import { html, type SafeHtml } from './html-escape';
import type { ReportExtension, ReportModel } from './report-model';
import { categoryName, formatDay, plural } from './report-words';
import { categoriesOnlyNote } from './report-detail-note';

const INSTALLED_BY: Record<string, string> = {
  admin: "Installed by the employer's policy: the worker cannot remove it or turn it off.",
  sideload: 'Installed by a program on the computer, not from a web store by the worker.',
  normal: 'Installed from a web store.',
  development: 'Loaded unpacked, as developers do.',
};

const MAX_SITES = 20;

/** The risks in plain words; host patterns (for "some sites") listed up to MAX_SITES. */
export function extensionRiskWords(
  extension: Pick<ReportExtension, 'riskyPermissions' | 'hostPermissions' | 'moreHosts'>,
): string[] {
  const { risks, sites } = risksOf({
    permissions: extension.riskyPermissions,
    hostPermissions: extension.hostPermissions,
  });
  const more = sites.length - Math.min(sites.length, MAX_SITES) + extension.moreHosts;
  const siteList = sites.slice(0, MAX_SITES).join(', ') + (more > 0 ? ` and ${plural(more, 'more', 'more')}` : '');
  return risks.map((risk) =>
    risk === 'someSites' ? englishText(riskKey(risk), siteList) : englishText(riskKey(risk)),
  );
}

/** Extensions the employer installed by policy: the verdict names how many. */
export const policyInstalled = (model: ReportModel): ReportExtension[] =>
  (model.extensions ?? []).filter((e) => e.installType === 'admin');

function extensionCard(e: ReportExtension, model: ReportModel): SafeHtml {
  const words = extensionRiskWords(e);
  const members =
    model.scope === 'merged' && e.members !== undefined
      ? `, in ${plural(e.members, "member's browser", "members' browsers")}`
      : '';
  return html`<article class="extension${e.installType === 'admin' ? ' employer' : ''}">
<h3>${e.name || e.id}${e.version ? html` <span class="vendor">(version ${e.version})</span>` : ''}</h3>
<dl>
<dt>Installed</dt><dd>${own(INSTALLED_BY, e.installType) ?? 'Installed in some other way.'}${e.enabled ? '' : ' It was turned off when checked.'}</dd>
<dt>Known product</dt><dd>${e.product ? html`${e.product}${e.category ? ` (${categoryName(e.category)})` : ''}` : 'Not in Sightline’s rule database.'}</dd>
<dt>Allowed to</dt><dd>${
    words.length > 0
      ? html`<ul>${words.map((w) => html`<li>${w}</li>`)}</ul>`
      : 'None of the permissions Sightline explains.'
  }</dd>
<dt>Recorded</dt><dd>${`${plural(e.count, 'time', 'times')}${members}, first ${formatDay(e.first)}, last ${formatDay(e.last)}.`}</dd>
<dt>Extension id</dt><dd>${e.id}</dd>
</dl>
</article>`;
}

export function extensionsSection(model: ReportModel): SafeHtml {
  const intro = html`<p>Extensions found in the browser when the worker pressed “Check installed extensions” in Sightline and
added the result to the log: those the employer installed by policy, those put there by other software on the computer,
and any the rule database knows as a monitoring product. Extensions workers installed themselves are not recorded.
What each one is allowed to do is what the browser reported; what it actually does with that access is a question to
ask the employer.</p>`;
  const extensions = model.extensions ?? [];
  if (extensions.length === 0) {
    const note = categoriesOnlyNote(model, 'extension names');
    return note
      ? html`${intro}<p>${note}</p>`
      : html`${intro}<p>None recorded. Sightline checks extensions only when the worker asks, on its settings page.</p>`;
  }
  return html`${intro}${extensions.map((e) => extensionCard(e, model))}`;
}
