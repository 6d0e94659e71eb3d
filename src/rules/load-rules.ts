// The rule database as shipped: validated and bundled at build time (scripts/vite-plugin-rules.ts),
// compiled into lookup maps once per context at start-up.
import bundledRules from 'virtual:sightline-rules';
import { compileRules, type CompiledRules } from './compile';
import type { Rule } from './schema';

export function loadRules(rules: readonly Rule[] = bundledRules): CompiledRules {
  return compileRules(rules);
}
