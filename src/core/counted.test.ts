import { describe, expect, it } from 'vitest';
import englishMessages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { englishText } from './english-text';
import { COUNTED_NOUNS, counted } from './counted';

const messages = englishMessages as Record<string, { message: string }>;

describe('counted nouns', () => {
  it('every noun has a singular and a plural, and no message writes "(s)"', () => {
    const missing = COUNTED_NOUNS.flatMap((noun) => [`count_${noun}_one`, `count_${noun}_other`]).filter(
      (key) => !messages[key],
    );
    expect(missing).toEqual([]);
    const hedged = Object.entries(messages)
      .filter(([, m]) => /\w\(s\)/.test(m.message))
      .map(([key]) => key);
    expect(hedged).toEqual([]);
  });

  it('says "1 product", "0 products", "2 products" and "1,234 observations" in English', () => {
    expect(counted(englishText, 'en', 'product', 1)).toBe('1 product');
    expect(counted(englishText, 'en', 'product', 0)).toBe('0 products');
    expect(counted(englishText, 'en', 'product', 2)).toBe('2 products');
    expect(counted(englishText, 'en', 'observation', 1234)).toBe('1,234 observations');
    expect(counted(englishText, 'en', 'time', 1)).toBe('1 time');
  });

  it('falls back to the "other" form where a language has a category English does not (Polish "few")', () => {
    // Intl says 3 is "few" in Polish; there is no count_product_few in the English messages.
    expect(new Intl.PluralRules('pl').select(3)).toBe('few');
    expect(counted(englishText, 'pl', 'product', 3)).toBe('3 products');
  });

  it('an unknown locale tag falls back to English rules instead of throwing', () => {
    expect(counted(englishText, 'not a locale!', 'product', 1)).toBe('1 product');
  });
});
