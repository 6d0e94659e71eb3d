// Retention: evidence older than the user's setting is deleted at start-up and at most hourly after.
import { deleteOlderThan } from '../shared/evidence-db';
import { currentSettings } from './scope';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;
let lastCheck = 0;

export async function maybeEnforceRetention(now: number): Promise<void> {
  if (now - lastCheck < CHECK_EVERY_MS) return;
  lastCheck = now;
  const { retentionDays } = await currentSettings();
  await deleteOlderThan(now - retentionDays * DAY_MS);
}

void maybeEnforceRetention(Date.now()).catch((error: unknown) => console.error('Sightline: retention check failed', error));
