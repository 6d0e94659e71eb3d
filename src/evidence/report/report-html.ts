// The self-contained printable report a rep puts on the table at a consultation meeting: one HTML file,
// no external resources and no script (a Content-Security-Policy says so too), inline styles and an inline
// SVG chart, so it opens anywhere and prints to PDF. Every string from the model is escaped by `html`.
import type { ReportModel, ReportProduct } from './report-model';
import { html, trustedHtml, type SafeHtml } from './html-escape';
import { declarationText, declaredNotSeenSection, methodSection } from './report-method';
import { extensionsSection, policyInstalled } from './report-extensions';
import { declaredTable, productCards, unknownThirdParties } from './report-products';
import { REPORT_CSS } from './report-style';
import { contradictionsSection, identitySection, questionsSection } from './report-strongest';
import { renderTimeline } from './report-timeline-svg';
import { renderRepCharts } from './report-rep-charts-svg';
import { kindPictureSections } from './report-kind-picture';
import { summaryPage } from './report-summary-page';
import {
  categoryName,
  distinctSites,
  formatCount,
  formatLocalDateTime,
  formatPeriod,
  formatRange,
  joinAnd,
  plural,
  sortProducts,
} from './report-words';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const SECTIONS = [
  ['contradictions', 'What goes against the policy'],
  ['identity', 'Identity sent to products'],
  ['questions', 'Questions for management'],
  ['declared', 'Declared and undeclared monitoring'],
  ['products', 'What each product can capture'],
  ['extensions', 'Browser extensions'],
  ['timeline', 'Timeline'],
  ['unknown', 'Unknown third parties'],
  ['method', 'Method, integrity and limits'],
  ['not-seen', 'Declared but not seen'],
] as const;

function scopeText(model: ReportModel): string {
  if (model.scope === 'member') return "One member's evidence log.";
  const members = model.members ?? model.integrity.length;
  if (model.audience) {
    const { minMembers, withheldProducts, withheldKinds, withheldExtensions, withheldHosts = 0 } = model.audience;
    const withheld = withheldProducts + withheldKinds + withheldExtensions + withheldHosts;
    return `${plural(members, "member's export", "members' exports")}, merged. Version for management: no member is named, and anything seen by fewer than ${plural(minMembers, 'member', 'members')} is withheld so no one is identified by a rare finding (${plural(withheld, 'row', 'rows')} withheld).`;
  }
  const named = model.namedMembers ?? 0;
  const naming =
    named === 0
      ? 'No member is named.'
      : named === members
        ? 'Every member is named.'
        : `${plural(named, 'member is', 'members are')} named; the others gave a member code.`;
  return `${plural(members, "member's export", "members' exports")}, merged. ${naming}`;
}

function seenSentence(model: ReportModel, products: readonly ReportProduct[]): string {
  const range = model.range ? ` ${formatRange(model.range)}` : '';
  const who =
    model.scope === 'merged'
      ? `Across ${plural(model.members ?? model.integrity.length, "member's export", "members' exports")}, Sightline`
      : 'Sightline';
  if (products.length === 0) return `${who} recorded no known monitoring products${range}.`;
  const sites = distinctSites(products).length;
  const where = sites > 0 ? ` on ${plural(sites, 'work site', 'work sites')}` : '';
  return `${who} saw ${plural(products.length, 'monitoring product', 'monitoring products')}${where}${range}.`;
}

function policySentence(model: ReportModel, products: readonly ReportProduct[]): string {
  if (products.length === 0) {
    return 'This does not mean there is no monitoring: a browser cannot see everything (see “What a browser cannot see”).';
  }
  if (!model.declaration || products.every((p) => p.status === 'no-policy')) {
    return 'No employer policy was recorded, so none of them could be checked against what the employer declared.';
  }
  // Products known only from what pages said about themselves are never counted as undeclared monitoring.
  const undeclared = products.filter((p) => p.status === 'undeclared' && !p.pageOnly);
  const pageOnly = products.filter((p) => p.status === 'undeclared' && p.pageOnly).length;
  const apart =
    pageOnly > 0
      ? ` ${plural(pageOnly, 'more, known only from what the pages reported about themselves, is', 'more, known only from what the pages reported about themselves, are')} not in the policy either (marked “page-reported only”).`
      : '';
  if (undeclared.length === 0)
    return pageOnly > 0
      ? `None seen by the browser itself is undeclared.${apart}`
      : "All of them are covered by the employer's declared policy.";
  const names = undeclared.slice(0, 5).map((p) => p.product);
  if (undeclared.length > 5) names.push(`${undeclared.length - 5} more`);
  const count =
    undeclared.length === products.length
      ? 'All of them are'
      : `${plural(undeclared.length, 'of them is', 'of them are')}`;
  return `${count} undeclared, neither named nor covered by a category in the employer's policy: ${joinAnd(names)}.${apart}`;
}

