// Messages between the rep view and its workers (same extension, same build; plain types, no zod: the
// workers' input is File objects the person chose, and each file's content is validated by parseBundle).
import type { FileOutcome } from '../evidence/summarise-file';

export type ToWorker = { files: File[] };

export type FromWorker = ({ type: 'file'; name: string } & FileOutcome) | { type: 'done' };
