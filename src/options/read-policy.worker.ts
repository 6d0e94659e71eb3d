// Reads a policy's text for suggestions off the options page's thread: a policy page or PDF is text the
// employer wrote, and however long or strange it is, the page the person is using stays responsive.
import { readPolicyText } from '../policy/reader/read-policy';
import { ruleCatalog } from '../rules/bundled-catalog';
import type { FromReader, ToReader } from './read-policy-protocol';

const post = (message: FromReader) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToReader>) => {
  const { id, text } = event.data;
  try {
    post({ id, ok: true, reading: readPolicyText(String(text), ruleCatalog) });
  } catch (error) {
    post({ id, ok: false, error: (error as Error).message });
  }
});
