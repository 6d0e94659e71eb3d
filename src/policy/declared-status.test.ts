import { describe, expect, it } from 'vitest';
import {
  BY_CONCERN,
  COMPARED_STATUSES,
  PERSISTED_DECLARED,
  comparedStatus,
  concernRank,
  fromPersistedDeclared,
  recordedReplaces,
  toPersistedDeclared,
  type DeclaredStatus,
} from './declared-status';
import type { DeclaredItem } from './declaration';

const ALL: DeclaredStatus[] = ['product', 'category', 'undeclared', 'no-policy'];

describe('the declared status at the log entry boundary', () => {
  it('maps every status in memory to the persisted word and back', () => {
    expect(ALL.map(toPersistedDeclared)).toEqual(['product', 'category', 'no', undefined]);
    for (const status of ALL) expect(fromPersistedDeclared(toPersistedDeclared(status))).toBe(status);
  });

  it('maps every persisted word to memory and back, unchanged', () => {
    for (const word of PERSISTED_DECLARED) expect(toPersistedDeclared(fromPersistedDeclared(word))).toBe(word);
    expect(fromPersistedDeclared('no')).toBe('undeclared');
  });

  it('reads a missing field or a word it does not know as "no policy"', () => {
    for (const odd of [undefined, null, '', 'undeclared', 'yes', 'constructor', '__proto__', 1])
      expect(fromPersistedDeclared(odd), String(odd)).toBe('no-policy');
  });

  it('stores compared statuses in tab reports and captures as they are spelled in memory', () => {
    expect([...COMPARED_STATUSES]).toEqual(ALL.filter((s) => s !== 'no-policy'));
  });
});

describe('statuses from a comparison', () => {
  it('says how a finding was declared, or undeclared', () => {
    // comparedStatus reads only how it was declared, never the item.
    const item = { id: 'a', product: 'Hotjar' } as DeclaredItem;
    expect(comparedStatus({ status: 'declared', by: 'product', item })).toBe('product');
    expect(comparedStatus({ status: 'declared', by: 'category', item })).toBe('category');
    expect(comparedStatus({ status: 'undeclared' })).toBe('undeclared');
  });
});

describe('the order of concern', () => {
  it('puts undeclared first and no policy last, and any other word after them', () => {
    expect([...ALL].sort((a, b) => concernRank(a) - concernRank(b))).toEqual([...BY_CONCERN]);
    expect(BY_CONCERN).toEqual(['undeclared', 'category', 'product', 'no-policy']);
    expect(concernRank('something else')).toBeGreaterThan(concernRank('no-policy'));
  });
});

describe('recordedReplaces', () => {
  const at = (status: DeclaredStatus, statusAt: number) => ({ status, statusAt });
  it('prefers a comparison with a policy to "no policy", whenever either was recorded', () => {
    expect(recordedReplaces(at('no-policy', 900), at('undeclared', 100))).toBe(true);
    expect(recordedReplaces(at('product', 100), at('no-policy', 900))).toBe(false);
  });
  it('then the later one, keeping the held status on a tie', () => {
    expect(recordedReplaces(at('product', 100), at('undeclared', 200))).toBe(true);
    expect(recordedReplaces(at('undeclared', 200), at('product', 100))).toBe(false);
    expect(recordedReplaces(at('product', 200), at('undeclared', 200))).toBe(false);
    expect(recordedReplaces(at('no-policy', 100), at('no-policy', 200))).toBe(true);
  });
});
