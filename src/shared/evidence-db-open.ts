// Opening the evidence log's IndexedDB database (via idb) and its schema, upgrading older versions. Only
// the writer (evidence-db.ts, background) and the reads (evidence-log-read.ts) open it; lint keeps
// everything else out, so nothing but the background's queue writes to the log.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogRecord } from '../evidence/seal/log-record';
import type { ChainHead, GroupSalts } from '../evidence/seal/seal';
import type { PendingTally } from '../evidence/log/tally';
import type { UnknownHostCap } from '../evidence/log/unknown-cap';

export interface EvidenceDb extends DBSchema {
  log: { key: number; value: LogRecord; indexes: { byAt: number } };
  pending: { key: string; value: PendingTally };
  meta: { key: 'head' | 'salts'; value: ChainHead | GroupSalts };
  /** New unknown hosts per site and day (evidence/log/unknown-cap.ts). */
  caps: { key: string; value: UnknownHostCap };
}

let opening: Promise<IDBPDatabase<EvidenceDb>> | null = null;

export function openEvidenceDb(): Promise<IDBPDatabase<EvidenceDb>> {
  opening ??= openDB<EvidenceDb>('sightline-evidence', 3, {
    upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('log', { keyPath: 'seq' });
        database.createObjectStore('pending', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        // Version 1 logs were not sealed; they cannot be vouched for now, so they are not carried over.
        if (oldVersion >= 1) {
          database.deleteObjectStore('log');
          database.createObjectStore('log', { keyPath: 'seq' });
          void tx.objectStore('pending').clear();
        }
        tx.objectStore('log').createIndex('byAt', 'at');
        database.createObjectStore('meta');
      }
      if (oldVersion < 3) database.createObjectStore('caps', { keyPath: 'key' });
    },
  });
  return opening;
}
