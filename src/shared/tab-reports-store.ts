// Per-tab reports in storage.session: they survive service-worker termination and vanish with the
// browser session. This file is the reading side and the key scheme, for the popup and the background's
// tab-state owner alike. Writing belongs to one module only (background/tab-state.ts, through
// background/tab-report-writes.ts). The storage area is passed in, so tests can hand in a plain fake.
import type { Storage } from 'webextension-polyfill';
import { TabReport } from './tab-report';

/** The parts of a storage area (storage.session) the tab reports use. */
export type ReportArea = Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>;

export const tabReportKey = (tabId: number): string => `tab:${tabId}`;

/** The tab a stored key belongs to, or undefined for any other key. */
export function tabIdOfKey(key: string): number | undefined {
  const tabId = Number(/^tab:(\d+)$/.exec(key)?.[1]);
  return Number.isInteger(tabId) ? tabId : undefined;
}

export async function readTabReport(area: ReportArea, tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const parsed = TabReport.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/** Every tab that has a report now. */
export async function tabsWithReports(area: ReportArea): Promise<number[]> {
  return Object.keys(await area.get(null)).flatMap((key) => tabIdOfKey(key) ?? []);
}
