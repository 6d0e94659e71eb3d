// Whether the background could write what it saw, for the toolbar and the options page: a failed write
// (observations kept and retried, see background/write-buffer.ts) or storage nearly full. Absent when
// all is well. In storage.session: it describes this browser session's writing, not the log.
import { z } from 'zod';
import { storageItem } from './storage-item';

export const WriteStatus = z.object({
  problem: z.enum(['write-failed', 'nearly-full']),
  at: z.number(),
  /** Observations and evidence entries kept in memory, not yet written. */
  waiting: z.number().int().nonnegative().optional(),
  /** The browser's reason, as it gave it. */
  detail: z.string().max(500).optional(),
  /** Share of the storage quota in use, 0 to 1 (nearly-full). */
  used: z.number().optional(),
});
export type WriteStatus = z.infer<typeof WriteStatus>;

export const writeStatusItem = storageItem('session', 'writeStatus', WriteStatus.nullable(), null);

/** Above this share of the quota, the toolbar and options page warn before writes start failing. */
export const NEARLY_FULL = 0.8;
