// zod/mini helpers for records read back from storage. A record comes back with no prototype: its keys
// come from pages and rules, and must never name an inherited property (zod builds plain objects; it
// drops a "__proto__" key but keeps "constructor").
import { z } from 'zod/mini';
import { toNullRecord } from './own';

export const ownRecord = <V extends z.core.SomeType>(value: V) =>
  z.pipe(
    z.record(z.string(), value),
    z.transform((r: Record<string, z.infer<V>>) => toNullRecord(r)),
  );

export const count = z.number().check(z.int(), z.nonnegative());
