// The typed storage item every store is built on: defaults when nothing is stored, a corrupt stored value
// reported by key and left in place, a value that breaks the schema refused before it is written, a full
// storage area's error passed on with the stored value kept, and change events parsed like reads.
// Only the browser is replaced (test-storage.ts); storageItem runs as shipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { FakeStorageArea } from './test-storage';
import { QUOTA_MESSAGE } from './test-storage';

vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('./test-storage');
  return { default: fakeBrowser() };
});

const browser = (await import('webextension-polyfill')).default as unknown as {
  storage: { local: FakeStorageArea; session: FakeStorageArea };
};
const { storageItem } = await import('./storage-item');

const Counter = z.object({ version: z.literal(1), count: z.number().int().nonnegative() });
const FALLBACK = { version: 1 as const, count: 0 };
const local = browser.storage.local;
const item = storageItem('local', 'counter', Counter, FALLBACK);

describe('storageItem', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    local.reset();
    browser.storage.session.reset();
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  it('reads the fallback when nothing is stored, and writes nothing', async () => {
    expect(await item.get()).toEqual(FALLBACK);
    expect(local.data).toEqual({});
    expect(errors).not.toHaveBeenCalled();
  });

  it('round-trips a valid value under its key', async () => {
    await item.set({ version: 1, count: 3 });
    expect(local.data).toEqual({ counter: { version: 1, count: 3 } });
    expect(await item.get()).toEqual({ version: 1, count: 3 });
  });

  it('uses its own area: a session item never reads or writes storage.local', async () => {
    const session = storageItem('session', 'counter', Counter, FALLBACK);
    await session.set({ version: 1, count: 7 });
    expect(local.data).toEqual({});
    expect(browser.storage.session.data).toEqual({ counter: { version: 1, count: 7 } });
  });

  it.each([
    ['a wrong version', { version: 2, count: 1 }],
    ['a wrong type', { version: 1, count: 'many' }],
    ['not an object', 'garbage'],
    ['null', null],
  ])('a stored value with %s reads as the fallback, names the key in the error and stays stored', async (_, raw) => {
    local.seed('counter', raw);
    expect(await item.get()).toEqual(FALLBACK);
    expect(errors).toHaveBeenCalledOnce();
    expect(String(errors.mock.calls[0]![0])).toMatch(/stored "counter" is not valid/);
    expect(local.data.counter).toEqual(raw);
  });

  it('refuses to write a value that breaks the schema, and the stored value is kept', async () => {
    await item.set({ version: 1, count: 2 });
    await expect(item.set({ version: 1, count: -1 } as never)).rejects.toThrow(/count/);
    expect(local.data.counter).toEqual({ version: 1, count: 2 });
  });

  it('when storage is full the quota error reaches the caller and nothing stored is lost', async () => {
    await item.set({ version: 1, count: 2 });
    local.seed('other', 'kept');
    local.quotaBytes = 60;
    const big = storageItem('local', 'big', z.string(), '');
    await expect(big.set('x'.repeat(100))).rejects.toThrow(QUOTA_MESSAGE);
    expect(local.data).toEqual({ counter: { version: 1, count: 2 }, other: 'kept' });
    expect(await item.get()).toEqual({ version: 1, count: 2 });
    // The quota refuses only what does not fit: a same-sized update still goes through.
    await item.set({ version: 1, count: 3 });
    expect(await item.get()).toEqual({ version: 1, count: 3 });
  });

  it('watch parses changes to its own key only, falls back on a corrupt one, and stops when unsubscribed', async () => {
    const seen: unknown[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.set({ version: 1, count: 1 });
    await local.set({ unrelated: 1 });
    await local.set({ counter: { version: 9 } });
    stop();
    await item.set({ version: 1, count: 5 });
    expect(seen).toEqual([{ version: 1, count: 1 }, FALLBACK]);
  });
});
