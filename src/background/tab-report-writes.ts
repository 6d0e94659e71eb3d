// How a tab report is written: updates are queued per tab and applied together in one read-modify-write,
// because concurrent read-modify-write of storage loses entries (and coalescing keeps busy pages cheap).
// Only the tab-state owner (tab-state.ts) imports this file; tests/architecture.test.ts checks that.
import { readTabReport, tabReportKey, type ReportArea } from '../shared/tab-reports-store';
import { TabReport } from '../shared/tab-report';

/** The report as it is (null: none), to the report it becomes (null: remove it). */
export type ReportUpdate = (report: TabReport | null) => TabReport | null;

export interface TabReportWrites {
  /** Apply `update`; resolves once written, rejects when the write failed (the caller may keep and retry). */
  write(tabId: number, update: ReportUpdate): Promise<void>;
  /** As write, for callers with nothing to keep: a failure is logged. */
  update(tabId: number, update: ReportUpdate): Promise<void>;
}

export function tabReportWrites(area: ReportArea): TabReportWrites {
  const waiting = new Map<number, ReportUpdate[]>();
  const batches = new Map<number, Promise<void>>();
  let chain: Promise<void> = Promise.resolve();

  function write(tabId: number, update: ReportUpdate): Promise<void> {
    const queued = waiting.get(tabId);
    if (queued) {
      queued.push(update);
      return batches.get(tabId)!;
    }
    waiting.set(tabId, [update]);
    const run = chain.then(async () => {
      const updates = waiting.get(tabId) ?? [];
      waiting.delete(tabId);
      let report = await readTabReport(area, tabId);
      for (const apply of updates) report = apply(report);
      if (report) await area.set({ [tabReportKey(tabId)]: TabReport.parse(report) });
      else await area.remove(tabReportKey(tabId));
    });
    batches.set(tabId, run);
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    write,
    update: (tabId, update) =>
      write(tabId, update).catch((error: unknown) =>
        console.error('Sightline: could not update the tab report', error),
      ),
  };
}
