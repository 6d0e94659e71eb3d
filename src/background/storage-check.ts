// Whether storage is nearly full, from navigator.storage.estimate(), asked at most every ten minutes
// (after successful writes; the estimate itself costs a trip to the browser's quota manager).
import { NEARLY_FULL, type WriteStatus } from '../shared/write-status';

const CHECK_EVERY_MS = 10 * 60 * 1000;
let checked: { at: number; used: number } | null = null;

export async function storageProblem(now: number): Promise<WriteStatus | null> {
  if (!checked || now - checked.at >= CHECK_EVERY_MS) {
    const estimate = await navigator.storage.estimate().catch(() => null);
    checked = { at: now, used: estimate?.quota ? (estimate.usage ?? 0) / estimate.quota : 0 };
  }
  return checked.used > NEARLY_FULL ? { problem: 'nearly-full', at: checked.at, used: checked.used } : null;
}
