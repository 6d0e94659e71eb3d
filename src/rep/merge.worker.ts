// Reads, verifies and summarises members' exports off the page's thread, one file at a time, so a
// thousand files never freeze the page and only small summaries are kept in memory.
import { summariseBundle } from '../evidence/member-summary';
import { parseBundle, verifyBundle } from '../evidence/read-bundle';
import { ruleCatalog } from '../rules/bundled-catalog';
import type { FromWorker, ToWorker } from './merge-protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void (async () => {
    const { files } = event.data;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      try {
        const parsed = parseBundle(await file.text(), file.size);
        if (!parsed.ok) post({ type: 'file', name: file.name, ok: false, error: parsed.error });
        else post({ type: 'file', name: file.name, ok: true, summary: summariseBundle({ bundle: parsed.bundle, verification: await verifyBundle(parsed.bundle) }, ruleCatalog) });
      } catch (error) {
        post({ type: 'file', name: file.name, ok: false, error: `could not be read (${(error as Error).message})` });
      }
      post({ type: 'progress', done: i + 1, total: files.length, name: file.name });
    }
    post({ type: 'done' });
  })();
});
