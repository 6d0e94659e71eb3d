// The tab-state owner on an in-memory storage area (tests/fakes) with fake timers: the real buffer, the
// real report writer and the real policy comparison run; only the browser's storage, the badge and the
// evidence log are stand-ins that record what they were given.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorageArea } from '../../tests/fakes/memory-storage-area';
import type { Detection } from '../core/model';
import type { EntryDraft } from '../evidence/log/entry';
import { Declaration } from '../policy/declaration';
import type { StoredDeclarations } from '../shared/declarations-store';
import { readTabReport, tabReportKey } from '../shared/tab-reports-store';
import { verdictOf, type Verdict } from '../shared/verdict';
import { createTabState } from './tab-state';
import { FLUSH_DELAY_MS } from './write-buffer';

const SITE = 'contoso.sharepoint.com';
const TAB = 7;
const contoso = Declaration.parse(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/declarations/contoso-monitoring.json'), 'utf8'),
  ),
);
/** The Contoso policy names Pendo but not Hotjar. */
const declared: StoredDeclarations = { version: 1, activeId: contoso.id, declarations: [contoso] };
const hotjarItem = {
  ...contoso.items[0]!,
  id: 'hotjar',
  product: 'Hotjar',
  ruleId: 'hotjar',
  kind: 'session_recording' as const,
  category: 'session_recording' as const,
};
const withHotjar: StoredDeclarations = {
  version: 1,
  activeId: contoso.id,
  declarations: [Declaration.parse({ ...contoso, items: [...contoso.items, hotjarItem] })],
};

const detection = (ruleId: string, host: string): Detection => ({
  ruleId,
  signal: { kind: 'host', domain: host },
  evidence: `https://${host}/script.js`,
  source: 'network',
});
const pendo = detection('pendo', 'cdn.pendo.io');
const hotjar = detection('hotjar', 'static.hotjar.com');
const fullstory = detection('fullstory', 'edge.fullstory.com');

