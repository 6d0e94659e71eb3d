// `npm run mutation`: proves the core tests can fail. For each named mutation (scripts/mutations.ts) it
// edits the source in place, runs the covering test files with vitest, and restores the file in a
// `finally` (also when vitest is interrupted). "killed": the tests failed, as they should; "SURVIVED":
// they still passed, so they do not guard that rule. Exits 1 if any mutation survived or could not be
// applied. Too slow for `npm test` (one vitest run per mutation); see docs/testing.md.
// `npm run mutation -- --only <text>` runs the mutations whose name contains <text>.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { MUTATIONS, type Mutation } from './mutations';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const chosen = MUTATIONS.filter((m) => !only || m.name.includes(only));
const files = [...new Set(chosen.map((m) => m.file))];

// Refuse to start if a mutated file has uncommitted changes: the restore must give back what is committed.
const dirty = execFileSync('git', ['status', '--porcelain', '--', ...files], { encoding: 'utf8' }).trim();
if (dirty) {
  console.error(`mutation-check: commit or stash these first, they are restored from disk as they are:\n${dirty}`);
  process.exit(2);
}

function runTests(tests: string[]): boolean {
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...tests], {
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
  });
  // Ctrl-C reaches vitest too; stop here (the caller's finally restores the file) rather than count it.
  if (run.signal) throw new Error(`vitest was stopped by ${run.signal}; the mutated file has been restored`);
  return run.status === 0;
}

function occurrences(text: string, find: string): number {
  return text.split(find).length - 1;
}

type Outcome = 'killed' | 'SURVIVED' | 'NOT APPLIED';

function check(mutation: Mutation): Outcome {
  const original = readFileSync(mutation.file, 'utf8');
  const count = occurrences(original, mutation.find);
  if (count !== 1) {
    console.error(`  "${mutation.find}" occurs ${count} times in ${mutation.file} (must be once)`);
    return 'NOT APPLIED';
  }
  try {
    writeFileSync(
      mutation.file,
      original.replace(mutation.find, () => mutation.replace),
    );
    return runTests(mutation.tests) ? 'SURVIVED' : 'killed';
  } finally {
    writeFileSync(mutation.file, original);
  }
}

// The tests must pass on the unmutated code, or every mutation would look killed.
const allTests = [...new Set(chosen.flatMap((m) => m.tests))];
if (!runTests(allTests)) {
  console.error(
    `mutation-check: the covering tests fail before any mutation; fix them first:\n  ${allTests.join('\n  ')}`,
  );
  process.exit(2);
}

const rows: [string, Outcome, string][] = [];
for (const mutation of chosen) {
  const outcome = check(mutation);
  rows.push([mutation.name, outcome, mutation.tests.join(' ')]);
  console.log(`${outcome.padEnd(11)} ${mutation.name}`);
}

console.log('\n| mutation | result | tests |\n|---|---|---|');
for (const [name, outcome, tests] of rows) console.log(`| ${name} | ${outcome} | ${tests} |`);
const bad = rows.filter(([, outcome]) => outcome !== 'killed').length;
console.log(`\n${rows.length - bad} of ${rows.length} mutations killed.`);
process.exit(bad > 0 ? 1 : 0);
