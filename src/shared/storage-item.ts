// A typed item in extension storage: parsed with zod on every read, falling back to a safe default when
// the stored value is missing or corrupt (the corrupt value is left in place, never silently replaced).
import browser from 'webextension-polyfill';
import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

export interface StorageItem<T> {
  key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

// Any zod schema (classic or mini): parsing goes through zod/mini's functions, which take either.
export function storageItem<S extends $ZodType>(
  area: 'local' | 'session',
  key: string,
  schema: S,
  fallback: z.infer<S>,
): StorageItem<z.infer<S>> {
  const storage = browser.storage[area];
  const parse = (raw: unknown): z.infer<S> => {
    if (raw === undefined) return fallback;
    const parsed = z.safeParse(schema, raw);
    if (parsed.success) return parsed.data;
    console.error(
      `Sightline: stored "${key}" is not valid; using defaults until it is saved again`,
      parsed.error.issues[0],
    );
    return fallback;
  };
  return {
    key,
    async get() {
      return parse((await storage.get(key))[key]);
    },
    async set(value) {
      await storage.set({ [key]: z.parse(schema, value) });
    },
    watch(onChange) {
      const listener = (changes: Record<string, browser.Storage.StorageChange>) => {
        if (key in changes) onChange(parse(changes[key]!.newValue));
      };
      storage.onChanged.addListener(listener);
      return () => storage.onChanged.removeListener(listener);
    },
  };
}
