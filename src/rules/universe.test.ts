// The vendor universe is data about coverage: it must parse, agree with the rule files in both directions,
// and the committed docs/vendor-universe.md must be what the data renders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../../scripts/read-rule-files';
import { readUniverseFiles } from '../../scripts/read-universe-files';
import { lintRuleFiles } from './lint';
import { parseUniverse, universeCoverage, universeProblems, type Universe } from './universe';
import { renderUniverseDoc } from './universe-doc';
import { RULE_DB_VERSION } from './version';

const { rules } = lintRuleFiles(readRuleFiles());
const input = readUniverseFiles();
const { universe, problems } = parseUniverse(input);

describe('the vendor universe', () => {
  it('parses: every file against the schema, each in the file of its category', () => {
    expect(problems).toEqual([]);
    expect(universe.entries.length).toBeGreaterThan(rules.length);
  });

  it('names only existing rules, of the same category, and every rule appears exactly once', () => {
    expect(universeProblems(universe, rules)).toEqual([]);
    const ruled = universe.entries.flatMap((e) => (e.status === 'ruled' ? e.rules : []));
    expect(new Set(ruled)).toEqual(new Set(rules.map((r) => r.id)));
  });

  it('gives every excluded entry a reason that says what was checked, not just a label', () => {
    for (const entry of universe.entries) {
      if (entry.status === 'excluded')
        expect(entry.reason, entry.product).not.toMatch(/^(not looked at|n\/a|todo|tbd)\b/i);
    }
  });

  it('names each entry by a list that is described with how its candidates were picked', () => {
    const ids = new Set(universe.lists.map((l) => l.id));
    for (const entry of universe.entries)
      for (const listing of entry.lists) expect(ids.has(listing.list), `${entry.product}: ${listing.list}`).toBe(true);
  });

  it('counts coverage from the entries themselves', () => {
    const coverage = universeCoverage(universe);
    expect(coverage.ruled + coverage.excluded + coverage.open).toBe(universe.entries.length);
    expect(coverage.ruled).toBe(universe.entries.filter((e) => e.status === 'ruled').length);
    expect(coverage.byCategory.reduce((n, c) => n + c.open, 0)).toBe(coverage.open);
  });

  it('docs/vendor-universe.md is what `npm run rules:docs` writes', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'vendor-universe.md'), 'utf8');
    expect(committed).toBe(renderUniverseDoc(universe, RULE_DB_VERSION));
  });
});

describe('universe checks catch mistakes', () => {
  const lists = [
    {
      id: 'l',
      title: 'A list',
      url: 'https://example.org/list',
      accessed: '2026-12-05',
      selection: 'every entry of the list, no filter',
    },
  ];
  const rule = { id: 'r', product: 'R', category: 'session_recording' };

  it('rejects a ruled entry naming a missing rule, a rule left out, and an unknown list', () => {
    const bad: Universe = {
      lists,
      entries: [
        {
          product: 'P',
          vendor: 'V',
          category: 'session_recording',
          lists: [{ list: 'nope', name: 'p' }],
          status: 'ruled',
          rules: ['ghost'],
        },
      ],
    };
    const found = universeProblems(bad, [rule]).join('\n');
    expect(found).toContain('unknown list "nope"');
    expect(found).toContain('names rule "ghost", which does not exist');
    expect(found).toContain('rule "r" (R) is missing from the universe');
  });

  it('rejects a category mismatch and a rule claimed twice', () => {
    const entry = { vendor: 'V', lists: [{ list: 'l', name: 'p' }], status: 'ruled' as const, rules: ['r'] };
    const bad: Universe = {
      lists,
      entries: [
        { ...entry, product: 'A', category: 'rum_replay' },
        { ...entry, product: 'B', category: 'session_recording' },
      ],
    };
    const found = universeProblems(bad, [rule]).join('\n');
    expect(found).toContain('rule "r" is session_recording, the entry is rum_replay');
    expect(found).toContain('rule "r" is named by more than one universe entry');
  });

  it('rejects an excluded entry without a reason, an unknown status and a file in the wrong category', () => {
    const { problems: found } = parseUniverse({
      lists: { lists },
      files: [
        {
          fileId: 'rum_replay',
          data: {
            category: 'rum_replay',
            entries: [{ product: 'P', vendor: 'V', lists: [{ list: 'l', name: 'p' }], status: 'excluded' }],
          },
        },
        {
          fileId: 'web_filtering',
          data: {
            category: 'web_filtering',
            entries: [{ product: 'Q', vendor: 'V', lists: [{ list: 'l', name: 'q' }], status: 'maybe' }],
          },
        },
        { fileId: 'digital_adoption', data: { category: 'session_recording', entries: [] } },
      ],
    });
    expect(found.some((p) => p.startsWith('rum_replay.json: entries.0.reason'))).toBe(true);
    expect(found.some((p) => p.startsWith('web_filtering.json: entries.0.status'))).toBe(true);
    expect(found).toContain('digital_adoption.json: category "session_recording" differs from the file name');
  });
});
