// Declared, observed and reported, per kind of monitoring (evidence/report/kind-picture.ts): the kinds
// reported or observed but not declared first, then the rest, each in the sentences the report uses.
import { kindName, kindSentences, type KindLine, type KindPicture } from '../policy/kind-picture';
import { t, uiLanguage } from '../shared/i18n';

function Line({ line, policyLoaded }: { line: KindLine; policyLoaded: boolean }) {
  return (
    <li data-testid="picture-line" data-kind={line.kind}>
      <strong>{kindName(line.kind, t)}.</strong> {kindSentences(line, policyLoaded, t, uiLanguage()).join(' ')}
    </li>
  );
}

export function RepKindPicture({ picture }: { picture: KindPicture }) {
  return (
    <section aria-labelledby="picture-h" data-testid="rep-picture">
      <h2 id="picture-h">{t('pictureTitle')}</h2>
      <h3>{t('pictureLeadTitle')}</h3>
      {picture.lead.length > 0 ? (
        <ul data-testid="picture-lead">
          {picture.lead.map((l) => (
            <Line key={l.kind} line={l} policyLoaded={picture.policyLoaded} />
          ))}
        </ul>
      ) : (
        <p data-testid="picture-lead-none">{t('pictureLeadNone')}</p>
      )}
      {picture.rest.length > 0 && (
        <>
          <h3>{t('pictureRestTitle')}</h3>
          <ul data-testid="picture-rest">
            {picture.rest.map((l) => (
              <Line key={l.kind} line={l} policyLoaded={picture.policyLoaded} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
