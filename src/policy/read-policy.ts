// Everything the policy reader takes from a policy's text in one pass over its sentences: the items it
// declares (suggest.ts), the promises it makes (promises.ts) and its policy-wide retention, access and
// rights sentences (statements.ts). Pure, bounded, and run in a worker by the options page.
import type { RuleSummary } from '../rules/catalog';
import { findPromises, type PromiseFound } from './promises';
import { findStatements, type PolicyStatementsFound } from './statements';
import { sentencesOf, suggestInSentences, type Suggestion } from './suggest';

export interface PolicyReading {
  suggestions: Suggestion[];
  promises: PromiseFound[];
  statements: PolicyStatementsFound;
}

export function readPolicyText(text: string, catalog: ReadonlyMap<string, RuleSummary>): PolicyReading {
  if (typeof text !== 'string' || text.length === 0 || typeof catalog?.values !== 'function') return { suggestions: [], promises: [], statements: {} };
  const { scanned, sentences } = sentencesOf(text);
  const suggestions = suggestInSentences(scanned, sentences, catalog);
  return { suggestions, promises: findPromises(scanned, sentences, suggestions), statements: findStatements(scanned, sentences) };
}
