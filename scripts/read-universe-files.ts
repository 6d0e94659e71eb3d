// Node-side reader for the vendor universe (src/rules/universe): the list file and one file per category.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UniverseInput } from '../src/rules/universe';

export const UNIVERSE_DIR = join(import.meta.dirname, '..', 'src', 'rules', 'universe');
const LISTS_FILE = 'lists.json';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { __parseError: String(error) };
  }
}

export function readUniverseFiles(dir = UNIVERSE_DIR): UniverseInput {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== LISTS_FILE)
    .sort()
    .map((name) => ({ fileId: name.slice(0, -'.json'.length), data: readJson(join(dir, name)) }));
  return { lists: readJson(join(dir, LISTS_FILE)), files };
}

/** Rule ids whose real vendor SDK is loaded unmodified and detected in tests/e2e/vendor-sdks.e2e.test.ts. */
export function sdkProvenRuleIds(): string[] {
  const text = readFileSync(join(import.meta.dirname, '..', 'tests', 'e2e', 'vendor-sdks.e2e.test.ts'), 'utf8');
  return [...new Set([...text.matchAll(/ruleId: '([a-z0-9-]+)'/g)].map((m) => m[1]!))].sort();
}
