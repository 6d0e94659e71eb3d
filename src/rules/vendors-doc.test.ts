import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_DIR, readRuleFiles } from '../../scripts/read-rule-files';
import { lintRuleFiles } from './lint';
import { lintFeatureFiles } from './platform-feature';
import { CATEGORY_IDS } from '../core/taxonomy';
import { RULE_DB_VERSION } from './version';
import { PLATFORM_TELEMETRY, renderVendorsDoc, THIN_CATEGORIES } from './vendors-doc';

const { rules } = lintRuleFiles(readRuleFiles());
const { features } = lintFeatureFiles(readRuleFiles(FEATURE_DIR), new Set(rules.map((r) => r.id)));

describe('docs/vendors.md', () => {
  it('is what `npm run rules:docs` writes from the current rule files (run it after changing a rule)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'vendors.md'), 'utf8');
    expect(committed).toBe(renderVendorsDoc(rules, features, RULE_DB_VERSION));
  });

  it('lists every product and every platform feature with a source link', () => {
    const doc = renderVendorsDoc(rules, features, RULE_DB_VERSION);
    for (const rule of rules) expect(doc).toContain(`(\`${rule.id}\`)`);
    for (const feature of features) expect(doc).toContain(`(\`${feature.id}\`)`);
    expect(doc).not.toContain('no reason recorded');
  });

  it('has at least 150 products and explains every category with fewer than five', () => {
    expect(rules.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORY_IDS) {
      if (rules.filter((r) => r.category === category).length < 5)
        expect(THIN_CATEGORIES[category], category).toBeTruthy();
    }
  });

  it('names only real platform telemetry rules', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const row of PLATFORM_TELEMETRY) for (const id of row.rules) expect(ids.has(id), id).toBe(true);
  });

  it('escapes table cells', () => {
    const rule = { ...rules[0]!, product: 'A | B' };
    expect(renderVendorsDoc([rule], [], 'v')).toContain('A \\| B');
  });
});
