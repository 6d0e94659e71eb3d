// Opening the evidence log's IndexedDB database (via idb) and its schema, upgrading older versions. Only
// the writer (evidence-db.ts, background) and the reads (evidence-log-read.ts) open it; lint keeps
// everything else out, so nothing but the background's queue writes to the log.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ChainHead, GroupSalts } from '../evidence/seal/seal';
import type { PendingTally } from '../evidence/log/tally';
import type { UnknownHostCap } from '../evidence/log/unknown-cap';
import { rollUpDays, type DayRow } from '../evidence/log/day-rollup';
import { isSealedEntry, type LogRecord } from '../evidence/seal/log-record';

export interface EvidenceDb extends DBSchema {
  log: { key: number; value: LogRecord; indexes: { byAt: number } };
  pending: { key: string; value: PendingTally };
  meta: { key: 'head' | 'salts'; value: ChainHead | GroupSalts };
  /** New unknown hosts per site and day (evidence/log/unknown-cap.ts). */
  caps: { key: string; value: UnknownHostCap };
  /**
   * The log folded by day, site and product (evidence/log/day-rollup.ts), written in the transaction
   * that appends the records it adds up, so the overview opens without reading the whole log.
   */
  days: { key: string; value: DayRow };
}

let opening: Promise<IDBPDatabase<EvidenceDb>> | null = null;

export function openEvidenceDb(): Promise<IDBPDatabase<EvidenceDb>> {
  opening ??= openDB<EvidenceDb>('sightline-evidence', 4, {
    async upgrade(database, oldVersion, _newVersion, tx) {
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
      if (oldVersion < 4) {
        // The day rows of a log written before they existed, from its records, in the upgrade itself.
        database.createObjectStore('days', { keyPath: 'key' });
        const records = await tx.objectStore('log').getAll();
        const days = tx.objectStore('days');
        for (const row of rollUpDays(records.filter(isSealedEntry))) void days.put(row);
      }
    },
  });
  return opening;
}