/** Kinds-only exports add kinds and members, never products or sites: said on their own. */
function kindsOnlySentence(model: ReportModel): string {
  const kinds = model.kindsOnly ?? [];
  if (kinds.length === 0) return '';
  const members = model.detailLevels?.category ?? 0;
  const names = kinds.map((k) => categoryName(k.category));
  const who =
    members > 0
      ? `${plural(members, 'member', 'members')} shared kinds of monitoring only`
      : 'Kinds of monitoring were shared without products';
  return `${who}: ${joinAnd(names)}. These are counted as kinds and members, not as products or sites.`;
}

function extensionSentence(model: ReportModel): string {
  const installed = policyInstalled(model).length;
  if (installed === 0) return '';
  const where = model.scope === 'merged' ? "Members' browsers had" : 'The browser had';
  return `${where} ${plural(installed, 'extension', 'extensions')} installed by the employer's policy (see Browser extensions).`;
}

function integritySentence(model: ReportModel): string {
  const broken = model.integrity.filter((row) => row.status === 'broken').length;
  const leftOut = model.files?.leftOut.length ?? 0;
  if (leftOut > 0)
    return `${plural(leftOut, 'file was', 'files were')} left out of every figure here: they failed the integrity check or could not be read (see Files left out).`;
  if (broken === 0) return '';
  return model.scope === 'merged'
    ? `Warning: ${formatCount(broken)} of ${formatCount(model.integrity.length)} exports failed the integrity check (see Method).`
    : 'Warning: this evidence log failed the integrity check (see Method).';
}

function header(model: ReportModel, products: readonly ReportProduct[]): SafeHtml {
  const warning = integritySentence(model);
  return html`<header>
<h1>${model.title || 'Sightline monitoring report'}</h1>
<div class="meta">
<div><strong>Generated:</strong> ${formatLocalDateTime(model.generatedAt, model.timeZone)}</div>
<div><strong>Scope:</strong> ${scopeText(model)}</div>
<div><strong>Period:</strong> ${model.range ? formatPeriod(model.range) : 'no observations recorded'}</div>
<div><strong>Employer policy:</strong> ${declarationText(model.declaration)}</div>
</div>
<div class="verdict" role="note" aria-label="Summary">
<p>${seenSentence(model, products)} ${policySentence(model, products)}</p>
${kindsOnlySentence(model) ? html`<p>${kindsOnlySentence(model)}</p>` : ''}
${extensionSentence(model) ? html`<p>${extensionSentence(model)}</p>` : ''}
${warning ? html`<p><strong>${warning}</strong></p>` : ''}
</div>
</header>`;
}

const contents = (): SafeHtml =>
  html`<nav class="contents" aria-label="Contents"><strong>Contents</strong><ol>${SECTIONS.map(
    ([id, title]) => html`<li><a href="#${id}">${title}</a></li>`,
  )}</ol></nav>`;

const section = (id: string, title: string, body: SafeHtml): SafeHtml =>
  html`<section id="${id}" class="${id}">
<h2>${title}</h2>
${body}
</section>
`;

/** The whole report: one self-contained HTML document (UTF-8). */
export function renderReportHtml(model: ReportModel): string {
  const products = sortProducts(model.products);
  const titles = Object.fromEntries(SECTIONS) as Record<(typeof SECTIONS)[number][0], string>;
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sightline">
<title>${model.title || 'Sightline monitoring report'}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
<main>
<div class="first-page">
${header(model, products)}
${summaryPage(model, products)}
</div>
${contents()}
${kindPictureSections(model.kindPicture)}
${section('contradictions', titles.contradictions, contradictionsSection(model))}
${section('identity', titles.identity, identitySection(model))}
${section('questions', titles.questions, questionsSection(model))}
${section('declared', titles.declared, declaredTable(model, products))}
${section('products', titles.products, productCards(model, products))}
${section('extensions', titles.extensions, extensionsSection(model))}
${section('timeline', titles.timeline, html`${renderTimeline(model.timeline)}${renderRepCharts(model.repCharts)}`)}
${section('unknown', titles.unknown, unknownThirdParties(model))}
${section('method', titles.method, methodSection(model))}
${section('not-seen', titles['not-seen'], declaredNotSeenSection(model))}
<footer>Made with Sightline, an open-source browser extension that shows workers which monitoring tools run in their
work web apps. Days are UTC days; the time it was generated is in the zone named above. To check an evidence file
yourself, load it in Sightline's rep view or run “npm run verify FILE” from Sightline's source: each file's
SHA-256 and chain check are listed under “Method, integrity and limits”.</footer>
</main>
</body>
</html>
`;
  return doc.value;
}
