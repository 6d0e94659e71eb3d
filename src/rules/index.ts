// The rule database as shipped: validated and bundled at build time (scripts/vite-plugin-rules.ts),
// compiled into lookup maps once per context at start-up.
import bundledRules from 'virtual:sightline-rules';
import { compileRules, type CompiledRules } from './compile';
import type { Rule } from './schema';

/** Bump on every change to the rule files; see src/rules/CHANGELOG.md. */
export const RULE_DB_VERSION = '2026.11.22';

export function loadRules(rules: readonly Rule[] = bundledRules): CompiledRules {
  return compileRules(rules);
}
