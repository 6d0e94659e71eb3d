import { digestJsonString, digestText, sha256HexOfText } from '../../core/sha256';

// Canonical JSON: object keys sorted, no whitespace, undefined members left out. The same value always
// gives the same text, so its SHA-256 can be recomputed by anyone (docs/export-format.md).
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++)
      out += (i > 0 ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
    return `${out}]`;
  }
  return canonicalMembers(value as Record<string, unknown>, Object.keys(value).sort());
}

/** `{"k":v,...}` for the given keys, already in sorted order, leaving out undefined members. */
export function canonicalMembers(object: Record<string, unknown>, sortedKeys: readonly string[]): string {
  let out = '{';
  for (const key of sortedKeys) {
    const member = object[key];
    if (member === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

/**
 * Append canonicalJson(value) to the digest begun with beginDigest, without building the text first
 * (what verification does per record; canonical.test.ts checks both give the same bytes).
 */
export function digestCanonical(value: unknown): void {
  if (typeof value === 'string') return digestJsonString(value);
  // Times, counts and seq numbers: whole numbers, written as JSON writes them without the detour.
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))
    return digestText(String(value));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return digestText(canonicalJson(value));
  digestMembers(value as Record<string, unknown>, Object.keys(value).sort(), true);
}

/** Members in the given (sorted) key order, as canonicalMembers writes them; `close` adds the "}". */
export function digestMembers(object: Record<string, unknown>, sortedKeys: readonly string[], close: boolean): number {
  let written = 0;
  digestText('{');
  for (const key of sortedKeys) {
    const member = object[key];
    if (member === undefined) continue;
    if (written++ > 0) digestText(',');
    digestJsonString(key);
    digestText(':');
    digestCanonical(member);
  }
  if (close) digestText('}');
  return written;
}

/**
 * SHA-256 of the UTF-8 text, as lower-case hex. Synchronous, not Web Crypto: Web Crypto's digest is
 * asynchronous per call (a promise and a thread hop each time), and a rep verifying a thousand members'
 * logs needs millions of small digests (npm run bench:evidence: 35 s for 20 bundles with Web Crypto).
 * The digest is the same standard SHA-256 (sha256.test.ts checks it against node:crypto).
 */
export function sha256Hex(text: string): string {
  return sha256HexOfText(text);
}

/** 128 random bits as base64url: a salt that keeps a redacted field's digest from being guessed. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
