// `npm run rules:docs`: regenerate docs/vendors.md from the rule files and platform features, and
// docs/vendor-universe.md from the vendor universe.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFeatureFiles } from '../src/rules/platform-feature';
import { lintRuleFiles } from '../src/rules/lint';
import { parseUniverse, universeProblems } from '../src/rules/universe';
import { renderUniverseDoc } from '../src/rules/universe-doc';
import { RULE_DB_VERSION } from '../src/rules/version';
import { renderVendorsDoc } from '../src/rules/vendors-doc';
import { FEATURE_DIR, readRuleFiles } from './read-rule-files';
import { readUniverseFiles } from './read-universe-files';

const { rules, problems } = lintRuleFiles(readRuleFiles());
const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
const { universe, problems: universeParse } = parseUniverse(readUniverseFiles());
const universeCheck = universeProblems(universe, rules);
for (const problem of [...universeParse, ...universeCheck]) console.error(`✗ universe: ${problem}`);
if (problems.length + features.problems.length + universeParse.length + universeCheck.length > 0) {
  console.error('fix the rule and universe files first (npm run rules:check)');
  process.exit(1);
}
const docs = join(import.meta.dirname, '..', 'docs');
writeFileSync(join(docs, 'vendors.md'), renderVendorsDoc(rules, features.features, RULE_DB_VERSION));
writeFileSync(join(docs, 'vendor-universe.md'), renderUniverseDoc(universe, RULE_DB_VERSION));
console.log(`wrote ${join(docs, 'vendors.md')} and ${join(docs, 'vendor-universe.md')}`);
