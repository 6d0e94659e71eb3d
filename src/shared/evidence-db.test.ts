// The evidence log's IndexedDB adapter, run as written on fake-indexeddb (a complete IndexedDB in Node):
// entries are appended in order on one unbroken chain, even by writers racing each other; repeats wait as
// pending counts until flushed; every field is bounded before sealing; a site's flood of unknown hosts is
// capped; clearing and retention leave a checkpoint that keeps the chain verifiable; an unsealed version 1
// log is not carried over; the day rows the overview reads stay equal to those made from the records. Each test gets a fresh database and a fresh copy of the module.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CUT_MARK, FIELD_LIMITS } from '../evidence/log/limits';
import { draft } from '../evidence/log/test-entries';
import { MAX_UNKNOWN_HOSTS_PER_DAY, MORE_UNKNOWN_HOSTS } from '../evidence/log/unknown-cap';
import { verifyRecords, type VerifiableRecord } from '../evidence/seal/verify';
import { rollUpDays, type DayRow } from '../evidence/log/day-rollup';
import { GENESIS_HASH, sealDrafts } from '../evidence/seal/seal';

let db: typeof import('./evidence-db') & typeof import('./evidence-log-read');
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  // The writer and the reads pages use, as two modules over one database, as in the extension.
  db = { ...(await import('./evidence-db')), ...(await import('./evidence-log-read')) };
});

const T = 1_700_000_000_000;
const host = (n: number) => draft({ at: T + n, firstAt: T + n, lastAt: T + n, signalValue: `h${n}.fullstory.com` });
const verify = async () => verifyRecords((await db.readRecords()) as unknown as VerifiableRecord[]);

describe('evidence-db append and read', () => {
  it('a fresh database reads empty', async () => {
    expect(await db.readRecords()).toEqual([]);
    expect(await db.readLog()).toEqual([]);
    expect(await db.readPending()).toEqual([]);
    expect(await db.recordEvidence([])).toEqual([]);
  });

  it('appends entries in order, each sealed after the one before, and reads them back as written', async () => {
    const first = await db.recordEvidence([host(1), host(2)]);
    const second = await db.recordEvidence([host(3)]);
    expect([...first, ...second].map((e) => e.seq)).toEqual([1, 2, 3]);
    const log = await db.readLog();
    expect(log).toEqual([...first, ...second]);
    expect(log.map((e) => e.signalValue)).toEqual(['h1.fullstory.com', 'h2.fullstory.com', 'h3.fullstory.com']);
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(log[2]!.prevHash).toBe(log[1]!.hash);
    expect(await verify()).toEqual({ intact: true, count: 3, head: { seq: 3, hash: log[2]!.hash } });
  });

  it('writers racing each other never fork the chain', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => db.recordEvidence([host(i)])));
    expect((await db.readLog()).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verify()).toMatchObject({ intact: true, count: 20 });
  });

  it('a repeat is a pending count, not a log entry, until flushed as a tally', async () => {
    await db.recordEvidence([host(1)]);
    expect(await db.recordEvidence([{ ...host(1), at: T + 50, firstAt: T + 50, lastAt: T + 50 }])).toEqual([]);
    expect((await db.readPending()).map((p) => p.count)).toEqual([1]);
    expect(await db.flushAllPending(T + 100)).toBe(1);
    const log = await db.readLog();
    expect(log.map((e) => [e.seq, e.kind, e.count])).toEqual([
      [1, 'first_seen', 1],
      [2, 'tally', 1],
    ]);
    expect((await db.readPending()).map((p) => p.count)).toEqual([0]);
    expect(await db.flushAllPending(T + 200)).toBe(0);
    expect(await verify()).toMatchObject({ intact: true, count: 2 });
  });
});

describe('evidence-db limits', () => {
  it('cuts an over-long field to its limit before sealing, so the stored entry still verifies', async () => {
    const long = draft({ evidence: `https://rs.fullstory.com/${'a'.repeat(5000)}` });
    const [stored] = await db.recordEvidence([long]);
    expect(stored!.evidence).toHaveLength(FIELD_LIMITS.evidence);
    expect(stored!.evidence.endsWith(CUT_MARK)).toBe(true);
    expect(await verify()).toMatchObject({ intact: true, count: 1 });
  });

  it(`gives at most ${MAX_UNKNOWN_HOSTS_PER_DAY} new unknown hosts a day their own entry, the rest one overflow stream`, async () => {
    const unknown = (n: number) =>
      draft({
        kind: 'unknown_third_party',
        ruleId: undefined,
        product: undefined,
        category: undefined,
        signalKind: 'unknown_host',
        signalValue: `u${n}.example`,
        evidence: `https://u${n}.example/`,
      });
    await db.recordEvidence(Array.from({ length: MAX_UNKNOWN_HOSTS_PER_DAY + 10 }, (_, i) => unknown(i)));
    const values = (await db.readLog()).map((e) => e.signalValue);
    expect(values).toHaveLength(MAX_UNKNOWN_HOSTS_PER_DAY + 1);
    expect(values.at(-1)).toBe(MORE_UNKNOWN_HOSTS);
    const overflow = (await db.readPending()).find((p) => p.template.signalValue === MORE_UNKNOWN_HOSTS);
    expect(overflow?.count).toBe(9);
  });
});

