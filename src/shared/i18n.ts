// UI strings come from _locales via browser.i18n, so a translation is one file.
import browser from 'webextension-polyfill';
import { counted, type CountedNoun } from '../core/counted';

export function t(key: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** "1 product", "3 products", in the browser's UI language (shared/counted.ts). */
export function tc(noun: CountedNoun, n: number): string {
  return counted(t, browser.i18n.getUILanguage(), noun, n);
}

/** The browser's UI language, for plurals and lists made in pure code (counted.ts, Intl.ListFormat). */
export const uiLanguage = (): string => browser.i18n.getUILanguage();
