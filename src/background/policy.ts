// The employer's declared policy, as the background uses it: cached from storage.local and reloaded on
// change. When the person edits, imports or switches declarations, whoever asked (the tab-state owner,
// which re-compares every open tab) is told, after the cache holds the new declarations.
import { declarationsItem, type StoredDeclarations } from '../shared/declarations-store';

let current: Promise<StoredDeclarations> = declarationsItem.get();
const listeners: ((stored: StoredDeclarations) => void)[] = [];

export function currentDeclarations(): Promise<StoredDeclarations> {
  return current;
}

/** Call `listener` with the declarations each time they change. */
export function whenDeclarationsChange(listener: (stored: StoredDeclarations) => void): void {
  listeners.push(listener);
}

declarationsItem.watch((stored) => {
  current = Promise.resolve(stored);
  for (const listener of listeners) listener(stored);
});
