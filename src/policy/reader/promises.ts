// What a policy promises not to do: each denial ("we do not use keystroke logging", "Hotjar is never used
// on HR pages"), kept as a promise to check against what was seen, not thrown away as a non-suggestion.
// A denial names a product, a category (from the suggester's negated suggestions) or something a tool
// captures (capability-words.ts). Pure and bounded: no browser APIs, linear in the text.
import type { CapabilityId, CategoryId } from '../../core/taxonomy';
import { CAPABILITY_WORDS, capabilityNamedBy } from './capability-words';
import { isNegated } from './negation';
import { collapseSpaces, quoteSentence, sentenceAt, type Sentence } from './sentences';
import type { Suggestion } from './suggest';

export interface PromiseFound {
  /** Exactly one of these says what is promised not to happen. */
  ruleId?: string;
  product?: string;
  category?: CategoryId;
  capability?: CapabilityId;
  /** What matched, as written. */
  matched: string;
  /** The sentence that makes the promise, as quoted back. */
  sentence: string;
}

/** A long policy may deny many things; a person reviews each, so the list stays readable. */
export const MAX_PROMISES = 40;
const MENTIONS_EXAMINED = 50;

export function findPromises(
  text: string,
  sentences: readonly Sentence[],
  suggestions: readonly Suggestion[],
): PromiseFound[] {
  // A category word that is itself a capability ("keystroke logging" is a word for employee monitoring)
  // is promised as the capability: the precise claim, held against what each product can capture.
  const found: PromiseFound[] = suggestions
    .filter((s) => s.negated && !(s.kind === 'category' && capabilityNamedBy(s.matched) !== undefined))
    .map((s) =>
      s.kind === 'product'
        ? { ruleId: s.ruleId, product: s.label, matched: s.matched, sentence: s.sentence }
        : { category: s.category, matched: s.matched, sentence: s.sentence },
    );
  for (const [capability, words] of Object.entries(CAPABILITY_WORDS) as [CapabilityId, RegExp][]) {
    if (found.length >= MAX_PROMISES) break;
    words.lastIndex = 0;
    let examined = 0;
    // Bounded: a text repeating a word thousands of times gets its first few mentions examined.
    for (let match = words.exec(text); match && examined++ < MENTIONS_EXAMINED; match = words.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const sentence = sentenceAt(sentences, start);
      if (!isNegated(text, sentence, start, end)) continue;
      found.push({
        capability,
        matched: collapseSpaces(match[0]),
        sentence: quoteSentence(text, sentence, start, end),
      });
      break; // the first denial of each capability is enough to quote
    }
  }
  return found.slice(0, MAX_PROMISES);
}
