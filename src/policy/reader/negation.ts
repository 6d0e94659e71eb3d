// Deciding whether a sentence negates a mention: "we do not use keystroke logging", "screenshots will
// never be taken", or a bullet under a lead-in such as "We will never:". A rule for the worker ("you
// must not disable the Zscaler client") is not a negation: the tool is in use.
import { WORDS, isHeadingLine, type Sentence } from './sentences';

// The global patterns in this file are shared and stateful (lastIndex): each use resets it first, and
// none is used across a call to another, so one copy is enough and none is rebuilt per sentence.

/**
 * Words that negate what follows in the same clause. Not "not only", "not limited to", "whether or
 * not", "no later than", "No. 5" or "without limitation", which policies use without negating anything.
 */
const NEGATION_CUE =
  /\b(?:never|neither|nor|none|cannot|no\s+longer)\b|\bwithout\b(?!\s+limitation)|(?<!\bwhether\s+or\s+)\bnot\b(?!\s+(?:only|just|limited|exhaustive|necessarily|least|all)\b)|\bno\b(?!\s+(?:later|more|less|fewer|sooner)\s+than\b)(?!\.?\s*\d)|\b\w+n['’]t\b/giu;
/** "Keystroke logging is not used", "screenshots will never be taken", "Hotjar never runs on payroll". */
const NEGATED_AFTER =
  /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:never\b|(?:is|are|was|were|will|shall|would|should|can|could|may|might|must|do|does|did|has|have|had|be|been)\s+(?:not|never|no\s+longer)\b|(?:isn|aren|wasn|weren|won|shan|wouldn|shouldn|couldn|mustn|don|doesn|didn|hasn|haven|hadn)['’]t\b|cannot\b)/iu;
/** Where a new clause starts, so a negation in one clause does not reach a product named in the next. */
const CLAUSE_BREAK =
  /[;:]|\b(?:but|however|although|though|whereas|while|except|unless|instead|otherwise)\b|,\s*(?:(?:and|or|so)\s+)?(?:we|you|it|they|this|these|those|which|who|our|your)\b/giu;
/**
 * Rules for the worker ("you must not disable the Zscaler client", "do not attempt to bypass the web
 * filter") negate the worker's action, not the monitoring: the tool is in use.
 */
const CIRCUMVENTION =
  /\b(?:bypass|circumvent|disabl|tamper|uninstall|remov(?!able)|interfer|evad|deactivat|overrid|obstruct|defeat|switch(?:ed|ing)?\s+off|turn(?:ed|ing)?\s+off|get\s+around|work\s+around|block|stop|prevent(?!ion))/iu;
const NEGATION_WORD_REACH = 12;

/**
 * A lead-in applies to the bullets under it: "We will never:" then "- log your keystrokes". Sets each
 * bullet's underNegatedLeadIn. Only a sentence that has bullets under it is examined.
 */
export function markNegatedLeadIns(text: string, sentences: readonly Sentence[]): void {
  let leadIn: Sentence | undefined;
  let leadInNegated: boolean | undefined;
  for (const sentence of sentences) {
    if (!sentence.bullet) {
      leadIn = sentence;
      leadInNegated = undefined;
    } else if (leadIn) {
      leadInNegated ??= negatesLeadIn(text, leadIn);
      sentence.underNegatedLeadIn = leadInNegated;
    }
  }
}

export function isNegated(text: string, sentence: Sentence, start: number, end: number): boolean {
  const before = lastClause(text.slice(Math.max(sentence.start, start - 300), start));
  if (negatesWhatFollows(before)) return true;
  const after = firstClause(text.slice(end, Math.min(Math.max(end, sentence.end), end + 200)));
  const negatedAfter = NEGATED_AFTER.exec(after);
  if (negatedAfter && !CIRCUMVENTION.test(after.slice(negatedAfter[0].length, negatedAfter[0].length + 40)))
    return true;
  return sentence.underNegatedLeadIn && !CIRCUMVENTION.test(before);
}

/** "We will never:", "The council does not use any of the following:", or a heading "What we do not monitor". */
function negatesLeadIn(text: string, sentence: Sentence): boolean {
  const body = text.slice(Math.max(sentence.start, sentence.end - 300), sentence.end);
  if (body.endsWith(':')) return negatesWhatFollows(lastClause(body.slice(0, -1)));
  return isHeadingLine(text, sentence) && negatesWhatFollows(body);
}

function negatesWhatFollows(clause: string): boolean {
  NEGATION_CUE.lastIndex = 0;
  for (let cue = NEGATION_CUE.exec(clause); cue; cue = NEGATION_CUE.exec(clause)) {
    const rest = clause.slice(cue.index + cue[0].length);
    if ((rest.match(WORDS) ?? []).length <= NEGATION_WORD_REACH && !CIRCUMVENTION.test(rest)) return true;
  }
  return false;
}

function lastClause(s: string): string {
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(s); found; found = CLAUSE_BREAK.exec(s)) cut = found.index + found[0].length;
  return s.slice(cut);
}

function firstClause(s: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  const found = CLAUSE_BREAK.exec(s);
  return found ? s.slice(0, found.index) : s;
}