describe('evidence-db clear and retention', () => {
  it('clearing empties the log and pending counts, leaves one checkpoint, and the chain goes on from it', async () => {
    await db.recordEvidence([host(1), host(2), host(3)]);
    await db.recordEvidence([host(1)]);
    const before = await db.readLog();
    expect(await db.clearEvidence()).toBe(3);
    expect(await db.readLog()).toEqual([]);
    expect(await db.readPending()).toEqual([]);
    const [checkpoint] = await db.readRecords();
    expect(checkpoint).toMatchObject({ seq: 4, kind: 'checkpoint', removedThrough: 3, removedCount: 3 });
    expect(checkpoint!.prevHash).toBe(before[2]!.hash);
    const [next] = await db.recordEvidence([host(9)]);
    expect(next!.seq).toBe(5);
    expect(await verify()).toMatchObject({ intact: true, count: 2 });
  });

  it('clearing an empty log writes nothing', async () => {
    expect(await db.clearEvidence()).toBe(0);
    expect(await db.readRecords()).toEqual([]);
  });

  it('retention removes the oldest entries only, and a checkpoint explains the gap', async () => {
    await db.recordEvidence([host(1000), host(2000), host(3000)]);
    expect(await db.deleteOlderThan(T + 500)).toBe(0);
    expect(await db.deleteOlderThan(T + 2500)).toBe(2);
    const records = await db.readRecords();
    expect(records.map((r) => [r.seq, r.kind])).toEqual([
      [3, 'first_seen'],
      [4, 'checkpoint'],
    ]);
    expect(records[1]).toMatchObject({ removedThrough: 2, removedCount: 2 });
    expect(await verify()).toMatchObject({ intact: true });
  });
});

describe('evidence-db upgrade', () => {
  it('does not carry over a version 1 log, whose entries were never sealed', async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('sightline-evidence', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('log', { keyPath: 'seq' }).add({ seq: 1, kind: 'first_seen' });
        open.result.createObjectStore('pending', { keyPath: 'key' }).add({ key: 'k', count: 2 });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    expect(await db.readRecords()).toEqual([]);
    expect(await db.readPending()).toEqual([]);
    await db.recordEvidence([host(1)]);
    expect(await verify()).toMatchObject({ intact: true, count: 1 });
  });
});

describe('evidence-db day rows (what the overview reads instead of every record)', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const at = (day: number, n: number) => ({
    at: T + day * DAY + n,
    firstAt: T + day * DAY + n,
    lastAt: T + day * DAY + n,
  });
  const sameAsFromRecords = async () =>
    expect(sortRows(await db.readDays())).toEqual(sortRows(rollUpDays(await db.readLog())));

  it('are kept in step with every append, and equal the rows made from the records', async () => {
    await db.recordEvidence([host(1), draft({ ...at(0, 5), ruleId: 'pendo', product: 'Pendo', signalValue: 'x' })]);
    await db.recordEvidence([draft({ ...at(1, 0), kind: 'tally', count: 4, signalValue: 'y' })]);
    await db.recordEvidence([
      draft({ ...at(1, 9), kind: 'unknown_third_party', ruleId: undefined, signalValue: 'u.example' }),
    ]);
    const days = await db.readDays();
    const products = (await db.readLog()).filter((e) => e.kind !== 'unknown_third_party');
    expect(products.length).toBeGreaterThan(2);
    expect(days.reduce((n, r) => n + r.count, 0)).toBe(products.reduce((n, e) => n + e.count, 0));
    expect(days.some((r) => r.ruleId === undefined)).toBe(false);
    await sameAsFromRecords();
  });

  it('are made afresh after retention, and emptied by clearing', async () => {
    await db.recordEvidence([
      host(0),
      draft({ ...at(2, 0), signalValue: 'y' }),
      draft({ ...at(3, 0), signalValue: 'z' }),
    ]);
    await db.deleteOlderThan(T + 2 * DAY);
    await sameAsFromRecords();
    expect((await db.readDays()).reduce((n, r) => n + r.count, 0)).toBe(2);
    await db.clearEvidence();
    expect(await db.readDays()).toEqual([]);
  });

  it('are made from the records of a log written before they existed (version 3), in the upgrade', async () => {
    const { sealed, head } = sealDrafts([host(1), draft({ ...at(1, 0), signalValue: 'y', count: 3, kind: 'tally' })], {
      seq: 0,
      hash: GENESIS_HASH,
    });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('sightline-evidence', 3);
      open.onupgradeneeded = () => {
        const log = open.result.createObjectStore('log', { keyPath: 'seq' });
        log.createIndex('byAt', 'at');
        for (const record of sealed) log.add(record);
        open.result.createObjectStore('pending', { keyPath: 'key' });
        open.result.createObjectStore('meta').put(head, 'head');
        open.result.createObjectStore('caps', { keyPath: 'key' });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    expect((await db.readDays()).reduce((n, r) => n + r.count, 0)).toBe(4);
    await sameAsFromRecords();
    expect(await verify()).toMatchObject({ intact: true, count: 2 });
  });
});

const sortRows = (rows: DayRow[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
