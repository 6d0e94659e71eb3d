import { describe, expect, it } from 'vitest';
import { bundledRuleIndex } from '../rules/bundled';
import { summariseRule } from '../rules/catalog';
import { leastDeclared, policyNow } from './status-now';
import { declaration, item } from './test-declarations';

const catalog = new Map([...bundledRuleIndex.rules].map(([id, rule]) => [id, summariseRule(rule)]));

describe('policyNow', () => {
  const contoso = declaration({
    title: 'Monitoring at work',
    sites: ['contoso.sharepoint.com'],
    items: [item({ product: 'Pendo' }), item({ category: 'platform_telemetry' })],
  });
  const now = policyNow(catalog, [contoso], undefined);

  it('compares with the declaration that applies to the site today, by product or by category', () => {
    expect(now.statusOf('contoso.sharepoint.com', 'pendo')).toBe('product');
    expect(now.statusOf('contoso.sharepoint.com', 'microsoft-1ds-telemetry')).toBe('category');
    expect(now.statusOf('contoso.sharepoint.com', 'fullstory')).toBe('undeclared');
    expect(now.labelFor('contoso.sharepoint.com')).toContain('Contoso Ltd');
  });

  it('says "no policy" where no declaration applies, and undeclared for a product it does not know', () => {
    expect(now.statusOf('acme.slack.com', 'pendo')).toBe('no-policy');
    expect(now.labelFor('acme.slack.com')).toBeUndefined();
    expect(now.statusOf('contoso.sharepoint.com', 'no-such-rule')).toBe('undeclared');
  });
});

describe('leastDeclared', () => {
  it('is as undeclared as the least declared site', () => {
    expect(leastDeclared(['product', 'undeclared', 'category'])).toBe('undeclared');
    expect(leastDeclared(['product', 'category'])).toBe('category');
    expect(leastDeclared(['no-policy', 'product'])).toBe('product');
    expect(leastDeclared([])).toBe('no-policy');
  });
});
