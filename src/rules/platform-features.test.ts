// Data tests over the informational platform features, and the pure helpers that place them on tabs.
import { describe, expect, it } from 'vitest';
import { FEATURE_DIR, readRuleFiles } from '../../scripts/read-rule-files';
import { featureStatusOf, itemNamesFeature } from '../policy/compare';
import { Declaration } from '../policy/declaration';
import { isInScope } from '../scope/work-scope';
import { featuresForSite } from './feature-summary';
import { lintFeatureFiles, summariseFeature } from './platform-feature';

const ruleIds = new Set(readRuleFiles().map((f) => f.fileId));
const { features, problems } = lintFeatureFiles(readRuleFiles(FEATURE_DIR), ruleIds);
const summaries = features.map(summariseFeature);

describe('platform feature files', () => {
  it('all parse, are named after their files and name only real rules in fed_by', () => {
    expect(problems).toEqual([]);
    expect(features.length).toBeGreaterThanOrEqual(15);
  });

  it('cover the workplace platforms the issue names', () => {
    const platforms = new Set(features.map((f) => f.platform));
    for (const platform of [
      'Microsoft 365',
      'Google Workspace',
      'Slack',
      'Zoom',
      'Salesforce',
      'Workday',
      'ServiceNow',
    ])
      expect(platforms).toContain(platform);
  });

  it('are shown only on work sites Sightline watches by default', () => {
    for (const feature of features) {
      for (const suffix of feature.shown_on)
        expect(isInScope(`app.${suffix}`, { userDomains: [], allSites: false }), `${feature.id}: ${suffix}`).toBe(true);
    }
  });

  it('refuses a malformed file with the file and field named', () => {
    const broken = lintFeatureFiles(
      [
        {
          fileId: 'x-feature',
          data: { ...features[0], id: 'x-feature', shown_on: ['Not A Domain'], fed_by: ['no-such-rule'] },
        },
      ],
      ruleIds,
    );
    expect(broken.problems[0]).toMatch(/platform-features\/x-feature: shown_on\.0: a lower-case domain/);
    const unknownRule = lintFeatureFiles(
      [{ fileId: 'x-feature', data: { ...features[0], id: 'x-feature', fed_by: ['no-such-rule'] } }],
      ruleIds,
    );
    expect(unknownRule.problems).toEqual([
      'platform-features/x-feature: fed_by names "no-such-rule", which is not a rule',
    ]);
  });
});

describe('featuresForSite', () => {
  it('places Microsoft 365 features on SharePoint and Teams, Slack features on Slack, none on other sites', () => {
    const onSharePoint = featuresForSite(summaries, 'contoso.sharepoint.com').map((f) => f.platform);
    expect(onSharePoint.length).toBeGreaterThan(3);
    expect(new Set(onSharePoint)).toEqual(new Set(['Microsoft 365']));
    expect(featuresForSite(summaries, 'acme.slack.com').every((f) => f.platform === 'Slack')).toBe(true);
    expect(featuresForSite(summaries, 'acme.slack.com').length).toBeGreaterThan(0);
    expect(featuresForSite(summaries, 'news.example')).toEqual([]);
    expect(featuresForSite(summaries, 'notsharepoint.com')).toEqual([]);
  });
});

describe('policy status of a feature', () => {
  const viva = summaries.find((f) => f.id === 'microsoft-viva-insights-organizational')!;
  const declaration = (items: object[]) =>
    Declaration.parse({ format: 'sightline-declaration', version: 2, id: 'd', employer: 'Contoso', items });

  it('is "product" when the policy names it, its platform-prefixed name or an alias', () => {
    for (const product of [
      'Viva Insights',
      'Microsoft 365 Viva Insights manager, leader and advanced insights',
      'workplace analytics',
    ]) {
      expect(featureStatusOf(viva, declaration([{ id: 'a', product }])), product).toBe('product');
    }
    expect(itemNamesFeature({ id: 'a', ruleId: viva.id } as never, viva)).toBe(true);
  });

  it('is "category" for a category-only item, and "absent" otherwise', () => {
    expect(featureStatusOf(viva, declaration([{ id: 'a', category: 'productivity_scoring' }]))).toBe('category');
    expect(featureStatusOf(viva, declaration([{ id: 'a', product: 'Hotjar', category: 'productivity_scoring' }]))).toBe(
      'absent',
    );
    expect(featureStatusOf(viva, null)).toBe('absent');
  });
});
