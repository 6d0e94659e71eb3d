// Reading the evidence log (sealed records and pending tallies) from extension pages. Reads only: writes
// go through the background's one queue (evidence-db.ts), which pages ask for by message.
import type { DayRow } from '../evidence/log/day-rollup';
import type { PendingTally } from '../evidence/log/tally';
import {
  isSealedEntry,
  isWorkerReport,
  type LogRecord,
  type SealedEntry,
  type SealedReport,
} from '../evidence/seal/log-record';
import { openEvidenceDb as db } from './evidence-db-open';

export async function readRecords(): Promise<LogRecord[]> {
  return (await db()).getAll('log');
}

/** The entries of what the browser observed (checkpoints and worker reports left out), for views. */
export async function readLog(): Promise<SealedEntry[]> {
  return (await readRecords()).filter(isSealedEntry);
}

/** The worker's own reports, newest first. */
export async function readWorkerReports(): Promise<SealedReport[]> {
  return (await readRecords()).filter(isWorkerReport).reverse();
}

/** The log by day, site and product: what the overview needs, without reading every record. */
export async function readDays(): Promise<DayRow[]> {
  return (await db()).getAll('days');
}

export async function readPending(): Promise<PendingTally[]> {
  return (await db()).getAll('pending');
}
