// The rule set read straight from src/rules/vendors (for Node scripts, which cannot use the Vite bundle).
import { compileRules } from '../src/rules/compile';
import { lintRuleFiles } from '../src/rules/lint';
import type { Rule } from '../src/rules/schema';
import { readRuleFiles } from './read-rule-files';

export function bundledRuleIndexFromFiles(): ReadonlyMap<string, Rule> {
  return compileRules(lintRuleFiles(readRuleFiles()).rules).rules;
}
