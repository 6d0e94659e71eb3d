// A translator: browser.i18n.getMessage in extension pages, englishText (core/english-text.ts) in pure code.
export type Translate = (key: string, ...substitutions: string[]) => string;
