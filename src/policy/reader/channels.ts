// The channel reader: finds the kinds of monitoring a policy declares the way policies are written, by
// channel ("we monitor email and internet use", "telephone calls may be recorded", "CCTV operates in",
// "fingerprint clocking", "vehicle trackers"), with negation ("we do not use CCTV") and scope ("we do not
// routinely monitor email", "only when misuse is suspected": occasional, not denied). Words are in
// channel-words.ts. Pure and bounded: each pattern runs once over the text, and each kind's mentions are
// examined up to a limit.
import {
  CHANNELS,
  CONTINUOUS,
  MONITORING_LEAD_IN,
  MONITORING_VERB,
  NAME_NOT_CHANNEL,
  OCCASIONAL,
  PRIVATE_PLACES,
  ROUTINE_SCOPE,
  SELF_DECLARING,
  STATUTE,
  TELEPHONE_CONTEXT,
} from './channel-words';
import type { KindId } from '../kinds';
import { isNegated } from './negation';
import { collapseSpaces, isHeadingLine, quoteSentence, sentenceAt, type Sentence } from './sentences';

export type Frequency = 'continuous' | 'occasional';

export interface KindFound {
  kind: KindId;
  /** The words that matched, as written (whitespace collapsed). */
  matched: string;
  /** The sentence quoted back: the first that declares the kind, else the first that denies it. */
  sentence: string;
  /** Every mention denies it ("we do not use CCTV"). */
  negated: boolean;
  /** What the policy says of how often, when it says so. */
  frequency?: Frequency;
}

export interface Mention {
  kind: KindId;
  start: number;
  end: number;
  negated: boolean;
  frequency?: Frequency;
}

const MENTIONS_EXAMINED = 60;
const NEGATION = /\b(?:not|never|no|no longer|cannot|neither|nor)\b|\b\w+n['’]t\b/iu;
const CLAUSE_END = /[,;:()]|\b(?:but|however|although|though|whereas|while|and|or|which|as|because|so)\b/giu;
/** How far before a verb a negation still applies to it: "do not monitor", "will not normally be monitored". */
const VERB_NEGATION_WORDS = 5;

/** Every mention of a kind, self-declaring phrase or channel noun with a monitoring verb, in text order. */
export function findMentions(text: string, sentences: readonly Sentence[]): Mention[] {
  const mentions: Mention[] = [];
  for (const [kind, words] of Object.entries(SELF_DECLARING) as [KindId, RegExp][]) {
    eachMatch(words, text, (start, end) => {
      const sentence = sentenceAt(sentences, start);
      const body = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 1000));
      let negated = isNegated(text, sentence, start, end);
      let routine = false;
      // "Cameras are not sited in toilets", "we do not routinely review CCTV": where or how often, not whether.
      if (negated && (kind === 'cctv_video' || kind === 'audio_recording') && PRIVATE_PLACES.test(body))
        negated = false;
      if (negated && ROUTINE_SCOPE.test(body)) [negated, routine] = [false, true];
      // "A telephone system capable of recording conversations" records calls, not the room.
      const as = kind === 'audio_recording' && TELEPHONE_CONTEXT.test(body) ? 'call_recording' : kind;
      mentions.push({ kind: as, start, end, negated, ...frequencyOf(body, routine) });
    });
  }
  for (const [kind, words] of Object.entries(CHANNELS) as [KindId, RegExp][]) {
    eachMatch(words, text, (start, end) => {
      const sentence = sentenceAt(sentences, start);
      const body = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 1000));
      if (start > sentence.start && NAME_NOT_CHANNEL.test(text.slice(start, end))) return;
      if (STATUTE.test(body) && (sentence.bullet || body.length < 200)) return;
      const verb = monitoringVerbFor(text, sentences, sentence, start);
      if (!verb) return;
      let negated = verb.negated;
      let routine = false;
      if (negated && ROUTINE_SCOPE.test(verb.clause)) [negated, routine] = [false, true];
      mentions.push({ kind, start, end, negated, ...frequencyOf(body, routine) });
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** One finding per kind, in the order the text first names each. */
export function findKinds(text: string, sentences: readonly Sentence[]): KindFound[] {
  const byKind = new Map<KindId, Mention[]>();
  for (const mention of findMentions(text, sentences))
    byKind.set(mention.kind, [...(byKind.get(mention.kind) ?? []), mention]);
  return [...byKind].map(([kind, mentions]) => {
    const declaring = mentions.filter((m) => !m.negated);
    // Quote a sentence over a heading ("CCTV"), which says little on its own.
    const pool = declaring.length > 0 ? declaring : mentions;
    const quoted = pool.find((m) => !isHeadingLine(text, sentenceAt(sentences, m.start))) ?? pool[0]!;
    const frequencies = new Set(declaring.map((m) => m.frequency).filter((f) => f !== undefined));
    const frequency = frequencies.size === 1 ? [...frequencies][0] : undefined;
    return {
      kind,
      matched: collapseSpaces(text.slice(quoted.start, quoted.end)),
      sentence: quoteSentence(text, sentenceAt(sentences, quoted.start), quoted.start, quoted.end),
      negated: declaring.length === 0,
      ...(frequency ? { frequency } : {}),
    };
  });
}

function eachMatch(words: RegExp, text: string, visit: (start: number, end: number) => void): void {
  words.lastIndex = 0;
  let examined = 0;
  for (let match = words.exec(text); match && examined++ < MENTIONS_EXAMINED; match = words.exec(text)) {
    if (match[0].length === 0) words.lastIndex += 1;
    else visit(match.index, match.index + match[0].length);
  }
}

/**
 * The monitoring verb that makes a channel noun a declaration: the one nearest it in its sentence, or,
 * for a bullet, in the lead-in above ("We may monitor:"). Whether a negation governs that verb.
 */
function monitoringVerbFor(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  at: number,
): { negated: boolean; clause: string } | undefined {
  const from = Math.max(sentence.start, at - 400);
  const to = Math.min(sentence.end, at + 400);
  let nearest: { start: number; end: number } | undefined;
  MONITORING_VERB.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = MONITORING_VERB.exec(window); m; m = MONITORING_VERB.exec(window)) {
    const start = from + m.index;
    if (!nearest || Math.abs(start - at) < Math.abs(nearest.start - at)) nearest = { start, end: start + m[0].length };
  }
  if (nearest)
    return {
      negated: sentence.underNegatedLeadIn || verbNegated(text, sentence, nearest.start),
      clause: clauseAround(text, sentence, nearest.start, nearest.end),
    };
  if (!sentence.bullet) return undefined;
  // The lead-in, or the sentence before it: "We reserve the right to monitor our systems. This includes:".
  const leadIn = leadInOf(sentences, sentence);
  if (leadIn === undefined) return undefined;
  for (const index of [leadIn, leadIn - 1]) {
    const candidate = sentences[index];
    if (!candidate || candidate.bullet) break;
    const leadText = text.slice(candidate.start, Math.min(candidate.end, candidate.start + 600));
    if (MONITORING_LEAD_IN.test(leadText)) return { negated: sentence.underNegatedLeadIn, clause: leadText };
  }
  return undefined;
}

