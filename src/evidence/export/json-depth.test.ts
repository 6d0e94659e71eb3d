import { describe, expect, it } from 'vitest';
import { firstTooDeep } from './json-depth';

describe('firstTooDeep', () => {
  it('finds where a text first nests deeper than the limit, not counting brackets inside strings', () => {
    expect(firstTooDeep('{"a":[1,{"b":[]}]}', 4)).toBe(-1);
    expect(firstTooDeep('{"a":[1,{"b":[]}]}', 3)).toBe(13);
    expect(firstTooDeep('["[[[[", "\\"[[[[", "\\\\", [[]]]', 3)).toBe(-1);
    expect(firstTooDeep('["\\\\"[[[[[]]]]]]', 3)).toBe(7);
    expect(firstTooDeep('['.repeat(1_000_000), 64)).toBe(64);
  });

  it('leaves malformed text to JSON.parse', () => {
    expect(firstTooDeep('["unterminated', 1)).toBe(-1);
  });
});
