import { describe, expect, it } from 'vitest';
import type { PolicyNow } from '../../policy/status-now';
import { letterFindings } from './letter-findings';
import { entry } from '../log/test-entries';

describe('letterFindings', () => {
  it('gives one finding per product with sites, dates and the latest policy outcome', () => {
    const { findings, declarationLabel } = letterFindings([
      entry(1, { at: 10, firstAt: 10, lastAt: 10, declared: 'no', declaration: 'c1: Contoso — Policy v1' }),
      entry(2, {
        site: 'acme.slack.com',
        at: 20,
        firstAt: 15,
        lastAt: 20,
        declared: 'category',
        declaration: 'c1: Contoso — Policy v2',
      }),
      entry(3, {
        kind: 'unknown_third_party',
        ruleId: undefined,
        signalKind: 'unknown_host',
        signalValue: 'x.example',
      }),
    ]);
    expect(findings).toEqual([
      {
        product: 'Fullstory',
        category: 'Session recording',
        sites: ['contoso.sharepoint.com', 'acme.slack.com'],
        firstSeen: new Date(10).toISOString(),
        lastSeen: new Date(20).toISOString(),
        declared: 'category',
      },
    ]);
    expect(declarationLabel).toBe('Contoso — Policy v2');
  });

  it('leaves out a product known only from what pages reported, unless asked, and names it', () => {
    const log = [
      entry(1, { at: 10, firstAt: 10, lastAt: 10 }),
      entry(2, {
        ruleId: 'pendo',
        product: 'Pendo',
        category: 'digital_adoption',
        signalKind: 'global',
        signalValue: 'window.pendo',
        source: 'page',
        at: 20,
        firstAt: 20,
        lastAt: 20,
      }),
      entry(3, { ruleId: 'hotjar', product: 'Hotjar', source: 'page', at: 30, firstAt: 30, lastAt: 30 }),
      entry(4, { ruleId: 'hotjar', product: 'Hotjar', source: 'network', at: 31, firstAt: 31, lastAt: 31 }),
    ];
    const left = letterFindings(log);
    expect(left.findings.map((f) => f.product)).toEqual(['Fullstory', 'Hotjar']);
    expect(left.pageOnly).toEqual(['Pendo']);
    const asked = letterFindings(log, true);
    expect(asked.findings.map((f) => f.product)).toEqual(['Fullstory', 'Pendo', 'Hotjar']);
    expect(asked.pageOnly).toEqual(['Pendo']);
  });

  it("with today's policy, states the status against it, not what each record knew (browse first, then import)", () => {
    // Recorded before any policy was imported: the records say nothing about a declaration.
    const log = [
      entry(1, { at: 10, firstAt: 10, lastAt: 10 }),
      entry(2, { ruleId: 'pendo', product: 'Pendo', at: 20, firstAt: 20, lastAt: 20 }),
    ];
    const now: PolicyNow = {
      declarationFor: () => undefined,
      statusOf: (_site, ruleId) => (ruleId === 'pendo' ? 'product' : 'undeclared'),
      labelFor: () => 'Contoso Ltd - Monitoring at work v2',
    };
    expect(letterFindings(log).findings.map((f) => f.declared)).toEqual(['no-policy', 'no-policy']);
    const today = letterFindings(log, false, now);
    expect(today.findings.map((f) => [f.product, f.declared])).toEqual([
      ['Fullstory', 'undeclared'],
      ['Pendo', 'product'],
    ]);
    expect(today.declarationLabel).toBe('Contoso Ltd - Monitoring at work v2');
  });
});
