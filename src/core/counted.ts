// "1 product", "2 products": a count with its noun in the right plural form for the language, chosen
// with Intl.PluralRules, so no message says "product(s)" or "1 times". Each noun has one message per
// plural category it needs (count_product_one, count_product_other; a language with more categories adds
// count_product_few and so on), and _other is the fallback. Pure: the translator is passed in.
import type { Translate } from './translate';

export const COUNTED_NOUNS = [
  'product',
  'monitoring_product',
  'observation',
  'request',
  'item',
  'file',
  'member',
  'row',
  'export',
  'extension',
  'time',
  'day',
  'visit',
  'site',
  'report',
] as const;
export type CountedNoun = (typeof COUNTED_NOUNS)[number];

const rulesByLocale = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function rulesFor(locale: string) {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    let plural: Intl.PluralRules;
    let number: Intl.NumberFormat;
    try {
      plural = new Intl.PluralRules(locale);
      number = new Intl.NumberFormat(locale);
    } catch {
      plural = new Intl.PluralRules('en');
      number = new Intl.NumberFormat('en');
    }
    rules = { plural, number };
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

export function counted(translate: Translate, locale: string, noun: CountedNoun, n: number): string {
  const { plural, number } = rulesFor(locale);
  const shown = number.format(n);
  const key = `count_${noun}_${plural.select(n)}`;
  const text = translate(key, shown);
  return text && text !== key ? text : translate(`count_${noun}_other`, shown);
}
