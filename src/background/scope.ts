// Whether a site is in the work scope, from the settings in storage.local. The settings are cached in
// memory for speed and reloaded on change; storage stays the source of truth after a worker restart.
import { isInScope } from '../scope/work-scope';
import { settingsItem, type Settings } from '../shared/settings';

let current: Promise<Settings> = settingsItem.get();
// Every request asks about its tab's site, and a tab keeps its site for many requests: remember the
// answer per site until the settings change.
const decided = new Map<string, boolean>();
settingsItem.watch((settings) => {
  current = Promise.resolve(settings);
  decided.clear();
});

export async function currentSettings(): Promise<Settings> {
  return current;
}

export async function siteInScope(site: string | undefined): Promise<boolean> {
  if (!site) return false;
  const known = decided.get(site);
  if (known !== undefined) return known;
  const answer = isInScope(site, await current);
  if (decided.size > 1000) decided.clear();
  decided.set(site, answer);
  return answer;
}
