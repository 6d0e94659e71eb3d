// Everything the policy reader takes from a policy's text in one pass over its sentences: the items it
// declares (suggest.ts), the kinds of monitoring it declares or denies, by channel as policies are
// written (channels.ts), the promises it makes (promises.ts) and its policy-wide retention, access and
// rights sentences (statements.ts). Pure, bounded, and run in a worker by the options page.
import type { RuleSummary } from '../../rules/catalog';
import { englishText } from '../../core/english-text';
import { categoryNameKey } from '../../core/taxonomy';
import { findKinds, type KindFound } from './channels';
import { isBrowserCategory } from '../kinds';
import { findPromises, type PromiseFound } from './promises';
import { findStatements, type PolicyStatementsFound } from './statements';
import { sentencesOf, suggestInSentences, type Suggestion } from './suggest';

export interface PolicyReading {
  /** Products and browser categories, as before, plus browser categories the policy names by channel. */
  suggestions: Suggestion[];
  /** One line per kind the policy speaks of (every kind, CCTV to web filtering), declared or denied. */
  kinds: KindFound[];
  promises: PromiseFound[];
  statements: PolicyStatementsFound;
}

export function readPolicyText(text: string, catalog: ReadonlyMap<string, RuleSummary>): PolicyReading {
  if (typeof text !== 'string' || text.length === 0 || typeof catalog?.values !== 'function')
    return { suggestions: [], kinds: [], promises: [], statements: {} };
  const { scanned, sentences } = sentencesOf(text);
  const named = suggestInSentences(scanned, sentences, catalog);
  const byChannel = findKinds(scanned, sentences);
  return {
    suggestions: [...named, ...channelSuggestions(byChannel, named)],
    kinds: mergeKinds(byChannel, named),
    promises: findPromises(scanned, sentences, named),
    statements: findStatements(scanned, sentences),
  };
}

/** A browser category the policy names only by channel ("we monitor email") becomes a category suggestion. */
function channelSuggestions(found: readonly KindFound[], named: readonly Suggestion[]): Suggestion[] {
  return found.flatMap((k) => {
    const kind = k.kind;
    if (!isBrowserCategory(kind) || named.some((s) => s.kind === 'category' && s.category === kind)) return [];
    return [
      {
        kind: 'category' as const,
        category: kind,
        label: englishText(categoryNameKey(kind)),
        matched: k.matched,
        sentence: k.sentence,
        negated: k.negated,
        ...(k.frequency ? { frequency: k.frequency } : {}),
      },
    ];
  });
}

/** Every kind the text speaks of: by channel, and by the products and category words it names. */
function mergeKinds(found: readonly KindFound[], named: readonly Suggestion[]): KindFound[] {
  const kinds = new Map(found.map((k) => [k.kind, k]));
  for (const s of named) {
    const seen = kinds.get(s.category);
    if (!seen)
      kinds.set(s.category, { kind: s.category, matched: s.matched, sentence: s.sentence, negated: s.negated });
    else if (seen.negated && !s.negated)
      kinds.set(s.category, { ...seen, matched: s.matched, sentence: s.sentence, negated: false });
  }
  return [...kinds.values()];
}
