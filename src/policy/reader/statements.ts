// The policy-wide sentences that answer three of the ICO's transparency points: how long monitoring data
// is kept, who can see it, and how a worker can see and challenge it. Policies usually say these once
// for everything, not per tool, so they are read from the text as a whole. The first sentence that
// answers each point is taken; a person confirms it before it becomes part of the declaration.
import { quoteSentence, sentenceAt, type Sentence } from './sentences';

export type StatementPoint = 'retention' | 'access' | 'rights';

const STATEMENT_WORDS: Readonly<Record<StatementPoint, RegExp>> = {
  retention:
    /\b(?:retain(?:ed|s)?|retention|kept for|stored for|keep (?:it|this|the \w+|such \w+) for|deleted (?:after|within)|held for|destroyed after)\b/giu,
  access:
    /\b(?:(?:access|available) (?:to|by) (?:this |the |such |monitoring )?(?:data|information|records|recordings)|accessed (?:only )?by|who (?:can|will|may) (?:see|view|access)|(?:only (?:be )?)?(?:seen|viewed|accessed|reviewed|heard|listened to) only by|only (?:be )?(?:seen|viewed|accessed|reviewed|heard) by|have access to (?:this|the|such|monitoring))\b/giu,
  rights:
    /\b(?:subject access|right (?:to|of) (?:access|object|rectification|erasure|complain|challenge)|rights under (?:the )?(?:UK GDPR|GDPR|data protection)|complain(?:t)? to the (?:Information Commissioner|ICO)|challenge (?:it|this|the (?:data|decision|monitoring|information|records))|(?:a )?copy of (?:the |your )?(?:personal )?(?:data|information) (?:held|we hold|kept)|raise a (?:concern|complaint|grievance))\b/giu,
};

export type PolicyStatementsFound = Partial<Record<StatementPoint, string>>;

export function findStatements(text: string, sentences: readonly Sentence[]): PolicyStatementsFound {
  const found: PolicyStatementsFound = {};
  for (const [point, words] of Object.entries(STATEMENT_WORDS) as [StatementPoint, RegExp][]) {
    words.lastIndex = 0;
    const match = words.exec(text);
    if (!match) continue;
    found[point] = quoteSentence(text, sentenceAt(sentences, match.index), match.index, match.index + match[0].length);
  }
  return found;
}
