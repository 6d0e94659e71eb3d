import { describe, expect, it } from 'vitest';
import { planAppend, type StoredBeside } from './plan-append';
import type { PendingTally } from './tally';
import { draft } from './test-entries';
import { MAX_UNKNOWN_HOSTS_PER_DAY, MORE_UNKNOWN_HOSTS, type UnknownHostCap } from './unknown-cap';

const DAY = 24 * 60 * 60 * 1000;

/** An in-memory stand-in for the stores beside the log, written back as evidence-db does. */
function memory() {
  const pending = new Map<string, PendingTally>();
  const caps = new Map<string, UnknownHostCap>();
  const stored: StoredBeside = { pending: async (key) => pending.get(key), cap: async (key) => caps.get(key) };
  const record = async (drafts: ReturnType<typeof draft>[]) => {
    const plan = await planAppend(drafts, stored);
    for (const p of plan.pending) pending.set(p.key, structuredClone(p));
    for (const c of plan.caps) caps.set(c.key, { ...c });
    return plan.append;
  };
  return { record };
}

const unknown = (host: string, at: number, site = 'contoso.sharepoint.com') =>
  draft({
    kind: 'unknown_third_party',
    at,
    firstAt: at,
    lastAt: at,
    site,
    ruleId: undefined,
    product: undefined,
    category: undefined,
    signalKind: 'unknown_host',
    signalValue: host,
    evidence: host,
  });

describe('planAppend: unknown hosts', () => {
  it(`gives at most ${MAX_UNKNOWN_HOSTS_PER_DAY} new hosts per site and day their own entry, and counts the rest in one stream`, async () => {
    const log = memory();
    const t = 1_700_000_000_000;
    const hosts = Array.from({ length: 300 }, (_, i) => unknown(`h${i}.example`, t + i));
    // Two batches, so the cap is read back from storage between them.
    const appended = [...(await log.record(hosts.slice(0, 120))), ...(await log.record(hosts.slice(120)))];
    const own = appended.filter((e) => e.signalValue !== MORE_UNKNOWN_HOSTS);
    expect(own).toHaveLength(MAX_UNKNOWN_HOSTS_PER_DAY);
    expect(appended.filter((e) => e.signalValue === MORE_UNKNOWN_HOSTS)).toHaveLength(1);
    // The overflow stream's count is written as a tally when it is due; nothing is lost in between.
    const later = await log.record([unknown('h299.example', t + 10 * 60 * 1000)]);
    expect(later).toEqual([
      expect.objectContaining({ signalValue: MORE_UNKNOWN_HOSTS, count: 300 - MAX_UNKNOWN_HOSTS_PER_DAY }),
    ]);
  });

  it('keeps counting hosts already seen, and starts afresh the next day and on another site', async () => {
    const log = memory();
    const t = 1_700_000_000_000 - (1_700_000_000_000 % DAY);
    await log.record(Array.from({ length: MAX_UNKNOWN_HOSTS_PER_DAY }, (_, i) => unknown(`h${i}.example`, t + i)));
    expect(await log.record([unknown('new.example', t + 100)])).toEqual([
      expect.objectContaining({ signalValue: MORE_UNKNOWN_HOSTS }),
    ]);
    expect(await log.record([unknown('h0.example', t + 10 * 60 * 1000)])).toEqual([
      expect.objectContaining({ signalValue: 'h0.example', kind: 'unknown_third_party', count: 1 }),
    ]);
    expect(await log.record([unknown('other.example', t + 200, 'other.sharepoint.com')])).toEqual([
      expect.objectContaining({ signalValue: 'other.example' }),
    ]);
    expect(await log.record([unknown('tomorrow.example', t + DAY)])).toEqual([
      expect.objectContaining({ signalValue: 'tomorrow.example' }),
    ]);
  });

  it('leaves product evidence alone', async () => {
    const log = memory();
    const appended = await log.record(Array.from({ length: 80 }, (_, i) => draft({ signalValue: `s${i}` })));
    expect(appended).toHaveLength(80);
  });
});
