// Reads, verifies and summarises the members' exports and capture-evidence files it is given off the
// page's thread, one task at a time (in the order they came), so a thousand files never freeze the page
// and only small summaries are kept in memory. A file over the size limit is refused before a byte of it is read.
import { summariseMemberFiles } from '../evidence/merge/member-exports';
import { sizeProblem } from '../evidence/export/read-bundle';
import type { LoadedFile } from '../evidence/merge/summarise-file';
import { summariseEvidenceFile } from '../capture/summarise-evidence-file';
import { ruleCatalog } from '../rules/bundled-catalog';
import type { FromWorker, ToWorker } from './merge-protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

async function readFile(file: File): Promise<LoadedFile> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { name: file.name, bytes: file.size, sha256: null, outcome: { ok: false, error: tooBig } };
  try {
    return await summariseEvidenceFile(file.name, new Uint8Array(await file.arrayBuffer()), ruleCatalog);
  } catch (error) {
    return {
      name: file.name,
      bytes: file.size,
      sha256: null,
      outcome: { ok: false, error: `could not be read (${(error as Error).message})` },
    };
  }
}

async function run(task: ToWorker): Promise<void> {
  if (task.kind === 'file') {
    post({ kind: 'file', id: task.id, loaded: await readFile(task.file) });
    return;
  }
  try {
    const files = [];
    for (const { file, sha256 } of task.files) files.push({ sha256, data: new Uint8Array(await file.arrayBuffer()) });
    post({ kind: 'member', id: task.id, outcome: await summariseMemberFiles(files, ruleCatalog) });
  } catch (error) {
    post({
      kind: 'member',
      id: task.id,
      outcome: { ok: false, error: `could not be read again (${(error as Error).message})` },
    });
  }
}

let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const task = event.data;
  queue = queue.then(() => run(task));
});
