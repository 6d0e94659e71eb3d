// Records keyed by strings a page or an imported file chose (hosts, sites, rule ids). A plain object
// inherits "constructor", "toString" and a "__proto__" setter, so `record[key]` can read a function and
// `record[key] = value` can replace the prototype (issue 13). These helpers read and write own
// properties only, and make records with no prototype.

/** A record with no prototype: no inherited keys, and "__proto__" is an ordinary key. */
export function nullRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/** A copy of `record` with no prototype (own enumerable keys only). */
export function toNullRecord<V>(record: Record<string, V>): Record<string, V> {
  const copy = nullRecord<V>();
  for (const key of Object.keys(record)) setOwn(copy, key, record[key] as V);
  return copy;
}

/** The record's own value for `key`, never an inherited one. */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Set an own property, even "__proto__" on an object that has a prototype. */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
