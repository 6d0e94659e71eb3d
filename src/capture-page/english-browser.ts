// Stands in for webextension-polyfill in the standalone capture page only (scripts/capture-standalone.ts
// aliases the module to this file): the shared UI reads its words through browser.i18n, and outside an
// extension those words come from _locales/en through englishText. Nothing else of the browser API is here,
// so a component that needed more would fail the standalone build's test, not run half-working.
import { englishText } from '../core/english-text';

const browser = {
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]): string =>
      englishText(
        key,
        ...(substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]),
      ),
    getUILanguage: (): string => 'en',
  },
};

export default browser;
