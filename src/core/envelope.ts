// The envelope every runtime message travels in, its names and its size limit, spelled once and without
// zod or any browser API, so that any context (an extension page, the background, a function injected
// into a page) can share it. What each payload holds and who may send it is shared/messages.ts.
//
// The guard is written by hand: a message comes from another context, so it reads own data only and
// accepts exactly the three keys an envelope has.

export const ENVELOPE_VERSION = 1;

/** Every message name. shared/messages.ts must give each one a route and schemas (a compile error if not). */
export const MESSAGE_NAMES = [
  'flush-evidence',
  'clear-evidence',
  'check-extensions',
  'record-extensions',
  'record-worker-report',
] as const;
export type MessageName = (typeof MESSAGE_NAMES)[number];

/**
 * The largest payload, in characters of JSON. The biggest real one is a `management.getAll()` list: a
 * hundred extensions clipped to their limits (see extensions/installed-extension.ts) fit.
 */
export const MAX_MESSAGE_CHARS = 8_000_000;

export interface Envelope {
  sightline: typeof ENVELOPE_VERSION;
  name: MessageName;
  payload: unknown;
}

const ENVELOPE_KEYS = new Set(['sightline', 'name', 'payload']);

export function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && (MESSAGE_NAMES as readonly string[]).includes(value);
}

export function makeEnvelope(name: MessageName, payload: unknown): Envelope {
  return { sightline: ENVELOPE_VERSION, name, payload };
}

/** A Sightline envelope: a plain object with `sightline: 1`, a known `name` and a `payload`, nothing more. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.some((key) => !ENVELOPE_KEYS.has(key))) return false;
  const version = Object.getOwnPropertyDescriptor(value, 'sightline');
  const name = Object.getOwnPropertyDescriptor(value, 'name');
  return version?.value === ENVELOPE_VERSION && isMessageName(name?.value);
}

/** A payload's size in characters of JSON, or null when it is not plain data (a cycle, a BigInt). */
export function payloadSize(payload: unknown): number | null {
  try {
    return (JSON.stringify(payload) ?? '').length;
  } catch {
    return null;
  }
}
