// The evidence log's write side (background only; lint refuses it anywhere else): "log" holds sealed
// entries and checkpoints (append-only: records are added, never edited; retention deletes the oldest and
// appends a checkpoint), "pending" the tally counts not yet written, "caps" how many new unknown hosts each
// site had per day (unknown-cap.ts), "meta" the chain head and the salts new records are sealed with
// (renewed after each export, see seal.ts). One writer, through one queue. Each append reads the head and
// pending counts in one transaction, seals, and writes in the next; the queue keeps anything else from
// running in between, so the chain never forks. Extension pages read through evidence-log-read.ts and ask
// the background (messages) to flush or clear.
import type { IDBPDatabase } from 'idb';
import { openEvidenceDb as db, type EvidenceDb } from './evidence-db-open';
import type { EntryDraft } from '../evidence/log/entry';
import { boundDraft } from '../evidence/log/limits';
import { isSealedEntry, type Checkpoint, type LogRecord, type SealedEntry } from '../evidence/seal/log-record';
import type { WorkerReportDraft } from '../evidence/log/worker-report';
import { sealReport } from '../evidence/seal/seal-report';
import {
  GENESIS_HASH,
  newGroupSalts,
  sealCheckpoint,
  sealDrafts,
  type ChainHead,
  type GroupSalts,
} from '../evidence/seal/seal';
import { planAppend } from '../evidence/log/plan-append';
import { flushPending, type PendingTally } from '../evidence/log/tally';
import { capDayStart, type UnknownHostCap } from '../evidence/log/unknown-cap';
import { addToDay, dayKey, rollsUp, rollUpDays, type DayRow } from '../evidence/log/day-rollup';

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

async function readHead(database: IDBPDatabase<EvidenceDb>): Promise<ChainHead> {
  return ((await database.get('meta', 'head')) as ChainHead | undefined) ?? { seq: 0, hash: GENESIS_HASH };
}

/** The salts new records are sealed with; made on first use and stored with the records they seal. */
async function readSalts(database: IDBPDatabase<EvidenceDb>): Promise<{ salts: GroupSalts; stored: boolean }> {
  const stored = (await database.get('meta', 'salts')) as GroupSalts | undefined;
  return stored ? { salts: stored, stored: true } : { salts: newGroupSalts(), stored: false };
}

async function append(
  database: IDBPDatabase<EvidenceDb>,
  drafts: EntryDraft[],
  pending: PendingTally[],
  renewSalts = false,
  caps: UnknownHostCap[] = [],
): Promise<SealedEntry[]> {
  const head = await readHead(database);
  const { salts, stored } = await readSalts(database);
  const { sealed, head: next } = sealDrafts(drafts, head, salts);
  const tx = database.transaction(['log', 'pending', 'meta', 'caps', 'days'], 'readwrite');
  for (const record of sealed) void tx.objectStore('log').add(record);
  const daysAdded = addDays(tx.objectStore('days'), sealed);
  for (const p of pending) void tx.objectStore('pending').put(p);
  for (const cap of caps) void tx.objectStore('caps').put(cap);
  void tx.objectStore('meta').put(next, 'head');
  if (renewSalts) void tx.objectStore('meta').put(newGroupSalts(), 'salts');
  else if (!stored) void tx.objectStore('meta').put(salts, 'salts');
  await Promise.all([tx.done, daysAdded]);
  return sealed;
}

/** Add entries to their day rows, in the transaction that appends them (reads and writes in order). */
async function addDays(
  days: { get(key: string): Promise<DayRow | undefined>; put(row: DayRow): Promise<unknown> },
  entries: readonly SealedEntry[],
): Promise<void> {
  const touched = new Map<string, DayRow | undefined>();
  for (const entry of entries) {
    if (!rollsUp(entry)) continue;
    const key = dayKey(entry);
    const row = touched.has(key) ? touched.get(key) : await days.get(key);
    touched.set(key, addToDay(row, entry));
  }
  for (const row of touched.values()) if (row) await days.put(row);
}

/** Day rows made afresh from the records that remain (retention removed a prefix of the log). */
async function replaceDays(database: IDBPDatabase<EvidenceDb>, remaining: readonly SealedEntry[]): Promise<void> {
  const tx = database.transaction('days', 'readwrite');
  void tx.store.clear();
  for (const row of rollUpDays(remaining)) void tx.store.put(row);
  await tx.done;
}

