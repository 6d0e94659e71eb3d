// Reads, verifies and summarises the members' exports it is given off the page's thread, one file at a
// time (in the order they came), so a thousand files never freeze the page and only small summaries are
// kept in memory.
import { summariseExportText } from '../evidence/summarise-file';
import { ruleCatalog } from '../rules/bundled-catalog';
import type { FromWorker, ToWorker } from './merge-protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

async function summarise(file: File): Promise<void> {
  try {
    post({ type: 'file', name: file.name, ...(await summariseExportText(await file.text(), file.size, ruleCatalog)) });
  } catch (error) {
    post({ type: 'file', name: file.name, ok: false, error: `could not be read (${(error as Error).message})` });
  }
}

let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  for (const file of event.data.files) queue = queue.then(() => summarise(file));
});
