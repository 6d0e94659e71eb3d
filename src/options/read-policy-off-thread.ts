// Asks a worker to read a policy's text (suggestions, promises, statements: policy/read-policy.ts). One reading at a time: a new request stops the one
// before (its worker is ended), so a huge text never queues up behind another.
import type { PolicyReading } from '../policy/reader/read-policy';
import type { FromReader, ToReader } from './read-policy-protocol';

let running: { worker: Worker; reject: (error: Error) => void } | null = null;
let nextId = 1;

export class ReadingStopped extends Error {
  constructor() {
    super('reading stopped: a newer reading replaced it');
  }
}

export function readPolicyOffThread(text: string): Promise<PolicyReading> {
  stopReading();
  const worker = new Worker(new URL('./read-policy.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  return new Promise<PolicyReading>((resolve, reject) => {
    running = { worker, reject };
    const finish = () => {
      worker.terminate();
      if (running?.worker === worker) running = null;
    };
    worker.onmessage = (event: MessageEvent<FromReader>) => {
      if (event.data.id !== id) return;
      finish();
      if (event.data.ok) resolve(event.data.reading);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the policy reader stopped unexpectedly'));
    };
    worker.postMessage({ id, text } satisfies ToReader);
  });
}

export function stopReading(): void {
  if (!running) return;
  running.worker.terminate();
  running.reject(new ReadingStopped());
  running = null;
}
