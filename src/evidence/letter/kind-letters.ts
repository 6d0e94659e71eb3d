// Letters about a kind of monitoring no browser may see (issue 21), drafted from what was declared,
// observed and reported of it (report/kind-picture.ts): a request for the DPIA and the record of
// consultation, questions about CCTV that records sound, and an objection to biometric attendance that
// asks for the alternative. The law each letter raises is data (policy/ico-points.ts: UK GDPR articles
// and the ICO guidance they come from), and the explanations are the same words the kind's card uses
// (messages.json kind_ico_*). Plain text the person edits before sending; templates, not legal advice.
// Pure and deterministic: the date is read from the ISO text as written.
import { englishText } from '../../core/english-text';
import { ICO_POINTS, ICO_SOURCES, icoPointKey, type IcoPointId, type IcoSourceId } from '../../policy/ico-points';
import { kindNameKey, type KindId } from '../../policy/kinds';
import { kindSentences, type KindLine } from '../../policy/kind-picture';
import { NOTE_HEADING, PLACEHOLDER } from './letter-text';

export type KindLetter = 'dpia-request' | 'cctv-audio' | 'biometric-objection';

/** The kinds each letter is about: the DPIA request fits any kind; the other two one case each. */
export const LETTER_KINDS: Readonly<Record<KindLetter, readonly KindId[] | 'any'>> = {
  'dpia-request': 'any',
  'cctv-audio': ['audio_recording', 'cctv_video'],
  'biometric-objection': ['biometrics'],
};

export interface KindLetterInput {
  letter: KindLetter;
  kind: KindId;
  /** What is known of the kind; null when nothing was declared, observed or reported of it. */
  line: KindLine | null;
  policyLoaded: boolean;
  /** ISO date (YYYY-MM-DD...). */
  date: string;
  employer?: string;
  recipient?: string;
  senderName?: string;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return PLACEHOLDER.date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** The points each letter raises, in the order it raises them. */
const POINTS: Readonly<Record<KindLetter, readonly IcoPointId[]>> = {
  'dpia-request': ['dpia', 'consultation', 'lawful_basis', 'purpose', 'retention'],
  'cctv-audio': ['audio_intrusive', 'private_areas', 'lawful_basis', 'transparency', 'dpia', 'retention', 'access'],
  'biometric-objection': ['special_category', 'alternative', 'dpia', 'rights'],
};

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** What is known of the kind, in the sentences the rep view and the report use. */
function factsOf(input: KindLetterInput, name: string): string {
  if (!input.line) return `I have no record yet of ${lower(name)} being declared, observed or reported.`;
  return `What is known of it: ${kindSentences(input.line, input.policyLoaded, englishText, 'en').join(' ')}`;
}

function requests(input: KindLetterInput, name: string): { subject: string; opening: string; asks: string[] } {
  const thing = lower(name);
  switch (input.letter) {
    case 'dpia-request':
      return {
        subject: `Request for the DPIA and consultation record: ${thing}`,
        opening: `I am writing about ${thing} at ${input.employer ?? PLACEHOLDER.employer}.`,
        asks: [
          `the data protection impact assessment (DPIA) that covers ${thing} (UK GDPR Article 35), or, if none was carried out, the reasons it was judged not to be needed;`,
          'the record of how workers or their representatives were consulted about it, and the views they gave (UK GDPR Article 35(9));',
          'the lawful basis relied on for it (UK GDPR Article 6(1));',
          'its purpose, and how long the data it produces is kept (UK GDPR Article 5(1)(b) and (e)).',
        ],
      };
    case 'cctv-audio':
      return {
        subject: 'Questions about CCTV that records sound',
        opening: `I am writing about cameras at ${input.employer ?? PLACEHOLDER.employer} that may record sound as well as images.`,
        asks: [
          'which cameras record sound, where they are, and whether sound is recorded all the time or only at certain times;',
          'the purpose of recording sound, and why images alone, or a less intrusive measure, would not meet it (UK GDPR Article 5(1)(c));',
          'the lawful basis relied on for recording sound (UK GDPR Article 6(1));',
          'how workers are told where sound is recorded (UK GDPR Articles 12 and 13), and whether any camera covers a rest area or another place where people expect privacy;',
          'the DPIA that covers recording sound (UK GDPR Article 35);',
          'how long recordings are kept and who may listen to them (UK GDPR Article 5(1)(e) and (f)).',
        ],
      };
    case 'biometric-objection':
      return {
        subject: 'Objection to biometric attendance, and request for an alternative',
        opening: `I am writing about the fingerprint or face scanning used for attendance or access at ${input.employer ?? PLACEHOLDER.employer}.`,
        asks: [
          'an alternative that does not use my biometric data, such as a card or a PIN, with no detriment to me for using it; I object to the processing of my biometric data for this purpose (UK GDPR Article 21(1), where it relies on legitimate interests or a public task);',
          'the condition under UK GDPR Article 9(2) relied on for processing this special category data, and, if it is a condition in Schedule 1 of the Data Protection Act 2018, the appropriate policy document;',
          'the DPIA that covers it (UK GDPR Article 35);',
          'if consent is relied on, how it is freely given when there is no alternative (UK GDPR Articles 4(11) and 7(4)).',
        ],
      };
  }
}

/** The articles and the guidance the letter's points rest on, each once, in the order first met. */
function references(letter: KindLetter): string[] {
  const articles: string[] = [];
  const sources: IcoSourceId[] = [];
  for (const point of POINTS[letter]) {
    for (const article of ICO_POINTS[point].articles) if (!articles.includes(article)) articles.push(article);
    for (const source of ICO_POINTS[point].sources) if (!sources.includes(source)) sources.push(source);
  }
  return [
    `Law: ${articles.join('; ')}.`,
    ...sources.map((id) => {
      const s = ICO_SOURCES[id];
      return `${s.publisher}, "${s.title}" (${s.published}): ${s.url}`;
    }),
  ];
}

/** Whether the letter is about this kind. */
export const letterFits = (letter: KindLetter, kind: KindId): boolean =>
  LETTER_KINDS[letter] === 'any' || (LETTER_KINDS[letter] as readonly KindId[]).includes(kind);

export function draftKindLetter(input: KindLetterInput): string {
  if (!letterFits(input.letter, input.kind)) throw new Error(`the ${input.letter} letter is not about ${input.kind}`);
  const name = englishText(kindNameKey(input.kind));
  const { subject, opening, asks } = requests(input, name);
  const why = POINTS[input.letter]
    .slice(0, 2)
    .map((point) => englishText(icoPointKey(point)))
    .join(' ');
  return [
    longDate(input.date),
    '',
    `To: ${input.recipient ?? PLACEHOLDER.enquiryRecipient}, ${input.employer ?? PLACEHOLDER.employer}`,
    '',
    `Subject: ${subject}`,
    '',
    `Dear ${input.recipient ?? PLACEHOLDER.enquiryRecipient},`,
    '',
    opening,
    '',
    factsOf(input, name),
    '',
    'Please send me:',
    ...asks.map((ask, i) => `${i + 1}. ${ask}`),
    '',
    `The Information Commissioner's Office's guidance explains why this matters: ${why}`,
    '',
    'Please reply within one month.',
    '',
    'Yours sincerely,',
    input.senderName ?? PLACEHOLDER.name,
    '',
    'References:',
    ...references(input.letter).map((r) => `- ${r}`),
    '',
    NOTE_HEADING,
    'This letter is a template drafted by Sightline from what was declared, observed and reported. It is not legal advice. Before sending it, check it with your union rep or your union, and correct anything that is not accurate.',
    '',
  ].join('\n');
}
