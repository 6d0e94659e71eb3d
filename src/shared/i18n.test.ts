// Every message key the UI asks for exists in _locales/en, and every taxonomy term has its words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { englishText } from '../core/english-text';
import { CAPABILITY_IDS, CATEGORY_IDS, capabilityKey, categoryNameKey, categoryPlainKey } from '../core/taxonomy';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.tsx?$/.test(name) && !name.endsWith('.test.ts')
        ? [path]
        : [];
  });
}

const keys = new Set(Object.keys(messages));

describe('_locales/en/messages.json', () => {
  it('has every key the code asks for with t("…")', () => {
    const src = join(import.meta.dirname, '..');
    const used = sourceFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(30);
    expect([...new Set(used)].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has words for every category, capability, confidence and source', () => {
    const needed = [
      ...CATEGORY_IDS.flatMap((c) => [categoryNameKey(c), categoryPlainKey(c)]),
      ...CAPABILITY_IDS.map(capabilityKey),
      ...['high', 'medium', 'low'].map((c) => `confidence_${c}`),
      ...['network', 'page', 'page_timing', 'browser'].map((s) => `source_${s}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('fills placeholders the way browser.i18n does', () => {
    expect(englishText('verdictSeen', '2 products', 'contoso.sharepoint.com')).toBe(
      'Monitoring active here: 2 products seen on contoso.sharepoint.com.',
    );
    expect(englishText('category_session_recording_name')).toBe('Session recording');
  });
});
