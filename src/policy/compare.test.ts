import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../rules/bundled-catalog';
import { comparePolicy, declarationForSite, normaliseName, statusOf } from './compare';
import { declaration, item } from './test-declarations';

const rule = (id: string) => ruleCatalog.get(id)!;

describe('statusOf', () => {
  it('declares a finding whose product the policy names, by name, alias or rule id', () => {
    expect(statusOf(rule('fullstory'), declaration({ items: [item({ product: 'FullStory' })] }))).toMatchObject({
      status: 'declared',
      by: 'product',
    });
    expect(statusOf(rule('fullstory'), declaration({ items: [item({ product: 'full story' })] }))).toMatchObject({
      status: 'declared',
      by: 'product',
    });
    expect(
      statusOf(rule('fullstory'), declaration({ items: [item({ ruleId: 'fullstory', product: 'our recorder' })] })),
    ).toMatchObject({ status: 'declared', by: 'product' });
  });

  it('declares by category when the policy names only the category, and says so', () => {
    const d = declaration({ items: [item({ category: 'session_recording' })] });
    expect(statusOf(rule('hotjar'), d)).toMatchObject({ status: 'declared', by: 'category' });
    expect(statusOf(rule('pendo'), d)).toEqual({ status: 'undeclared' });
  });

  it('does not let a named product of a category cover its other products', () => {
    const d = declaration({ items: [item({ category: 'session_recording', product: 'Hotjar' })] });
    expect(statusOf(rule('hotjar'), d)).toMatchObject({ status: 'declared', by: 'product' });
    expect(statusOf(rule('fullstory'), d)).toEqual({ status: 'undeclared' });
  });

  it('prefers a product match to a category match', () => {
    const d = declaration({
      items: [item({ category: 'session_recording' }), item({ product: 'Hotjar', purpose: 'UX research' })],
    });
    expect(statusOf(rule('hotjar'), d)).toMatchObject({
      status: 'declared',
      by: 'product',
      item: { purpose: 'UX research' },
    });
  });

  it('treats every finding as undeclared when there is no declaration', () => {
    expect(statusOf(rule('pendo'), null)).toEqual({ status: 'undeclared' });
  });

  it('an item that names a rule id declares that product only, not others of its category', () => {
    const d = declaration({ items: [item({ ruleId: 'hotjar', category: 'session_recording' })] });
    expect(statusOf(rule('hotjar'), d)).toMatchObject({ status: 'declared', by: 'product' });
    expect(statusOf(rule('fullstory'), d)).toEqual({ status: 'undeclared' });
  });

  it('does not match on a near name', () => {
    expect(statusOf(rule('fullstory'), declaration({ items: [item({ product: 'FullStory Pro Max' })] }))).toEqual({
      status: 'undeclared',
    });
  });
});

describe('comparePolicy', () => {
  it('sorts findings into declared and undeclared, and lists declared items not seen here', () => {
    const d = declaration({
      items: [
        item({ product: 'Pendo' }),
        item({ category: 'platform_telemetry' }),
        item({ product: 'Teramind' }),
        item({ category: 'dlp_insider_risk' }),
      ],
    });
    const result = comparePolicy(['pendo', 'fullstory', 'microsoft-1ds-telemetry', 'not-a-rule'], ruleCatalog, d);
    expect(
      Object.fromEntries([...result.statuses].map(([id, s]) => [id, s.status === 'declared' ? s.by : 'undeclared'])),
    ).toEqual({
      pendo: 'product',
      fullstory: 'undeclared',
      'microsoft-1ds-telemetry': 'category',
    });
    expect(result.undeclared).toEqual(['fullstory']);
    expect(result.declaredNotSeen.map((i) => i.product ?? i.category)).toEqual(['Teramind', 'dlp_insider_risk']);
  });
});

describe('declarationForSite', () => {
  const general = declaration({ id: 'general', employer: 'Contoso' });
  const hr = declaration({ id: 'hr', employer: 'Contoso HR', sites: ['myworkday.com'] });
  const payroll = declaration({ id: 'payroll', employer: 'Contoso Payroll', sites: ['payroll.myworkday.com'] });
  const all = [general, hr, payroll];

  it('picks the declaration that lists the site, the most specific one first', () => {
    expect(declarationForSite('wd3.myworkday.com', all, 'general')?.id).toBe('hr');
    expect(declarationForSite('payroll.myworkday.com', all, 'general')?.id).toBe('payroll');
  });

  it('falls back to the active declaration when it covers every site, and to none otherwise', () => {
    expect(declarationForSite('contoso.sharepoint.com', all, 'general')?.id).toBe('general');
    expect(declarationForSite('contoso.sharepoint.com', all, 'hr')).toBeNull();
    expect(declarationForSite('contoso.sharepoint.com', all, undefined)).toBeNull();
  });
});

describe('normaliseName', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normaliseName(' Full-Story ')).toBe(normaliseName('fullstory'));
  });
});

describe('comparePolicy with platform features shown on the site', () => {
  const viva = {
    id: 'microsoft-viva-insights-organizational',
    platform: 'Microsoft 365',
    feature: 'Viva Insights manager, leader and advanced insights',
    aliases: ['Viva Insights'],
    category: 'productivity_scoring' as const,
  };

  it('answers an item naming a shown feature with the feature, not "declared, not seen"', () => {
    const d = declaration({ items: [item({ product: 'Viva Insights' }), item({ product: 'Hotjar' })] });
    const withFeature = comparePolicy(['fullstory'], ruleCatalog, d, [viva]);
    expect(withFeature.declaredNotSeen.map((i) => i.product)).toEqual(['Hotjar']);
    expect(withFeature.featureStatuses.get(viva.id)).toBe('product');
    // On a site where the feature is not offered, the item stays "declared, not seen here".
    expect(comparePolicy(['fullstory'], ruleCatalog, d, []).declaredNotSeen.map((i) => i.product)).toEqual([
      'Viva Insights',
      'Hotjar',
    ]);
  });
});
