// The report's first section (issue 21): kinds of monitoring members reported or Sightline observed
// that the policy does not declare, then the rest of the picture per kind (kind-picture.ts). Absent from
// a model made without members' reports and the policy to hand (the options page's own report), so a
// report never claims a comparison it did not make.
import { englishText } from '../../core/english-text';
import { html, type SafeHtml } from './html-escape';
import { kindName, kindSentences, type KindLine, type KindPicture } from '../../policy/kind-picture';

const line = (l: KindLine, policyLoaded: boolean): SafeHtml =>
  html`<li data-kind="${l.kind}"><strong>${kindName(l.kind, englishText)}.</strong> ${kindSentences(
    l,
    policyLoaded,
    englishText,
    'en',
  ).join(' ')}</li>`;

/** The lead section and the rest, or nothing when the model has no picture. */
export function kindPictureSections(picture: KindPicture | undefined): SafeHtml {
  if (!picture) return html``;
  const lead =
    picture.lead.length > 0
      ? html`<ul class="kind-picture">${picture.lead.map((l) => line(l, picture.policyLoaded))}</ul>`
      : html`<p>${englishText('pictureLeadNone')}</p>`;
  const rest =
    picture.rest.length > 0
      ? html`<section id="kind-picture" class="kind-picture">
<h2>${englishText('pictureRestTitle')}</h2>
<ul class="kind-picture">${picture.rest.map((l) => line(l, picture.policyLoaded))}</ul>
</section>
`
      : html``;
  return html`<section id="not-declared" class="not-declared">
<h2>${englishText('pictureLeadTitle')}</h2>
${lead}
</section>
${rest}`;
}
