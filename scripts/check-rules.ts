// `npm run rules:check`: validate every rule file and its examples; print each problem, exit 1 on any.
import { lintRuleFiles } from '../src/rules/lint';
import { lintFeatureFiles } from '../src/rules/platform-feature';
import { FEATURE_DIR, readRuleFiles } from './read-rule-files';

const { rules, problems } = lintRuleFiles(readRuleFiles());
for (const problem of problems) console.error(`✗ ${problem}`);
const categories = new Map<string, number>();
for (const rule of rules) categories.set(rule.category, (categories.get(rule.category) ?? 0) + 1);
console.log(`${rules.length} rules; by category: ${[...categories].map(([c, n]) => `${c}=${n}`).join(' ')}`);
const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
for (const problem of features.problems) console.error(`✗ ${problem}`);
console.log(`${features.features.length} platform features (informational, server-side)`);
process.exit(problems.length + features.problems.length > 0 ? 1 : 0);
