// `npm run rules:docs`: regenerate docs/vendors.md from the rule files and platform features.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFeatureFiles } from '../src/rules/platform-feature';
import { lintRuleFiles } from '../src/rules/lint';
import { RULE_DB_VERSION } from '../src/rules/version';
import { renderVendorsDoc } from '../src/rules/vendors-doc';
import { FEATURE_DIR, readRuleFiles } from './read-rule-files';

const { rules, problems } = lintRuleFiles(readRuleFiles());
const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
if (problems.length + features.problems.length > 0) {
  console.error('fix the rule files first (npm run rules:check)');
  process.exit(1);
}
const target = join(import.meta.dirname, '..', 'docs', 'vendors.md');
writeFileSync(target, renderVendorsDoc(rules, features.features, RULE_DB_VERSION));
console.log(`wrote ${target}`);
