// Reads, verifies and summarises its share of members' exports off the page's thread, one file at a time,
// so a thousand files never freeze the page and only small summaries are kept in memory.
import { summariseExportText } from '../evidence/summarise-file';
import { ruleCatalog } from '../rules/bundled-catalog';
import type { FromWorker, ToWorker } from './merge-protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void (async () => {
    for (const file of event.data.files) {
      try {
        post({ type: 'file', name: file.name, ...(await summariseExportText(await file.text(), file.size, ruleCatalog)) });
      } catch (error) {
        post({ type: 'file', name: file.name, ok: false, error: `could not be read (${(error as Error).message})` });
      }
    }
    post({ type: 'done' });
  })();
});