/** Record observations (tally rules in evidence/log/tally.ts); returns the entries appended to the log. */
export function recordEvidence(unbounded: readonly EntryDraft[], intervalMs?: number): Promise<SealedEntry[]> {
  if (unbounded.length === 0) return Promise.resolve([]);
  // Every field within the importer's limits before it is keyed and sealed, so every export stays readable.
  const drafts = unbounded.map(boundDraft);
  return serialised(async () => {
    const database = await db();
    const plan = await planAppend(
      drafts,
      { pending: (key) => database.get('pending', key), cap: (key) => database.get('caps', key) },
      intervalMs,
    );
    return append(database, plan.append, plan.pending, false, plan.caps);
  });
}

/**
 * Append a worker-reported observation (already validated) to the chain. It joins no day row and no
 * tally: it is not something the browser observed, and nothing that counts observations reads it.
 */
export function recordWorkerReport(draft: WorkerReportDraft): Promise<number> {
  return serialised(async () => {
    const database = await db();
    const { sealed, head } = sealReport(draft, await readHead(database));
    const tx = database.transaction(['log', 'meta'], 'readwrite');
    void tx.objectStore('log').add(sealed);
    void tx.objectStore('meta').put(head, 'head');
    await tx.done;
    return sealed.seq;
  });
}

/**
 * Write every pending count as a tally entry (before an export, so it is complete). With `renewSalts`
 * (a file is about to leave the device) records written after this get new salts, so salts an export
 * revealed never help guess a value a later, more redacted export leaves out.
 */
export function flushAllPending(at: number, renewSalts = false): Promise<number> {
  return serialised(async () => {
    const database = await db();
    const steps = (await database.getAll('pending')).map((p) => flushPending(p, at));
    const drafts = steps.flatMap((s) => (s.append ? [s.append] : []));
    await append(
      database,
      drafts,
      steps.map((s) => s.pending),
      renewSalts,
    );
    return drafts.length;
  });
}

/** Delete the oldest records, up to the last one written before `cutoff`, and append a checkpoint. */
export function deleteOlderThan(cutoff: number): Promise<number> {
  return serialised(async () => {
    const database = await db();
    const records = await database.getAll('log');
    // The log is in time order; retention removes a prefix so the chain stays one piece.
    let last = -1;
    while (last + 1 < records.length && records[last + 1]!.at < cutoff) last++;
    if (last < 0) return 0;
    await removeThrough(database, records[last]!, last + 1);
    await replaceDays(database, records.slice(last + 1).filter(isSealedEntry));
    const tx = database.transaction(['pending', 'caps'], 'readwrite');
    for (const p of await tx.objectStore('pending').getAll())
      if (p.last < cutoff) void tx.objectStore('pending').delete(p.key);
    for (const cap of await tx.objectStore('caps').getAll())
      if (capDayStart(cap) + 24 * 60 * 60 * 1000 <= cutoff) void tx.objectStore('caps').delete(cap.key);
    await tx.done;
    return last + 1;
  });
}

async function removeThrough(database: IDBPDatabase<EvidenceDb>, lastRemoved: LogRecord, count: number): Promise<void> {
  const head = await readHead(database);
  const checkpoint: Checkpoint = sealCheckpoint(head, lastRemoved, count, Date.now());
  const tx = database.transaction(['log', 'meta'], 'readwrite');
  void tx.objectStore('log').delete(IDBKeyRange.upperBound(lastRemoved.seq));
  void tx.objectStore('log').add(checkpoint);
  void tx.objectStore('meta').put({ seq: checkpoint.seq, hash: checkpoint.hash }, 'head');
  await tx.done;
}

/** Delete everything (a checkpoint records that it happened and where the chain was). */
export function clearEvidence(): Promise<number> {
  return serialised(async () => {
    const database = await db();
    const records = await database.getAll('log');
    const last = records.at(-1);
    await database.clear('pending');
    await database.clear('caps');
    await database.clear('days');
    if (!last) return 0;
    await removeThrough(database, last, records.filter((r) => r.kind !== 'checkpoint').length);
    return records.length;
  });
}
