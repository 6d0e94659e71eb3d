import { describe, expect, it } from 'vitest';
import { readRetiredFile, readRuleFiles } from '../../scripts/read-rule-files';
import { policyNow } from '../policy/status-now';
import { declaration, item } from '../policy/test-declarations';
import { lintRuleFiles } from './lint';
import { catalogSummaries, lintRetired, type RetiredRule } from './retired';

const { rules } = lintRuleFiles(readRuleFiles());
const liveIds = new Set(rules.map((r) => r.id));
const { retired, problems } = lintRetired(readRetiredFile(), liveIds);
const catalog = new Map(catalogSummaries(rules, retired).map((s) => [s.id, s]));

describe('retired products', () => {
  it('lists each retired product once, none of them a live rule, with a name and a kind', () => {
    expect(problems).toEqual([]);
    expect(retired.length).toBeGreaterThan(0);
    for (const r of retired) expect(liveIds.has(r.id)).toBe(false);
  });

  it('refuses a retired id that is live again, a duplicate, and an unknown kind', () => {
    const one = retired[0]!;
    const live = rules[0]!;
    const result = lintRetired({ retired: [one, one, { ...one, id: live.id }] }, liveIds);
    expect(result.problems).toEqual([
      `retired.json: ${one.id} is listed twice`,
      `retired.json: ${live.id} is a live rule again: remove it from the retired list`,
    ]);
    const badKind = lintRetired({ retired: [{ ...one, category: 'mind_reading' }] }, liveIds);
    expect(badKind.retired).toEqual([]);
    expect(badKind.problems.some((p) => p.startsWith('retired.json: retired.0.category'))).toBe(true);
  });

  it('names a retired product in the catalog, with no capability claims and the day it stopped', () => {
    for (const r of retired) {
      const summary = catalog.get(r.id)!;
      expect(summary.product).toBe(r.product);
      expect(summary.category).toBe(r.category);
      expect(summary.capabilities).toEqual([]);
      expect(summary.citations).toEqual([]);
      expect(summary.identifies_user).toBe(false);
      expect(summary.retired).toBe(r.retired);
      expect(summary.notes).toContain(r.retired);
    }
    for (const rule of rules) expect(catalog.get(rule.id)!.retired).toBeUndefined();
  });

  it('still compares old evidence of a retired product with the policy, by name and by kind', () => {
    const site = 'intranet.example.org';
    // A retired product whose kind no live rule on this site would declare for it by accident.
    const r: RetiredRule = retired.find((x) => x.aliases.length > 0) ?? retired[0]!;
    const byName = declaration({ title: 'By name', sites: [site], items: [item({ product: r.product })] });
    const byKind = declaration({ title: 'By kind', sites: [site], items: [item({ category: r.category })] });
    const other = r.category === 'session_recording' ? 'web_filtering' : 'session_recording';
    const neither = declaration({ title: 'Neither', sites: [site], items: [item({ category: other })] });
    expect(policyNow(catalog, [byName], byName.id).statusOf(site, r.id)).toBe('product');
    expect(policyNow(catalog, [byKind], byKind.id).statusOf(site, r.id)).toBe('category');
    expect(policyNow(catalog, [neither], neither.id).statusOf(site, r.id)).toBe('undeclared');
  });
});
