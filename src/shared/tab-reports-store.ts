// Per-tab reports in storage.session: they survive service-worker termination and vanish with the
// browser session. Updates are queued per tab and applied together in one read-modify-write, because
// concurrent read-modify-write of storage loses entries (and coalescing keeps busy pages cheap).
import browser from 'webextension-polyfill';
import { TabReport } from './tab-report';

export const tabReportKey = (tabId: number): string => `tab:${tabId}`;

export async function readTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const parsed = TabReport.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

type Update = (report: TabReport | null) => TabReport | null;

const waiting = new Map<number, Update[]>();
const batches = new Map<number, Promise<void>>();
let chain: Promise<void> = Promise.resolve();

/**
 * Apply `update` to the tab's report (null = remove it). Resolves once written; rejects when the write
 * failed, so a caller holding observations can keep them and try again (record.ts).
 */
export function writeTabReport(tabId: number, update: Update): Promise<void> {
  const queued = waiting.get(tabId);
  if (queued) {
    queued.push(update);
    return batches.get(tabId)!;
  }
  waiting.set(tabId, [update]);
  const run = chain.then(async () => {
    const updates = waiting.get(tabId) ?? [];
    waiting.delete(tabId);
    let report = await readTabReport(tabId);
    for (const apply of updates) report = apply(report);
    if (report) await browser.storage.session.set({ [tabReportKey(tabId)]: TabReport.parse(report) });
    else await browser.storage.session.remove(tabReportKey(tabId));
  });
  batches.set(tabId, run);
  chain = run.catch(() => undefined);
  return run;
}

/** As writeTabReport, for callers with nothing to keep: a failure is logged. */
export function updateTabReport(tabId: number, update: Update): Promise<void> {
  return writeTabReport(tabId, update).catch((error: unknown) =>
    console.error('Sightline: could not update the tab report', error),
  );
}
