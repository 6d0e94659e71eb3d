// Finding the indexed names in a text: leftmost-longest whole-word matches, and the rule that keeps a
// product named with ordinary words ("Clarity", "Highlight") from matching where it is just a word.
import { GAP, STEM_ENDING, type Index, type Term } from './name-index';
import { isSpace, isTitleCaseHeading, sentenceAt, type Sentence } from './sentences';

export interface Match {
  term: Term;
  start: number;
  end: number;
}

/** Leftmost-longest, non-overlapping matches, trying only the terms that can start at each word. */
export function findMatches(text: string, sentences: readonly Sentence[], index: Index): Match[] {
  const matches: Match[] = [];
  let consumed = 0;
  const words = index.firstWords;
  words.lastIndex = 0;
  // Each hit is a whole word (see firstWordPattern), so word[0] is the word as written.
  for (let word = words.exec(text); word; word = words.exec(text)) {
    if (word.index < consumed) continue;
    const key = word[0].toLowerCase();
    let best = longestAt(text, word.index, index.byFirstWord.get(key), undefined);
    if (key.length > 3 && key.endsWith('s'))
      best = longestAt(text, word.index, index.byFirstWord.get(key.slice(0, -1)), best);
    for (const stem of index.stems)
      if (key.startsWith(stem.prefix)) best = longestAt(text, word.index, stem.terms, best);
    if (!best) continue;
    if (best.term.ordinary && !ordinaryNameFits(text, sentenceAt(sentences, best.start), best)) continue;
    if (best.term.target.kind === 'product' && isDate(text, best)) continue;
    matches.push(best);
    consumed = best.end;
  }
  return matches;
}

/** The longest of these terms matching at this word, if longer than the best so far. */
function longestAt(
  text: string,
  start: number,
  terms: readonly Term[] | undefined,
  best: Match | undefined,
): Match | undefined {
  for (const term of terms ?? []) {
    const end = matchEnd(text, start, term);
    // Strictly longer only: on a tie the earlier term wins, and products are indexed first.
    if (end > (best?.end ?? -1)) best = { term, start, end };
  }
  return best;
}

/** Where the term ends if it matches at this offset as whole words, or -1. */
function matchEnd(text: string, start: number, term: Term): number {
  let at = start;
  for (const piece of term.pieces) {
    if (piece === GAP) {
      const from = at;
      while (at < text.length && isGap(text.charCodeAt(at))) at += 1;
      if (at === from) return -1;
    } else if (piece === STEM_ENDING) {
      while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at += 1;
    } else {
      if (!textEquals(text, at, piece, term.exactCase)) return -1;
      at += piece.length;
    }
  }
  if (term.plural && (text[at] === 's' || text[at] === 'S') && endsWord(text, at + 1)) return at + 1;
  return endsWord(text, at) ? at : -1;
}

/** Whether the text at this offset is the piece (lower-cased unless exactCase), without copying it. */
function textEquals(text: string, at: number, piece: string, exactCase: boolean): boolean {
  if (at + piece.length > text.length) return false;
  for (let i = 0; i < piece.length; i += 1) {
    let code = text.charCodeAt(at + i);
    if (!exactCase && code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code === piece.charCodeAt(i)) continue;
    // Beyond ASCII, let toLowerCase decide ("É" and "é").
    return !exactCase && code > 0x7f && text.slice(at, at + piece.length).toLowerCase() === piece;
  }
  return true;
}

/** Space, line break, no-break space or hyphen: "in-app", "in app" and a name wrapped over two lines. */
function isGap(code: number): boolean {
  return isSpace(code) || code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** Whether a match ending here ends on a whole word ("Hotjar's" does, "Hotjarring" does not). */
function endsWord(text: string, end: number): boolean {
  WORD_CHAR.lastIndex = end;
  return !WORD_CHAR.test(text);
}

/** Words that follow a verb used as an instruction: "Highlight any concerns", "Relay this to HR". */
const IMPERATIVE_OBJECT = /^\s+(?:a|an|the|any|all|each|every|your|our|their|this|that|these|those|it|them|such)\b/iu;

/**
 * A product named with ordinary words ("Clarity", "Highlight") is a word, not the product, in a
 * title-case heading ("Clarity and Choice") or as an instruction that opens a sentence ("Highlight any
 * concerns to your manager").
 */
function ordinaryNameFits(text: string, sentence: Sentence, match: Match): boolean {
  if (isTitleCaseHeading(text, sentence)) return false;
  return !(match.start === sentence.start && IMPERATIVE_OBJECT.test(text.slice(match.end, match.end + 12)));
}

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** A product named like a month ("June") is a date next to a day or a year: "since June 2012", "1 June". */
function isDate(text: string, match: Match): boolean {
  if (!MONTH.test(text.slice(match.start, match.end))) return false;
  return (
    /^\s+\d{1,4}\b/u.test(text.slice(match.end, match.end + 6)) ||
    /\b\d{1,2}(?:st|nd|rd|th)?\s+$/u.test(text.slice(Math.max(0, match.start - 6), match.start))
  );
}
