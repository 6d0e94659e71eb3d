// A translator: browser.i18n.getMessage in extension pages, englishText (rules/english-text.ts) in pure code.
export type Translate = (key: string, ...substitutions: string[]) => string;
