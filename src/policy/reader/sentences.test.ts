// The sentence splitter must be linear: it reads whatever text a worker pastes or a page hands over,
// and a regex that backtracked over runs of punctuation once took more than 10 minutes on 1 MB of
// dots (issue 13). Completion is asserted, not timing: a quadratic splitter never finishes here.
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { nextSentenceEnd, splitSentences } from './sentences';
import { MAX_SCAN_CHARS, suggestDeclaredItems } from './suggest';

const MB = 1_000_000;
const spans = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const whole = (text: string) => [{ start: 0, end: text.length, bullet: false, underNegatedLeadIn: false }];

describe('splitSentences on 1 MB of hostile text', () => {
  it('reads 1 MB of dots as one sentence', () => {
    const text = '.'.repeat(MB);
    expect(splitSentences(text)).toEqual(whole(text));
  }, 30_000);

  it('reads 1 MB of mixed "!?." as one sentence', () => {
    const text = '!?.…'.repeat(MB / 4);
    expect(splitSentences(text)).toEqual(whole(text));
  }, 30_000);

  it('ends a sentence after a 1 MB run of dots when a capital follows', () => {
    const text = `A${'.'.repeat(MB)} B`;
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([
      [0, MB + 1],
      [MB + 2, MB + 3],
    ]);
  }, 30_000);

  it('reads 1 MB of spaces as no sentence, and a dot before 1 MB of spaces as one', () => {
    expect(splitSentences(' '.repeat(MB))).toEqual([]);
    const text = `.${' '.repeat(MB)}x`;
    expect(splitSentences(text)).toEqual(whole(text));
    expect(spans(`Yes.${' '.repeat(MB)}No.`)).toEqual(['Yes.', 'No.']);
  }, 30_000);

  it('reads dots and spaces, digits and numbered points', () => {
    const dotsAndSpaces = '. '.repeat(MB / 2);
    expect(spans(dotsAndSpaces)).toEqual([dotsAndSpaces.trim()]);
    const digits = '7'.repeat(MB);
    expect(splitSentences(digits)).toEqual(whole(digits));
    const numbered = '1. '.repeat(333_333);
    // The first "1. " is the block's number marker, left out; every later one is a sentence.
    expect(splitSentences(numbered)).toHaveLength(333_332);
    expect(spans(numbered).every((s) => s === '1.')).toBe(true);
  }, 30_000);

  it('reads 1 MB of bullets in running text and of repeated words', () => {
    expect(splitSentences('•'.repeat(MB))).toEqual([]);
    const words = 'monitoring '.repeat(MB / 11);
    expect(spans(words)).toEqual([words.trim()]);
  }, 30_000);

  it('finds the sentence ends the regex it replaced found', () => {
    // The old pattern, kept here as the specification of where a sentence ends.
    const OLD = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|[•◦▪‣]/gu;
    const alphabet = ['.', '!', '?', '…', '"', '”', ')', '(', ' ', '  ', 'a', 'B', '7', '•', 'e.g', '\u00a0', '\n'];
    let seed = 13;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 30) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const expected = [...text.matchAll(OLD)].map((m) => [m.index, m.index + m[0].length]);
      const found: number[][] = [];
      for (let end = nextSentenceEnd(text, 0); end; end = nextSentenceEnd(text, end.to)) found.push([end.at, end.to]);
      expect(found, JSON.stringify(text)).toEqual(expected);
    }
  });
});

describe('suggestDeclaredItems on 1 MB of hostile text', () => {
  const suggest = (text: string) => suggestDeclaredItems(text, ruleCatalog);

  it.each([
    ['dots', '.'.repeat(MB)],
    ['"!?." mixes', '!?.'.repeat(MB / 3)],
    ['spaces', `We use ${' '.repeat(MB)}Hotjar.`],
    ['digits', '1234567890'.repeat(MB / 10)],
    ['one long word', 'a'.repeat(MB)],
    ['"isn\'t" after a long word', `${'n'.repeat(MB)}'t`],
  ])(
    'completes on %s',
    (_name, text) => {
      expect(() => suggest(text)).not.toThrow();
    },
    30_000,
  );

  it('names a repeated product once', () => {
    const suggestions = suggest('We use Hotjar and we do not use Hotjar. '.repeat(MB / 40));
    expect(suggestions.filter((s) => s.ruleId === 'hotjar')).toHaveLength(1);
  }, 30_000);

  it('reads at most 1,000,000 characters', () => {
    expect(MAX_SCAN_CHARS).toBe(1_000_000);
    expect(suggest(`${'.'.repeat(MAX_SCAN_CHARS)} We use Hotjar.`)).toEqual([]);
  }, 30_000);
});
