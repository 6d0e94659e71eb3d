// Messages between the rep view and its worker (same extension, same build; plain types, no zod: the
// worker's input is File objects the person chose, and each file's content is validated by parseBundle).
import type { MemberSummary } from '../evidence/member-summary';

export type ToWorker = { files: File[] };

export type FromWorker =
  | { type: 'progress'; done: number; total: number; name: string }
  | { type: 'file'; name: string; ok: true; summary: MemberSummary }
  | { type: 'file'; name: string; ok: false; error: string }
  | { type: 'done' };