/** The index of the sentence the bullets hang from. */
function leadInOf(sentences: readonly Sentence[], bullet: Sentence): number | undefined {
  let index = sentences.indexOf(bullet);
  for (let steps = 0; index > 0 && steps < 40; steps += 1) {
    index -= 1;
    if (!sentences[index]!.bullet) return index;
  }
  return undefined;
}

/** "do not monitor", "are not normally monitored", "will never be accessed": a negation just before the verb, in its clause. */
function verbNegated(text: string, sentence: Sentence, verbStart: number): boolean {
  const before = lastClause(text.slice(Math.max(sentence.start, verbStart - 120), verbStart));
  const words = before.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return NEGATION.test(words.slice(-VERB_NEGATION_WORDS).join(' '));
}

/** The verb's clause with a little either side: where scope words ("routinely", "unless") are looked for. */
function clauseAround(text: string, sentence: Sentence, start: number, end: number): string {
  const before = lastClause(text.slice(Math.max(sentence.start, start - 120), start));
  const after = text.slice(end, Math.min(sentence.end, end + 160));
  return `${before}${text.slice(start, end)}${after}`;
}

function lastClause(s: string): string {
  let cut = 0;
  CLAUSE_END.lastIndex = 0;
  for (let found = CLAUSE_END.exec(s); found; found = CLAUSE_END.exec(s)) cut = found.index + found[0].length;
  return s.slice(cut);
}

function frequencyOf(body: string, routineDenied: boolean): { frequency?: Frequency } {
  if (routineDenied || OCCASIONAL.test(body)) return { frequency: 'occasional' };
  return CONTINUOUS.test(body) ? { frequency: 'continuous' } : {};
}
