// The part of a rule the UI shows (name, category, capabilities, notes), shipped to extension pages as
// a small catalog (`virtual:sightline-catalog`) instead of the whole rule database.
import type { Rule } from './schema';

export type RuleSummary = Pick<
  Rule,
  'id' | 'vendor' | 'product' | 'aliases' | 'category' | 'capabilities' | 'identifies_user' | 'confidence' | 'notes'
>;

export function summariseRule(rule: Rule): RuleSummary {
  const { id, vendor, product, aliases, category, capabilities, identifies_user, confidence, notes } = rule;
  return { id, vendor, product, aliases, category, capabilities, identifies_user, confidence, notes };
}
