// Declared, observed and reported, per kind of monitoring (evidence/report/kind-picture.ts): the kinds
// reported or observed but not declared first, then the rest, each in the sentences the report uses,
// with the letters that fit the kind (evidence/letter/kind-letters.ts), downloaded as text to edit.
import { kindName, kindSentences, type KindLine, type KindPicture } from '../policy/kind-picture';
import { t, uiLanguage } from '../shared/i18n';
import { draftKindLetter, letterFits, LETTER_KINDS, type KindLetter } from '../evidence/letter/kind-letters';
import { downloadText } from '../shared/download';

const LETTERS = Object.keys(LETTER_KINDS) as KindLetter[];

function draft(letter: KindLetter, line: KindLine, policyLoaded: boolean, employer: string | undefined): void {
  const text = draftKindLetter({
    letter,
    kind: line.kind,
    line,
    policyLoaded,
    date: new Date().toISOString().slice(0, 10),
    employer,
  });
  downloadText(`sightline-letter-${letter}-${line.kind}.txt`, 'text/plain', text);
}

function Line({ line, policyLoaded, employer }: { line: KindLine; policyLoaded: boolean; employer?: string }) {
  return (
    <li data-testid="picture-line" data-kind={line.kind}>
      <strong>{kindName(line.kind, t)}.</strong> {kindSentences(line, policyLoaded, t, uiLanguage()).join(' ')}{' '}
      {LETTERS.filter((letter) => letterFits(letter, line.kind)).map((letter) => (
        <button
          key={letter}
          type="button"
          data-testid={`picture-letter-${letter}`}
          onClick={() => draft(letter, line, policyLoaded, employer)}
        >
          {t(`pictureLetter_${letter.replace(/-/g, '_')}`)}
        </button>
      ))}
    </li>
  );
}

export function RepKindPicture({ picture, employer }: { picture: KindPicture; employer?: string }) {
  return (
    <section aria-labelledby="picture-h" data-testid="rep-picture">
      <h2 id="picture-h">{t('pictureTitle')}</h2>
      <h3>{t('pictureLeadTitle')}</h3>
      {picture.lead.length > 0 ? (
        <ul data-testid="picture-lead">
          {picture.lead.map((l) => (
            <Line key={l.kind} line={l} policyLoaded={picture.policyLoaded} employer={employer} />
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
              <Line key={l.kind} line={l} policyLoaded={picture.policyLoaded} employer={employer} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
