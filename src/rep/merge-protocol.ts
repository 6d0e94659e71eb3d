// Messages between the rep view and its workers (same extension, same build; plain types, no zod: the
// workers' input is File objects the person chose, and each file's content is validated by parseBundle).
// Two kinds of task: read one file (parse, verify, digest, summarise), and read one member's several
// intact files again to summarise them as one, each record once. One answer per task, with its id.
import type { MemberOutcome } from '../evidence/merge/member-exports';
import type { LoadedFile } from '../evidence/merge/summarise-file';

export type ToWorker =
  { kind: 'file'; id: number; file: File } | { kind: 'member'; id: number; files: { file: File; sha256: string }[] };

export type FromWorker =
  { kind: 'file'; id: number; loaded: LoadedFile } | { kind: 'member'; id: number; outcome: MemberOutcome };
