// Per-tab detections in storage.session, so they survive service-worker termination. Writes go through
// one promise queue: concurrent read-modify-write of storage otherwise loses entries.
import browser from 'webextension-polyfill';
import { z } from 'zod';
import type { Detection } from '../shared/model';

export const TabDetections = z.object({
  site: z.string(),
  products: z.record(
    z.string(),
    z.object({ count: z.number().int().nonnegative(), first: z.number(), last: z.number(), evidence: z.string() }),
  ),
});
export type TabDetections = z.infer<typeof TabDetections>;

const keyFor = (tabId: number): string => `tab:${tabId}`;

export async function readTabDetections(tabId: number): Promise<TabDetections | null> {
  const stored = (await browser.storage.session.get(keyFor(tabId)))[keyFor(tabId)];
  const parsed = TabDetections.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * count: each detection is one more request. backfill: page-scan results that webRequest may already
 * have counted, so they only add products not yet seen on the tab.
 */
export function recordDetections(
  tabId: number,
  site: string,
  detections: Detection[],
  at: number,
  mode: 'count' | 'backfill' = 'count',
): Promise<void> {
  const write = queue.then(async () => {
    const current = await readTabDetections(tabId);
    const next: TabDetections = current && current.site === site ? current : { site, products: {} };
    for (const detection of detections) {
      const seen = next.products[detection.ruleId];
      if (seen && mode === 'backfill') continue;
      next.products[detection.ruleId] = seen
        ? { ...seen, count: seen.count + 1, last: at }
        : { count: 1, first: at, last: at, evidence: detection.evidence };
    }
    await browser.storage.session.set({ [keyFor(tabId)]: next });
  });
  queue = write.catch((error: unknown) => console.error('Sightline: could not record detections', error));
  return write;
}

export function forgetTab(tabId: number): Promise<void> {
  const write = queue.then(() => browser.storage.session.remove(keyFor(tabId)));
  queue = write.catch(() => undefined);
  return write;
}
