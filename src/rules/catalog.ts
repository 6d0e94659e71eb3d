// The part of a rule the UI shows (name, category, capabilities, notes, and the sources behind what it can
// capture), shipped to extension pages as a small catalog (`virtual:sightline-catalog`) instead of the
// whole rule database (signals and examples stay out).
import type { CapabilityId } from '../core/taxonomy';
import type { Rule, Source } from './schema';

/**
 * A public source the rule cites, as a reader checks it: the page, when it was read, and which of the
 * product's capabilities it documents (empty for sources written before sources named capabilities: they
 * back the rule as a whole, not one capability).
 */
export interface Citation {
  title: string;
  url: string;
  kind: Source['kind'];
  accessed: string;
  capabilities: CapabilityId[];
}

export type RuleSummary = Pick<
  Rule,
  'id' | 'vendor' | 'product' | 'aliases' | 'category' | 'capabilities' | 'identifies_user' | 'confidence' | 'notes'
> & {
  citations: Citation[];
  /** Set for a product no longer detected (src/rules/retired.json): the day its rule was retired. */
  retired?: string;
};

export function summariseRule(rule: Rule): RuleSummary {
  const { id, vendor, product, aliases, category, capabilities, identifies_user, confidence, notes } = rule;
  const citations = rule.sources.map(({ title, url, kind, accessed, capabilities: documented }) => ({
    title,
    url,
    kind,
    accessed,
    capabilities: (documented ?? []).filter((c) => capabilities.includes(c)),
  }));
  return { id, vendor, product, aliases, category, capabilities, identifies_user, confidence, notes, citations };
}

/** The citations that document one capability of a product (none for rules not yet reviewed). */
export const citationsFor = (citations: readonly Citation[], capability: string): Citation[] =>
  citations.filter((c) => (c.capabilities as readonly string[]).includes(capability));

/** The addresses of the sources that document a capability, for any of these products (no repeats). */
export function sourcesDocumenting(rules: readonly (RuleSummary | undefined)[], capability: string): string[] {
  const urls = rules.flatMap((rule) => (rule ? citationsFor(rule.citations, capability).map((c) => c.url) : []));
  return [...new Set(urls)];
}
