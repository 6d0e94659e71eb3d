import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

// Canonical JSON: object keys sorted, no whitespace, undefined members left out. The same value always
// gives the same text, so its SHA-256 can be recomputed by anyone (docs/export-format.md).
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const members = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${members.join(',')}}`;
}

const encoder = new TextEncoder();

/**
 * SHA-256 of the UTF-8 text, as lower-case hex. @noble/hashes rather than Web Crypto: Web Crypto's digest
 * is asynchronous per call (a thread hop each time in Node, a promise each time in browsers), and a rep
 * verifying a thousand members' logs needs millions of small digests (npm run bench:evidence: 35 s for
 * 20 bundles with Web Crypto). The digest is the same standard SHA-256 (a test checks it against Web Crypto).
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** 128 random bits as base64url: a salt that keeps a redacted field's digest from being guessed. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
