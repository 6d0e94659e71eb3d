// Keeps the MAIN-world page hooks (page-hooks.js: camera, microphone, screen, location, idle, clipboard
// and keystroke-listener use) registered for exactly the in-scope sites: on every worker start and when
// the work scope changes. Personal sites never get them. Registration persists across browser sessions.
import browser from 'webextension-polyfill';
import { scopeMatchPatterns } from '../scope/match-patterns';
import { settingsItem, type Settings } from '../shared/settings';

const ID = 'sightline-page-hooks';
export const PAGE_HOOKS_FILE = 'page-hooks.js';

async function register(settings: Settings): Promise<void> {
  const matches = scopeMatchPatterns(settings);
  const script = { id: ID, js: [PAGE_HOOKS_FILE], matches, runAt: 'document_start' as const, allFrames: false, world: 'MAIN' as const, persistAcrossSessions: true };
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (!existing) await browser.scripting.registerContentScripts([script as never]);
  else if (JSON.stringify([...(existing.matches ?? [])].sort()) !== JSON.stringify(matches)) await browser.scripting.updateContentScripts([{ id: ID, matches } as never]);
}

let queue: Promise<void> = Promise.resolve();
function sync(settings: Settings): void {
  queue = queue.then(() => register(settings)).catch((error: unknown) => console.error('Sightline: could not register the page hooks', error));
}

void settingsItem.get().then(sync);
settingsItem.watch(sync);
