// The evidence log in IndexedDB (via idb). Two stores: "log", append-only (entries are added, never
// edited; only retention deletes old ones), and "pending", the tally counts not yet written as entries.
// Every observation is one transaction over both, so concurrent writers cannot lose counts.
// Used by the background (writes) and the options page (reads, export, clear).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { tallyKey, type EntryDraft, type EvidenceEntry } from '../evidence/entry';
import { flushPending, recordObservation, type PendingTally } from '../evidence/tally';

interface EvidenceDb extends DBSchema {
  log: { key: number; value: EvidenceEntry; indexes: { byLastAt: number } };
  pending: { key: string; value: PendingTally };
}

let opening: Promise<IDBPDatabase<EvidenceDb>> | null = null;

function db(): Promise<IDBPDatabase<EvidenceDb>> {
  opening ??= openDB<EvidenceDb>('sightline-evidence', 1, {
    upgrade(database) {
      const log = database.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
      log.createIndex('byLastAt', 'lastAt');
      database.createObjectStore('pending', { keyPath: 'key' });
    },
  });
  return opening;
}

/** Record observations; returns the entries appended to the log. */
export async function recordEvidence(drafts: readonly EntryDraft[], intervalMs?: number): Promise<EvidenceEntry[]> {
  if (drafts.length === 0) return [];
  const tx = (await db()).transaction(['log', 'pending'], 'readwrite');
  const log = tx.objectStore('log');
  const pendingStore = tx.objectStore('pending');
  const appended: EvidenceEntry[] = [];
  for (const draft of drafts) {
    const key = tallyKey(draft);
    const step = recordObservation(await pendingStore.get(key), key, draft, intervalMs);
    if (step.append) {
      // seq is assigned by the store (autoIncrement); the object is written without it.
      const seq = await log.add(step.append as EvidenceEntry);
      appended.push({ ...step.append, seq });
    }
    await pendingStore.put(step.pending);
  }
  await tx.done;
  return appended;
}

/** Write every pending count as a tally entry (before an export, so it is complete). */
export async function flushAllPending(at: number): Promise<void> {
  const tx = (await db()).transaction(['log', 'pending'], 'readwrite');
  for (const pending of await tx.objectStore('pending').getAll()) {
    const step = flushPending(pending, at);
    if (step.append) await tx.objectStore('log').add(step.append as EvidenceEntry);
    await tx.objectStore('pending').put(step.pending);
  }
  await tx.done;
}

export async function readLog(): Promise<EvidenceEntry[]> {
  // In-line autoIncrement keys: IndexedDB writes seq into each stored entry.
  const entries = await (await db()).getAll('log');
  return entries;
}

export async function readPending(): Promise<PendingTally[]> {
  return (await db()).getAll('pending');
}

/** Delete entries whose last observation is older than the cutoff (retention). Returns how many. */
export async function deleteOlderThan(cutoff: number): Promise<number> {
  const tx = (await db()).transaction(['log', 'pending'], 'readwrite');
  let removed = 0;
  let cursor = await tx.objectStore('log').index('byLastAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  // Pending counts that are entirely older than the cutoff go too, so they cannot reappear later.
  let pendingCursor = await tx.objectStore('pending').openCursor();
  while (pendingCursor) {
    if (pendingCursor.value.last < cutoff) await pendingCursor.delete();
    pendingCursor = await pendingCursor.continue();
  }
  await tx.done;
  return removed;
}

export async function clearEvidence(): Promise<void> {
  const tx = (await db()).transaction(['log', 'pending'], 'readwrite');
  await Promise.all([tx.objectStore('log').clear(), tx.objectStore('pending').clear(), tx.done]);
}
