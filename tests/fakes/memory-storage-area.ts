// An in-memory stand-in for a browser storage area (storage.session), for unit tests of code that is
// handed the area it uses. Values are copied in and out (structuredClone), as the browser's storage does,
// so a test sees only what was written; every set and remove is logged, and the next set can be made to
// fail, as a full disk's quota error does.
export class MemoryStorageArea {
  readonly values = new Map<string, unknown>();
  /** Each write in order: which keys it set or removed. */
  readonly writes: { op: 'set' | 'remove'; keys: string[] }[] = [];
  private failures = 0;

  /** Make the next `count` set calls reject without storing anything. */
  failNextSets(count = 1): void {
    this.failures = count;
  }

  async get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>> {
    const wanted =
      keys === null || keys === undefined
        ? [...this.values.keys()]
        : typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : Object.keys(keys);
    const found: Record<string, unknown> = {};
    for (const key of wanted) if (this.values.has(key)) found[key] = structuredClone(this.values.get(key));
    return found;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('QuotaExceededError: the fake storage area is full');
    }
    this.writes.push({ op: 'set', keys: Object.keys(items) });
    for (const [key, value] of Object.entries(items)) this.values.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    const list = typeof keys === 'string' ? [keys] : keys;
    this.writes.push({ op: 'remove', keys: list });
    for (const key of list) this.values.delete(key);
  }

  /** How many writes touched `key`. */
  writesTo(key: string): number {
    return this.writes.filter((write) => write.keys.includes(key)).length;
  }
}
