// `npm run rules:coverage`: products per category, how much of the vendor universe is covered (ruled /
// excluded with a reason / open), and how many products a real vendor SDK proves in the e2e suite.
import { lintRuleFiles } from '../src/rules/lint';
import { parseUniverse, universeCoverage, universeProblems } from '../src/rules/universe';
import { CATEGORY_IDS } from '../src/core/taxonomy';
import { readRuleFiles } from './read-rule-files';
import { readUniverseFiles, sdkProvenRuleIds } from './read-universe-files';

const { rules, problems } = lintRuleFiles(readRuleFiles());
const { universe, problems: parseProblems } = parseUniverse(readUniverseFiles());
const all = [...problems, ...parseProblems, ...universeProblems(universe, rules)];
for (const problem of all) console.error(`✗ ${problem}`);
const coverage = universeCoverage(universe);
const pad = (text: string | number, width: number) => String(text).padEnd(width);

console.log(`Sourced products (rules): ${rules.length}`);
console.log('');
console.log(`${pad('category', 28)}${pad('rules', 7)}${pad('universe ruled', 16)}${pad('excluded', 10)}open`);
for (const row of coverage.byCategory) {
  const ruleCount = CATEGORY_IDS.includes(row.category as (typeof CATEGORY_IDS)[number])
    ? rules.filter((r) => r.category === row.category).length
    : '-';
  console.log(`${pad(row.category, 28)}${pad(ruleCount, 7)}${pad(row.ruled, 16)}${pad(row.excluded, 10)}${row.open}`);
}
const total = universe.entries.length;
const percent = (n: number) => (total === 0 ? '0.0' : ((100 * n) / total).toFixed(1));
console.log('');
console.log(`Universe: ${total} products named by ${universe.lists.length} lists`);
console.log(`  ruled:                 ${coverage.ruled} (${percent(coverage.ruled)}%)`);
console.log(`  excluded with reason:  ${coverage.excluded} (${percent(coverage.excluded)}%)`);
console.log(`  open:                  ${coverage.open} (${percent(coverage.open)}%)`);
const monitoring = universe.entries.filter((e) => e.category !== 'not_monitoring');
const monitoringRuled = monitoring.filter((e) => e.status === 'ruled').length;
console.log(
  `  monitoring products (not_monitoring left out): ${monitoring.length}, of which ruled ${monitoringRuled} (${((100 * monitoringRuled) / Math.max(1, monitoring.length)).toFixed(1)}%)`,
);
const proven = sdkProvenRuleIds();
const known = new Set(rules.map((r) => r.id));
console.log('');
console.log(
  `Proven by a real vendor SDK in e2e (tests/e2e/vendor-sdks.e2e.test.ts): ${proven.filter((id) => known.has(id)).length} (${proven.join(', ')})`,
);
process.exit(all.length > 0 ? 1 : 0);
