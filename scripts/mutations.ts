// The named mutations `npm run mutation` applies (scripts/mutation-check.ts): each is one small, precise
// break of a core rule, with the test files that must notice it. `find` must occur exactly once in `file`,
// so an edit elsewhere that moves the code makes the check fail loudly instead of testing nothing.
export interface Mutation {
  name: string;
  file: string;
  find: string;
  replace: string;
  tests: string[];
}

const SEAL_TESTS = ['src/evidence/seal/seal.test.ts'];
const FILTER_TESTS = ['src/evidence/log/aggregate.test.ts'];
const CSV_TESTS = ['src/evidence/export/export-csv.test.ts'];

export const MUTATIONS: Mutation[] = [
  {
    name: 'verify: ignore the link to the previous entry',
    file: 'src/evidence/seal/verify.ts',
    find: 'const follows = previous ? record.prevHash === previous.hash : record.prevHash === GENESIS_HASH;',
    replace: 'const follows = true;',
    tests: SEAL_TESTS,
  },
  {
    name: 'verify: skip the hash check of a sealed record',
    file: 'src/evidence/seal/verify.ts',
    find: 'if (!bodyHashMatches(record, subject, record.hash))',
    replace: 'if (false)',
    tests: SEAL_TESTS,
  },
  {
    name: 'canonical JSON: keys in insertion order',
    file: 'src/evidence/seal/canonical.ts',
    find: 'canonicalMembers(value as Record<string, unknown>, Object.keys(value).sort())',
    replace: 'canonicalMembers(value as Record<string, unknown>, Object.keys(value))',
    tests: SEAL_TESTS,
  },
  {
    name: 'url: accept hosts named like object properties',
    file: 'src/core/url.ts',
    find: '  if (PROPERTY_HOSTS.has(host)) return null;\n',
    replace: '',
    tests: ['src/core/url.test.ts'],
  },
  {
    name: 'url: keep the query string in the path',
    file: 'src/core/url.ts',
    find: "firstOf(url, '?', '#', hostStart)",
    replace: "firstOf(url, '#', '#', hostStart)",
    tests: ['src/core/url.test.ts'],
  },
  {
    name: 'match: no walk up to parent domains',
    file: 'src/rules/match.ts',
    find: 'suffix = suffix.slice(dot + 1);',
    replace: 'break;',
    tests: ['src/rules/match.test.ts'],
  },
  {
    name: 'match: any path matches a path-limited host',
    file: 'src/rules/match.ts',
    find: 'if (regex.test(path)) return pattern;',
    replace: 'return pattern;',
    tests: ['src/rules/match.test.ts'],
  },
  {
    name: 'policy: a declared rule id matches any product',
    file: 'src/policy/compare.ts',
    find: 'if (item.ruleId) return item.ruleId === rule.id;',
    replace: 'if (item.ruleId) return true;',
    tests: ['src/policy/compare.test.ts'],
  },
  {
    name: 'policy: a named product also covers its whole category',
    file: 'src/policy/compare.ts',
    find: 'return !item.product && !item.ruleId && item.category === rule.category;',
    replace: 'return item.category === rule.category;',
    tests: ['src/policy/compare.test.ts'],
  },
  {
    name: 'CSV: no formula defusing',
    file: 'src/evidence/export/export-csv.ts',
    find: "if (/^[=+\\-@\\t\\r]/.test(text)) text = `'${text}`;",
    replace: '',
    tests: CSV_TESTS,
  },
  {
    name: 'CSV: @ not defused',
    file: 'src/evidence/export/export-csv.ts',
    find: '/^[=+\\-@\\t\\r]/',
    replace: '/^[=+\\-\\t\\r]/',
    tests: CSV_TESTS,
  },
  {
    name: 'CSV: a CR does not force quotes',
    file: 'src/evidence/export/export-csv.ts',
    find: '/[",\\r\\n]/',
    replace: '/[",\\n]/',
    tests: CSV_TESTS,
  },
  {
    name: 'date filter: from is exclusive',
    file: 'src/evidence/log/aggregate.ts',
    find: 'row.last >= filter.from',
    replace: 'row.last > filter.from',
    tests: FILTER_TESTS,
  },
  {
    name: 'date filter: to is exclusive',
    file: 'src/evidence/log/aggregate.ts',
    find: 'row.first <= filter.to',
    replace: 'row.first < filter.to',
    tests: FILTER_TESTS,
  },
  {
    name: 'date filter: to compared with last seen',
    file: 'src/evidence/log/aggregate.ts',
    find: 'row.first <= filter.to',
    replace: 'row.last <= filter.to',
    tests: FILTER_TESTS,
  },
  {
    name: 'date filter: a day ends in UTC, not the local zone',
    file: 'src/evidence/log/day-bounds.ts',
    find: 'T23:59:59.999`',
    replace: 'T23:59:59.999Z`',
    tests: FILTER_TESTS,
  },
  {
    name: 'aggregate: a tally replaces the count instead of adding to it',
    file: 'src/evidence/log/aggregate.ts',
    find: 'row.count += entry.count;',
    replace: 'row.count = entry.count;',
    tests: [...FILTER_TESTS, 'src/evidence/log/tally.test.ts'],
  },
  {
    name: 'tally: a repeat observation is not counted',
    file: 'src/evidence/log/tally.ts',
    find: 'count: pending.count + 1,',
    replace: 'count: pending.count,',
    tests: ['src/evidence/log/tally.test.ts'],
  },
  {
    name: 'limits: over-long fields are not cut',
    file: 'src/evidence/log/limits.ts',
    find: 'if (text.length <= max) return text;',
    replace: 'return text;',
    tests: ['src/evidence/log/limits.test.ts', 'src/shared/evidence-db.test.ts'],
  },
  {
    name: 'storage item: writes without checking the schema',
    file: 'src/shared/storage-item.ts',
    find: 'await storage.set({ [key]: z.parse(schema, value) });',
    replace: 'await storage.set({ [key]: value });',
    tests: ['src/shared/storage-item.test.ts', 'src/shared/settings.test.ts'],
  },
  {
    name: 'storage item: a corrupt stored value is read as it is',
    file: 'src/shared/storage-item.ts',
    find: 'if (parsed.success) return parsed.data;',
    replace: 'return raw as z.infer<S>;',
    tests: ['src/shared/storage-item.test.ts', 'src/shared/settings.test.ts'],
  },
  {
    name: 'evidence db: writers not queued',
    file: 'src/shared/evidence-db.ts',
    find: 'const run = queue.then(work);',
    replace: 'const run = work();',
    tests: ['src/shared/evidence-db.test.ts'],
  },
  {
    name: 'evidence db: clearing keeps pending counts',
    file: 'src/shared/evidence-db.ts',
    find: "    await database.clear('pending');\n",
    replace: '',
    tests: ['src/shared/evidence-db.test.ts'],
  },
];
