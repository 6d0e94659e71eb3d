// Messages between the rep view and its workers (same extension, same build; plain types, no zod: the
// workers' input is File objects the person chose, and each file's content is validated by parseBundle).
// The pool sends files a few at a time; the worker answers once per file, in the order it got them.
import type { FileOutcome } from '../evidence/summarise-file';

export type ToWorker = { files: File[] };

export type FromWorker = { type: 'file'; name: string } & FileOutcome;