function setUp(declarations: StoredDeclarations = declared) {
  const area = new MemoryStorageArea();
  const badge = new Map<number, Verdict>();
  const evidence: EntryDraft[] = [];
  const kept = new Map<number, number[]>();
  const outcomes: boolean[] = [];
  let id = 0;
  const state = createTabState({
    area,
    declarations: async () => declarations,
    showVerdict: (tabId, verdict) => badge.set(tabId, verdict),
    appendEvidence: async (drafts) => void evidence.push(...drafts),
    kept: {
      nextId: () => ++id,
      keep: (tabId, item) => kept.set(tabId, [...(kept.get(tabId) ?? []), item.id]),
      forget: (tabId, items) =>
        kept.set(
          tabId,
          (kept.get(tabId) ?? []).filter((held) => !items.some((item) => item.id === held)),
        ),
      read: async () => new Map(),
    },
    tabOpen: async () => true,
    busy: () => false,
    wrote: (outcome) => outcomes.push(outcome.ok),
  });
  const report = () => readTabReport(area, TAB);
  /** The badge shows exactly the verdict the popup computes from the stored report. */
  const expectBadgeMatchesStore = async () => expect(badge.get(TAB)).toEqual(verdictOf(await report()));
  const see = (d: Detection, at: number) =>
    state.observe(TAB, { kind: 'detections', site: SITE, at, detections: [d], mode: 'count' });
  return { area, badge, evidence, kept, outcomes, state, report, expectBadgeMatchesStore, see };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the tab-state owner', () => {
  it('writes observations arriving within the buffer window once, in order, none lost', async () => {
    const t = setUp();
    await t.state.startPage(TAB, SITE, 1);
    const before = t.area.writesTo(tabReportKey(TAB));
    t.see(pendo, 10);
    await vi.advanceTimersByTimeAsync(300);
    t.see(hotjar, 20);
    await vi.advanceTimersByTimeAsync(600);
    t.see(fullstory, 30);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS - 900 - 1);
    expect(t.area.writesTo(tabReportKey(TAB))).toBe(before); // still inside the window
    await vi.advanceTimersByTimeAsync(1);
    expect(t.area.writesTo(tabReportKey(TAB))).toBe(before + 1);
    const report = (await t.report())!;
    expect(Object.keys(report.findings).sort()).toEqual(['fullstory', 'hotjar', 'pendo']);
    expect(report.written).toBe(3);
    expect(t.evidence.map((d) => d.ruleId)).toEqual(['pendo', 'hotjar', 'fullstory']);
    expect(t.kept.get(TAB)).toEqual([]);
    await t.expectBadgeMatchesStore();
    // Nothing is written twice later.
    await vi.advanceTimersByTimeAsync(10 * FLUSH_DELAY_MS);
    expect(t.area.writesTo(tabReportKey(TAB))).toBe(before + 1);
    expect(t.evidence).toHaveLength(3);
  });

  it('keeps observations through a failed write and writes them all on the retry', async () => {
    const t = setUp();
    t.area.failNextSets(1);
    t.see(hotjar, 10);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(t.outcomes).toEqual([false]);
    expect(await t.report()).toBeNull();
    expect(t.state.waiting(TAB)).toBe(1);
    t.see(pendo, 20);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(t.outcomes).toEqual([false, true]);
    expect(Object.keys((await t.report())!.findings).sort()).toEqual(['hotjar', 'pendo']);
    expect(t.evidence.map((d) => d.ruleId)).toEqual(['hotjar', 'pendo']);
    await t.expectBadgeMatchesStore();
  });

  it('clears the tab on navigation to another site, out of scope, and on close', async () => {
    const t = setUp();
    await t.state.startPage(TAB, SITE, 1);
    t.see(hotjar, 10);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect((await t.report())!.findings.hotjar).toBeDefined();
    // Buffered for the old site, then the tab moves on: the observation is dropped, not written.
    t.see(pendo, 20);
    await t.state.startPage(TAB, 'fabrikam.sharepoint.com', 30);
    expect(t.state.waiting(TAB)).toBe(0);
    expect(t.kept.get(TAB)).toEqual([]);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    const moved = (await t.report())!;
    expect(moved.site).toBe('fabrikam.sharepoint.com');
    expect(moved.findings).toEqual({});
    expect(t.kept.get(TAB)).toEqual([]);
    expect(verdictOf(moved)).toMatchObject({ state: 'none', products: 0 });

    t.see(hotjar, 40);
    await t.state.leaveScope(TAB);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(await t.report()).toBeNull();
    expect(t.state.waiting(TAB)).toBe(0);

    await t.state.startPage(TAB, SITE, 50);
    expect(await t.report()).not.toBeNull();
    await t.state.closeTab(TAB);
    expect(await t.report()).toBeNull();
    expect(t.area.values.size).toBe(0);
  });

  it('changes the verdict when the policy statuses change, and the badge follows', async () => {
    const t = setUp();
    await t.state.startPage(TAB, SITE, 1);
    t.see(hotjar, 10);
    t.see(pendo, 11);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect((await t.report())!.policy?.statuses).toMatchObject({ hotjar: 'undeclared', pendo: 'product' });
    expect(t.badge.get(TAB)).toMatchObject({ state: 'undeclared', undeclared: 1, products: 2, hasPolicy: true });
    await t.expectBadgeMatchesStore();

    await t.state.recompare(withHotjar);
    expect((await t.report())!.policy?.statuses).toMatchObject({ hotjar: 'product', pendo: 'product' });
    expect(t.badge.get(TAB)).toMatchObject({ state: 'seen', undeclared: 0, products: 2, hasPolicy: true });
    await t.expectBadgeMatchesStore();

    await t.state.recompare({ version: 1, declarations: [] });
    expect(t.badge.get(TAB)).toMatchObject({ state: 'seen', hasPolicy: false });
    await t.expectBadgeMatchesStore();
  });

  it('stores a TLS finding on the report without changing the verdict', async () => {
    const t = setUp();
    t.see(hotjar, 10);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    await t.expectBadgeMatchesStore();
    const verdict = verdictOf(await t.report());
    await t.state.setTls(TAB, SITE, { verdict: 'ordinary', at: 20 });
    expect((await t.report())!.tls).toMatchObject({ at: 20 });
    expect(verdictOf(await t.report())).toEqual(verdict);
    await t.expectBadgeMatchesStore();
    expect(await t.state.siteOf(TAB)).toBe(SITE);
  });
});
