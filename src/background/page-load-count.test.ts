// Page loads, the unit a worker can check: a product counts once per top-level page load that a reading of
// the page itself shows it on, however many requests it made, and each new load writes one page_load
// entry (never an observation). A network request alone never counts a load: it can be the leaving page's
// beacon, sent under the same tab and site while the next page loads.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../core/model';
import type { EntryDraft } from '../evidence/log/entry';
import type { TabReport } from '../shared/tab-report';
import { applyObservation, type Observation } from './observations';

const SITE = 'contoso.sharepoint.com';
const hit = (ruleId: string, host: string, source: Detection['source'] = 'network'): Detection => ({
  ruleId,
  signal: { kind: 'host', domain: host },
  evidence: `https://${host}/x`,
  source,
});

function run(steps: Observation[]): { report: TabReport | null; drafts: EntryDraft[] } {
  let report: TabReport | null = null;
  const drafts: EntryDraft[] = [];
  for (const step of steps) {
    const next = applyObservation(report, step);
    report = next.report;
    drafts.push(...next.drafts);
  }
  return { report, drafts };
}

const page = (at: number): Observation => ({ kind: 'page', site: SITE, at });
const seen = (at: number, ...detections: Detection[]): Observation => ({
  kind: 'detections',
  site: SITE,
  at,
  detections,
  mode: 'count',
});

describe('page loads', () => {
  it('counts a product once per load it was seen on, with one page_load entry per load', () => {
    const fs = hit('fullstory', 'rs.fullstory.com');
    const fsOnPage = hit('fullstory', 'edge.fullstory.com', 'page');
    const { report, drafts } = run([
      page(1),
      seen(2, fs, fs, fsOnPage),
      seen(3, fs, hit('fullstory', 'edge.fullstory.com', 'page_timing')),
      page(10),
      seen(11, fs, fsOnPage),
      page(20), // a load with no Fullstory on it: its leaving predecessor's beacon does not count it
      seen(20, fs),
      seen(21, hit('hotjar', 'script.hotjar.com', 'page_timing')),
    ]);
    expect(report!.pageLoads).toBe(3);
    expect(report!.findings.fullstory!.pageLoads).toBe(2);
    expect(report!.findings.fullstory!.count).toBe(8);
    expect(report!.findings.hotjar!.pageLoads).toBe(1);
    const loads = drafts.filter((d) => d.signalKind === 'page_load');
    expect(loads.map((d) => [d.ruleId, d.at, d.count])).toEqual([
      ['fullstory', 2, 1],
      ['fullstory', 11, 1],
      ['hotjar', 21, 1],
    ]);
    // Page-load entries are page readings, so they never make a product "observed".
    expect(loads.map((d) => d.source)).toEqual(['page', 'page', 'page_timing']);
  });

  it('counts no load from network requests alone', () => {
    const { report, drafts } = run([page(1), seen(2, hit('hotjar', 'script.hotjar.com'))]);
    expect(report!.findings.hotjar!.pageLoads).toBeUndefined();
    expect(drafts.some((d) => d.signalKind === 'page_load')).toBe(false);
  });

  it('counts none for a report that started before page loads were counted', () => {
    const { report, drafts } = run([seen(2, hit('fullstory', 'rs.fullstory.com', 'page'))]);
    expect(report!.findings.fullstory!.pageLoads).toBeUndefined();
    expect(drafts.some((d) => d.signalKind === 'page_load')).toBe(false);
  });
});
