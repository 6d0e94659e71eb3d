import { describe, expect, it } from 'vitest';
import type { Finding, TabReport } from './tab-report';
import { isPageOnly, verdictOf } from './verdict';

function finding(
  ruleId: string,
  sources: ('network' | 'page' | 'page_timing')[],
  kind: 'host' | 'vendor_domain' = 'host',
): Finding {
  return {
    ruleId,
    count: sources.length,
    first: 1,
    last: 2,
    signals: sources.map((source, i) => ({
      kind,
      value: `${ruleId}-${i}`,
      evidence: '',
      source,
      count: 1,
      first: 1,
      last: 2,
      completed: 0,
      failed: 0,
    })),
  };
}

function report(findings: Finding[], statuses?: Record<string, 'product' | 'category' | 'undeclared'>): TabReport {
  return {
    version: 1,
    site: 'contoso.sharepoint.com',
    startedAt: 0,
    findings: Object.fromEntries(findings.map((f) => [f.ruleId, f])),
    unknownThirdParties: {},
    ...(statuses ? { policy: { declarationId: 'd', label: 'Policy', statuses } as TabReport['policy'] } : {}),
  };
}

describe('verdictOf', () => {
  it('is red only for undeclared products the browser observed', () => {
    const r = report(
      [finding('fullstory', ['network', 'page']), finding('pendo', ['page']), finding('hotjar', ['network'])],
      { fullstory: 'undeclared', pendo: 'undeclared', hotjar: 'product' },
    );
    expect(verdictOf(r)).toEqual({
      state: 'undeclared',
      products: 3,
      undeclared: 1,
      pageOnlyUndeclared: 1,
      contactOnlyUndeclared: 0,
      hasPolicy: true,
    });
  });

  it('keeps page-only undeclared findings from turning it red on their own', () => {
    const r = report([finding('pendo', ['page']), finding('hotjar', ['network'])], {
      pendo: 'undeclared',
      hotjar: 'product',
    });
    expect(verdictOf(r)).toEqual({
      state: 'seen',
      products: 2,
      undeclared: 0,
      pageOnlyUndeclared: 1,
      contactOnlyUndeclared: 0,
      hasPolicy: true,
    });
  });

  it('keeps undeclared vendor-domain contacts from turning it red on their own, and counts them apart', () => {
    const contact = finding('hotjar', ['network'], 'vendor_domain');
    expect(verdictOf(report([contact], { hotjar: 'undeclared' }))).toMatchObject({
      state: 'seen',
      undeclared: 0,
      contactOnlyUndeclared: 1,
    });
    const both = { ...contact, signals: [...contact.signals, ...finding('hotjar', ['network']).signals] };
    expect(verdictOf(report([both], { hotjar: 'undeclared' }))).toMatchObject({
      state: 'undeclared',
      undeclared: 1,
      contactOnlyUndeclared: 0,
    });
  });

  it('says "seen" with no policy, and "none" with nothing or no report', () => {
    expect(verdictOf(report([finding('hotjar', ['network'])]))).toMatchObject({
      state: 'seen',
      products: 1,
      undeclared: 0,
      hasPolicy: false,
    });
    expect(verdictOf(report([]))).toMatchObject({ state: 'none', products: 0 });
    expect(verdictOf(null)).toMatchObject({ state: 'none', products: 0, hasPolicy: false });
  });
});

describe('isPageOnly', () => {
  it('is true only when every signal came from the page', () => {
    expect(isPageOnly(finding('a', ['page', 'page']))).toBe(true);
    expect(isPageOnly(finding('a', ['page_timing', 'page']))).toBe(true);
    expect(isPageOnly(finding('a', ['page', 'network']))).toBe(false);
    expect(isPageOnly(finding('a', []))).toBe(false);
  });
});
