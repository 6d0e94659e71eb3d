// An in-memory stand-in for one browser.storage area (local or session), for unit tests of the stores
// that sit on it. It stores structured clones (as the browser does), tells onChanged listeners what
// changed, and can be given a quota: a set that would pass it is refused with the browser's error and
// changes nothing, as Chrome does. Tests replace webextension-polyfill with it (vi.mock); the code under
// test runs as shipped. Never imported by the product.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** Chrome's message when storage.local is full (Firefox says "QuotaExceededError"). */
export const QUOTA_MESSAGE = 'Resource::kQuotaBytes quota exceeded';

export class FakeStorageArea {
  readonly data: Record<string, unknown> = {};
  /** Bytes the area may hold (Chrome counts each key's length plus its value's JSON). */
  quotaBytes = Infinity;
  private readonly listeners = new Set<Listener>();

  constructor(readonly areaName: 'local' | 'session' = 'local') {}

  readonly onChanged = {
    addListener: (listener: Listener) => void this.listeners.add(listener),
    removeListener: (listener: Listener) => void this.listeners.delete(listener),
    hasListener: (listener: Listener) => this.listeners.has(listener),
  };

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? Object.keys(this.data) : typeof keys === 'string' ? [keys] : keys;
    const found: Record<string, unknown> = {};
    for (const key of wanted) if (key in this.data) found[key] = structuredClone(this.data[key]);
    return found;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = { ...this.data, ...structuredClone(items) };
    if (bytesOf(next) > this.quotaBytes) throw new Error(QUOTA_MESSAGE);
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data[key], newValue: structuredClone(value) };
      this.data[key] = structuredClone(value);
    }
    for (const listener of this.listeners) listener(changes, this.areaName);
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
  }

  async clear(): Promise<void> {
    for (const key of Object.keys(this.data)) delete this.data[key];
  }

  /** Puts a raw value in place, as an older or damaged installation might have left it. */
  seed(key: string, value: unknown): void {
    this.data[key] = structuredClone(value);
  }

  /** Empties the area and forgets the quota and listeners, between tests. */
  reset(): void {
    for (const key of Object.keys(this.data)) delete this.data[key];
    this.quotaBytes = Infinity;
    this.listeners.clear();
  }
}

function bytesOf(data: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(data)) total += key.length + JSON.stringify(value).length;
  return total;
}

/** The shape of webextension-polyfill's default export that the stores use. */
export function fakeBrowser(local = new FakeStorageArea('local'), session = new FakeStorageArea('session')) {
  return { storage: { local, session } };
}
