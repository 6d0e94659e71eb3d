// The policy suggester: reads the text of a monitoring policy and proposes declared items, the products
// from the rule catalog and the monitoring categories it mentions, each with the sentence it came from.
// A person accepts or rejects each one, so this favours finding a mention over being certain of it, but
// keeps ordinary prose ("a heap of work", "for clarity") from producing noise. Pure and total: no browser
// APIs, never throws, and bounded work on any input.
import { POLICY_TEXT_LIMITS } from '../../core/page-limits';
import type { RuleSummary } from '../../rules/catalog';
import type { CategoryId } from '../../core/taxonomy';
import { indexFor, type Target } from './name-index';
import { findMatches, type Match } from './name-matcher';
import { isNegated, markNegatedLeadIns } from './negation';
import { collapseSpaces, isHeadingLine, quoteSentence, sentenceAt, splitSentences, type Sentence } from './sentences';

export interface Suggestion {
  /** 'product': a named product from the rule catalog; 'category': a category word without a product. */
  kind: 'product' | 'category';
  ruleId?: string;
  category: CategoryId;
  /** What to show: the product name, or the category's English name. */
  label: string;
  /** The text that matched, as written in the policy (a run of whitespace shown as one space). */
  matched: string;
  /** The whole sentence it came from, trimmed, at most ~400 characters (cut around the match if longer). */
  sentence: string;
  /** The sentence negates it ("we do not use keystroke logging", "never", "will not", "no ... is used"). */
  negated: boolean;
  /** How often, when the policy says ("only when misuse is suspected": occasional); set by the channel reader. */
  frequency?: 'continuous' | 'occasional';
}

/**
 * Only the first 1,000,000 characters of a text are read (the limit a page may hand back,
 * POLICY_TEXT_LIMITS in src/core/page-limits.ts): a real policy is tens of kilobytes, and the reader
 * stays linear below it.
 */
export const MAX_SCAN_CHARS = POLICY_TEXT_LIMITS.text;
const MAX_MENTIONS_EXAMINED = 50;

export function suggestDeclaredItems(text: string, catalog: ReadonlyMap<string, RuleSummary>): Suggestion[] {
  if (typeof text !== 'string' || text.length === 0 || typeof catalog?.values !== 'function') return [];
  const { scanned, sentences } = sentencesOf(text);
  return suggestInSentences(scanned, sentences, catalog);
}

/** The text as read (at most MAX_SCAN_CHARS) and its sentences, with negated lead-ins marked. */
export function sentencesOf(text: string): { scanned: string; sentences: Sentence[] } {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const sentences = splitSentences(scanned);
  markNegatedLeadIns(scanned, sentences);
  return { scanned, sentences };
}

export function suggestInSentences(
  scanned: string,
  sentences: readonly Sentence[],
  catalog: ReadonlyMap<string, RuleSummary>,
): Suggestion[] {
  const matches = findMatches(scanned, sentences, indexFor(catalog));

  // One suggestion per target, placed where the text first names it. It quotes the first sentence that
  // names it without negating it, and prefers a sentence to a heading ("3.2 Data loss prevention"),
  // which says little on its own.
  const chosen = new Map<Target, { first: number; match: Match; negated: boolean; rank: number; tries: number }>();
  for (const match of matches) {
    const seen = chosen.get(match.term.target);
    // Bounded: a text that repeats a term thousands of times gets the best of its first few mentions.
    if (seen && (seen.rank === 0 || seen.tries >= MAX_MENTIONS_EXAMINED)) continue;
    const sentence = sentenceAt(sentences, match.start);
    const negated = isNegated(scanned, sentence, match.start, match.end);
    const rank = (negated ? 2 : 0) + (isHeadingLine(scanned, sentence) ? 1 : 0);
    if (!seen) chosen.set(match.term.target, { first: match.start, match, negated, rank, tries: 1 });
    else if (rank < seen.rank)
      chosen.set(match.term.target, { first: seen.first, match, negated, rank, tries: seen.tries + 1 });
    else seen.tries += 1;
  }
  return [...chosen.entries()]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([target, { match, negated }]) => ({
      kind: target.kind,
      ...(target.ruleId === undefined ? {} : { ruleId: target.ruleId }),
      category: target.category,
      label: target.label,
      matched: collapseSpaces(scanned.slice(match.start, match.end)),
      sentence: quoteSentence(scanned, sentenceAt(sentences, match.start), match.start, match.end),
      negated,
    }));
}
