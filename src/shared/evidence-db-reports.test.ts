// Worker reports in the IndexedDB log, on fake-indexeddb: sealed in the one chain between browser
// entries, read back apart from them, never in a day row, and kept verifiable through retention.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draft } from '../evidence/log/test-entries';
import { reportDraft } from '../evidence/seal/seal-report';
import { verifyRecords, type VerifiableRecord } from '../evidence/seal/verify';

let db: typeof import('./evidence-db') & typeof import('./evidence-log-read');
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  db = { ...(await import('./evidence-db')), ...(await import('./evidence-log-read')) };
});

const T = 1_700_000_000_000;
const report = (where: string, at: number) =>
  reportDraft({ kind: 'cctv_video', where, when: '2023-11-14', how: 'saw', note: 'over the desks' }, at);

describe('worker reports in the log', () => {
  it('are sealed in the chain between entries and read apart from them', async () => {
    await db.recordEvidence([draft({ at: T, firstAt: T, lastAt: T })]);
    expect(await db.recordWorkerReport(report('Depot', T + 1))).toBe(2);
    await db.recordEvidence([draft({ at: T + 2, firstAt: T + 2, lastAt: T + 2, signalValue: 'edge.fullstory.com' })]);
    expect((await db.readLog()).map((e) => e.seq)).toEqual([1, 3]);
    const reports = await db.readWorkerReports();
    expect(reports.map((r) => [r.seq, r.report.where, r.note?.text])).toEqual([[2, 'Depot', 'over the desks']]);
    const days = await db.readDays();
    expect(days.reduce((sum, row) => sum + row.count, 0)).toBe(2);
    expect(await verifyRecords((await db.readRecords()) as unknown as VerifiableRecord[])).toMatchObject({
      intact: true,
      count: 3,
    });
  });

  it('stay verifiable when retention deletes what came before them', async () => {
    await db.recordEvidence([draft({ at: T, firstAt: T, lastAt: T })]);
    await db.recordWorkerReport(report('Depot', T + 10));
    await db.recordWorkerReport(report('Town Hall', T + 20));
    expect(await db.deleteOlderThan(T + 15)).toBe(2);
    expect((await db.readWorkerReports()).map((r) => r.report.where)).toEqual(['Town Hall']);
    expect(await verifyRecords((await db.readRecords()) as unknown as VerifiableRecord[])).toMatchObject({
      intact: true,
    });
  });
});
