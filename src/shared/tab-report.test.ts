import { describe, expect, it } from 'vitest';
import type { Detection } from '../core/model';
import {
  addDetections,
  addOutcomes,
  addUnknownThirdParty,
  emptyReport,
  MAX_UNKNOWN_HOSTS,
  TabReport,
} from './tab-report';

const rs: Detection = {
  ruleId: 'fullstory',
  signal: { kind: 'host', domain: 'rs.fullstory.com' },
  evidence: 'https://rs.fullstory.com/rec/page',
  source: 'network',
};
const global: Detection = {
  ruleId: 'fullstory',
  signal: { kind: 'global', name: '_fs_org' },
  evidence: 'window._fs_org',
  source: 'page',
};

describe('addDetections', () => {
  it('counts per product and per signal with first and last seen', () => {
    const report = emptyReport('contoso.sharepoint.com', 0);
    addDetections(report, [rs], 10);
    addDetections(report, [rs, global], 20);
    const finding = report.findings.fullstory!;
    expect(finding).toMatchObject({ count: 3, first: 10, last: 20 });
    expect(finding.signals.map((s) => [s.value, s.source, s.count])).toEqual([
      ['rs.fullstory.com', 'network', 2],
      ['window._fs_org', 'page', 1],
    ]);
    expect(TabReport.parse(report)).toEqual(report);
  });

  it('in backfill mode adds only signals not yet seen', () => {
    const report = addDetections(emptyReport('s', 0), [rs], 10);
    addDetections(report, [rs, global], 20, 'backfill');
    expect(report.findings.fullstory!.signals.map((s) => s.count)).toEqual([1, 1]);
  });

  it('in backfill mode counts a value once whichever source saw it first', () => {
    const report = addDetections(emptyReport('s', 0), [rs], 10);
    addDetections(report, [{ ...rs, source: 'page' }], 20, 'backfill');
    expect(report.findings.fullstory!.signals.map((s) => [s.value, s.source, s.count])).toEqual([
      ['rs.fullstory.com', 'network', 1],
    ]);
  });
});

describe('addOutcomes', () => {
  it('records whether matched requests went out', () => {
    const report = addDetections(emptyReport('s', 0), [rs, rs], 10);
    addOutcomes(report, [rs], 'completed');
    addOutcomes(report, [rs], 'failed');
    expect(report.findings.fullstory!.signals[0]).toMatchObject({ completed: 1, failed: 1 });
  });
});

describe('addUnknownThirdParty', () => {
  it('counts hosts and stops adding new ones at the cap', () => {
    const report = emptyReport('s', 0);
    for (let i = 0; i < MAX_UNKNOWN_HOSTS + 10; i++) addUnknownThirdParty(report, `h${i}.example`, i);
    addUnknownThirdParty(report, 'h0.example', 999);
    expect(Object.keys(report.unknownThirdParties)).toHaveLength(MAX_UNKNOWN_HOSTS);
    expect(report.unknownThirdParties['h0.example']).toEqual({ count: 2, first: 0, last: 999 });
  });

  it('counts requests to hosts past the cap, so the popup can say some are not listed', () => {
    const report = emptyReport('s', 0);
    for (let i = 0; i < MAX_UNKNOWN_HOSTS + 10; i++) addUnknownThirdParty(report, `h${i}.example`, i);
    addUnknownThirdParty(report, `h${MAX_UNKNOWN_HOSTS}.example`, 1000);
    expect(report.unlistedUnknownRequests).toBe(11);
  });
});

// Hosts are chosen by the page: none may reach Object.prototype, and each counts as an ordinary host.
describe('addUnknownThirdParty with hosts named like object properties', () => {
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

  it('counts them as hosts and leaves Object.prototype alone', () => {
    const report = emptyReport('s', 0);
    for (const host of names) {
      addUnknownThirdParty(report, host, 1);
      addUnknownThirdParty(report, host, 2);
    }
    for (const host of names)
      expect(Object.getOwnPropertyDescriptor(report.unknownThirdParties, host)?.value, host).toEqual({
        count: 2,
        first: 1,
        last: 2,
      });
    expect(Object.keys(report.unknownThirdParties).sort()).toEqual([...names].sort());
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('count');
    expect(Object.getOwnPropertyNames(Object)).not.toContain('count');
    expect({}.toString()).toBe('[object Object]');
  });

  it('reads stored reports back with no prototype, so a property name is never a finding', () => {
    const stored = JSON.parse(JSON.stringify(addUnknownThirdParty(emptyReport('s', 0), 'constructor', 1))) as unknown;
    const report = TabReport.parse(stored);
    expect(Object.getPrototypeOf(report.unknownThirdParties)).toBeNull();
    expect(Object.getPrototypeOf(report.findings)).toBeNull();
    expect(report.findings.constructor).toBeUndefined();
    addUnknownThirdParty(report, 'toString', 2);
    expect(report.unknownThirdParties.toString).toEqual({ count: 1, first: 2, last: 2 });
  });
});
