// The engine a capture is scanned with: the same compiled rule index, catalog and platform features the
// extension ships. Extension pages build it from the bundled modules (bundled-engine.ts), Node scripts
// from the rule files (scripts/capture-engine.ts), so both run one set of rules.
import { summariseRule, type RuleSummary } from '../rules/catalog';
import { compileRules, type CompiledRules } from '../rules/compile';
import type { FeatureSummary } from '../rules/feature-summary';
import type { Rule } from '../rules/schema';

export interface CaptureEngine {
  index: CompiledRules;
  catalog: ReadonlyMap<string, RuleSummary>;
  features: readonly FeatureSummary[];
  ruleDbVersion: string;
  /** The version of Sightline that scanned ("0.2.0"). */
  toolVersion: string;
}

export function makeCaptureEngine(
  rules: readonly Rule[],
  features: readonly FeatureSummary[],
  ruleDbVersion: string,
  toolVersion: string,
): CaptureEngine {
  const index = compileRules(rules);
  return {
    index,
    catalog: new Map([...index.rules.values()].map((rule) => [rule.id, summariseRule(rule)])),
    features,
    ruleDbVersion,
    toolVersion,
  };
}
