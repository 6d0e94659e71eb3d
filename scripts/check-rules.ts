// `npm run rules:check`: validate every rule file and its examples; print each problem, exit 1 on any.
import { lintRuleFiles } from '../src/rules/lint';
import { lintFeatureFiles } from '../src/rules/platform-feature';
import { vendorDomainProblems } from '../src/rules/vendor-domains';
import { registrableDomain } from './registrable-domain';
import { parseUniverse, universeCoverage, universeProblems } from '../src/rules/universe';
import { lintRetired } from '../src/rules/retired';
import { FEATURE_DIR, readRetiredFile, readRuleFiles } from './read-rule-files';
import { readUniverseFiles } from './read-universe-files';

const { rules, problems } = lintRuleFiles(readRuleFiles());
problems.push(...vendorDomainProblems(rules, registrableDomain));
for (const problem of problems) console.error(`✗ ${problem}`);
const categories = new Map<string, number>();
for (const rule of rules) categories.set(rule.category, (categories.get(rule.category) ?? 0) + 1);
console.log(`${rules.length} rules; by category: ${[...categories].map(([c, n]) => `${c}=${n}`).join(' ')}`);
const features = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));
for (const problem of features.problems) console.error(`✗ ${problem}`);
console.log(`${features.features.length} platform features (informational, server-side)`);
const retired = lintRetired(readRetiredFile(), new Set(rules.map((r) => r.id)));
for (const problem of retired.problems) console.error(`✗ ${problem}`);
console.log(`${retired.retired.length} retired products (named in old evidence, no longer detected)`);
const { universe, problems: universeParse } = parseUniverse(readUniverseFiles());
const universeAll = [...universeParse, ...universeProblems(universe, rules)];
for (const problem of universeAll) console.error(`✗ universe: ${problem}`);
const coverage = universeCoverage(universe);
console.log(
  `vendor universe: ${universe.entries.length} products (${coverage.ruled} ruled, ${coverage.excluded} excluded, ${coverage.open} open)`,
);
process.exit(problems.length + features.problems.length + retired.problems.length + universeAll.length > 0 ? 1 : 0);
