// Whether a site is in the work scope, from the settings in storage.local. The settings are cached in
// memory for speed and reloaded on change; storage stays the source of truth after a worker restart.
import { isInScope } from '../scope/work-scope';
import { settingsItem, type Settings } from '../shared/settings';

let current: Promise<Settings> = settingsItem.get();
settingsItem.watch((settings) => {
  current = Promise.resolve(settings);
});

export async function currentSettings(): Promise<Settings> {
  return current;
}

export async function siteInScope(site: string | undefined): Promise<boolean> {
  return isInScope(site, await current);
}
