// The hand-written envelope guard accepts exactly what makeEnvelope builds and nothing a sender could
// dress up as one; payloadSize measures plain data and refuses what is not.
import { describe, expect, it } from 'vitest';
import { isEnvelope, makeEnvelope, MESSAGE_NAMES, payloadSize } from './envelope';

describe('isEnvelope', () => {
  it('accepts every envelope makeEnvelope builds, with or without a payload key', () => {
    for (const name of MESSAGE_NAMES) expect(isEnvelope(makeEnvelope(name, { any: 1 }))).toBe(true);
    expect(isEnvelope({ sightline: 1, name: 'clear-evidence' })).toBe(true);
  });

  it('refuses other versions, unknown or inherited names, extra keys, arrays and getters', () => {
    expect(isEnvelope({ sightline: '1', name: 'clear-evidence', payload: {} })).toBe(false);
    expect(isEnvelope({ sightline: 1, name: 'hasOwnProperty', payload: {} })).toBe(false);
    expect(isEnvelope(Object.assign(Object.create({ name: 'clear-evidence' }), { sightline: 1 }))).toBe(false);
    expect(isEnvelope({ sightline: 1, name: 'clear-evidence', payload: {}, reply: 'x' })).toBe(false);
    expect(isEnvelope([1, 'clear-evidence', {}])).toBe(false);
    const withGetter = { sightline: 1, payload: {} };
    Object.defineProperty(withGetter, 'name', { get: () => 'clear-evidence', enumerable: true });
    expect(isEnvelope(withGetter)).toBe(false);
  });
});

describe('payloadSize', () => {
  it('counts characters of JSON, and refuses a cycle or a BigInt as not plain data', () => {
    expect(payloadSize({ a: 'xy' })).toBe('{"a":"xy"}'.length);
    expect(payloadSize(undefined)).toBe(0);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(payloadSize(cyclic)).toBeNull();
    expect(payloadSize({ n: 1n })).toBeNull();
  });
});
