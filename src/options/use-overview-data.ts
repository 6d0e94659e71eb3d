// The overview's inputs: the log by day, site and product (the background keeps those rows as it
// appends, shared/evidence-db.ts, so a large log opens as fast as a small one) with the counts not yet
// written, the stored declarations read through policyNow (the answer the popup, letters and reports
// give), and the last visit, which is then moved to now. Reloads when the background records something,
// as the evidence log view does.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { policyNow, type PolicyNow } from '../policy/status-now';
import { ruleCatalog } from '../rules/bundled-catalog';
import { seenProducts, type Seen } from '../dashboard/seen';
import { declarationsItem } from '../shared/declarations-store';
import { readDays, readPending } from '../shared/evidence-log-read';
import { lastOpenedItem } from './last-opened';
import { onLogChanged } from './log-changed';

export interface OverviewData {
  seen: Seen[];
  policy: PolicyNow;
  hasPolicy: boolean;
  lastOpened: number | undefined;
  now: number;
}

export function useOverviewData(): OverviewData | null {
  const [data, setData] = useState<OverviewData | null>(null);
  useEffect(() => {
    let lastOpened: Promise<number | undefined> | undefined;
    const load = async () => {
      // Read once per visit, then stamp this visit, so "since you last looked" means the visit before.
      lastOpened ??= lastOpenedItem.get().then(async (previous) => {
        await lastOpenedItem.set(Date.now());
        return previous ?? undefined;
      });
      const [days, pending, stored, previous] = await Promise.all([
        readDays(),
        readPending(),
        declarationsItem.get(),
        lastOpened,
      ]);
      setData({
        seen: [...days, ...seenProducts([], pending)],
        policy: policyNow(ruleCatalog, stored.declarations, stored.activeId),
        hasPolicy: stored.declarations.length > 0,
        lastOpened: previous,
        now: Date.now(),
      });
    };
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 500);
    };
    browser.storage.session.onChanged.addListener(onChange);
    const stopDeclarations = declarationsItem.watch(onChange);
    const stopLog = onLogChanged(onChange);
    return () => {
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(onChange);
      stopDeclarations();
      stopLog();
    };
  }, []);
  return data;
}
