// Precision: ordinary third-party traffic, CDNs and the work platforms' own pages and assets must produce
// no detection at all (tests/fixtures/precision-corpus.txt; add a line when a false positive is found).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules';
import { matchRequest } from './match';

const corpus = readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'precision-corpus.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const index = loadRules();

describe('the precision corpus', () => {
  it('has at least 2,000 distinct real-world URLs of ordinary traffic', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(corpus).size).toBe(corpus.length);
  });

  it.each(corpus)('%s matches no rule', (url) => {
    expect(matchRequest(index, { url, type: 'script' }).map((d) => d.ruleId)).toEqual([]);
  });
});
