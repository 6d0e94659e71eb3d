// Retention: evidence older than the user's setting is deleted at start-up, at most hourly after, and at
// once when the setting changes.
import { deleteOlderThan } from '../shared/evidence-db';
import { settingsItem } from '../shared/settings';
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

const report = (error: unknown) => console.error('Sightline: retention check failed', error);
void maybeEnforceRetention(Date.now()).catch(report);

let lastDays: number | undefined;
settingsItem.watch(({ retentionDays }) => {
  if (retentionDays === lastDays) return;
  lastDays = retentionDays;
  void deleteOlderThan(Date.now() - retentionDays * DAY_MS).catch(report);
});
