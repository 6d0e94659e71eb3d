// The capture engine for Node (the `sightline` command): rules and platform features read from the rule
// files, checked the way the build checks them, so the command matches what the extension ships.
import packageJson from '../package.json' with { type: 'json' };
import { makeCaptureEngine, type CaptureEngine } from '../src/capture/engine';
import { lintRuleFiles } from '../src/rules/lint';
import { lintFeatureFiles, summariseFeature } from '../src/rules/platform-feature';
import { RULE_DB_VERSION } from '../src/rules/version';
import { FEATURE_DIR, readRuleFiles } from './read-rule-files';

export function captureEngineFromFiles(): CaptureEngine {
  const { rules, problems } = lintRuleFiles(readRuleFiles());
  const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
  problems.push(...features.problems);
  if (problems.length > 0)
    throw new Error(`the rule database has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return makeCaptureEngine(rules, features.features.map(summariseFeature), RULE_DB_VERSION, packageJson.version);
}
