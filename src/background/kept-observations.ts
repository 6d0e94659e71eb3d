// A write-through copy of the tab-state owner's buffer (tab-state.ts) in storage.session, so a worker
// stopped within the second observations wait in memory loses none of them: each observation is stored
// under its own key as it arrives (small writes, never the whole buffer), and removed once folded into the
// tab report. The report names the newest observation it holds (`written`), in the same write, so after a
// restart a copy whose removal did not happen is recognised and never counted twice.
import browser from 'webextension-polyfill';

const PREFIX = 'obs:';
let lastId = 0;

/** Increasing across worker restarts too (time-based), so `written` orders old and new observations. */
export function nextObservationId(): number {
  lastId = Math.max(lastId + 1, Date.now() * 1000);
  return lastId;
}

const keyOf = (tabId: number, id: number) => `${PREFIX}${tabId}:${id}`;

// One write in flight at a time; what arrives meanwhile goes in the next, so a burst of requests costs a
// few writes, not one each, and an observation is unguarded only for the time of one write.
const queued = new Map<string, unknown>();
let writing = false;

async function writeQueued(): Promise<void> {
  writing = true;
  while (queued.size > 0) {
    const batch = Object.fromEntries(queued);
    queued.clear();
    await browser.storage.session.set(batch).catch(() => undefined); // full: the buffer still holds them
  }
  writing = false;
}

export function keepObservation(tabId: number, item: { id: number }): void {
  queued.set(keyOf(tabId, item.id), item);
  if (!writing) void writeQueued();
}

export function forgetObservations(tabId: number, items: readonly { id: number }[]): void {
  if (items.length === 0) return;
  const keys = items.map((item) => keyOf(tabId, item.id));
  for (const key of keys) queued.delete(key);
  void browser.storage.session.remove(keys).catch(() => undefined);
}

/** Copies left by a stopped worker, per tab, oldest first. Only shape-checked: this extension wrote them. */
export async function readKeptObservations(): Promise<Map<number, { id: number; site: string; kind: string }[]>> {
  const kept = new Map<number, { id: number; site: string; kind: string }[]>();
  for (const [key, value] of Object.entries(await browser.storage.session.get(null))) {
    const match = /^obs:(\d+):\d+$/.exec(key);
    const item = value as { id?: unknown; site?: unknown; kind?: unknown } | null;
    if (!match || typeof item?.id !== 'number' || typeof item.site !== 'string' || typeof item.kind !== 'string')
      continue;
    const tabId = Number(match[1]);
    kept.set(tabId, [...(kept.get(tabId) ?? []), item as { id: number; site: string; kind: string }]);
  }
  for (const items of kept.values()) items.sort((a, b) => a.id - b.id);
  return kept;
}
