// A message key written twice in messages.json is a silent bug: JSON keeps the last, the browser may
// keep another, and one of the two texts is never shown. (It happened: "reportSaved" was added twice.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('public/_locales/en/messages.json', () => {
  it('names each message key once', () => {
    const text = readFileSync('public/_locales/en/messages.json', 'utf8');
    const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]!);
    // Every key the parser sees is one the pattern found, so the check below misses none.
    expect(new Set(keys).size).toBe(Object.keys(JSON.parse(text) as object).length);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('names keys only with the characters Chrome accepts (it refuses to load the extension otherwise)', () => {
    const keys = Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object);
    expect(keys.filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });
});
