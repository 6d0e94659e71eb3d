// SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lower-case hex, tuned for what verification does:
// millions of digests of short texts. It reuses one byte buffer and one message schedule instead of
// allocating per call, encodes ASCII without TextEncoder, and turns words into hex through a table.
// A rep's merge of 1,000 members' logs is about five million of these (npm run bench:evidence).
// Checked against node:crypto on boundary lengths, non-ASCII text and random inputs (sha256.test.ts).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX_HIGH = Uint8Array.from(HEX, (pair) => pair.charCodeAt(0));
const HEX_LOW = Uint8Array.from(HEX, (pair) => pair.charCodeAt(1));

const schedule = new Int32Array(64);
const state = new Int32Array(8);
const encoder = new TextEncoder();
/** What JSON.stringify escapes: quote, backslash, control characters, and (lone) surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
let bytes = new Uint8Array(4096);

function compress(offset: number): void {
  const w = schedule;
  const m = bytes;
  for (let t = 0; t < 16; t++) {
    const j = offset + t * 4;
    w[t] = (m[j]! << 24) | (m[j + 1]! << 16) | (m[j + 2]! << 8) | m[j + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
  }
  let a = state[0]!,
    b = state[1]!,
    c = state[2]!,
    d = state[3]!,
    e = state[4]!,
    f = state[5]!,
    g = state[6]!,
    h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

// The message being hashed: bytes not yet compressed sit at bytes[0, pending); `total` counts all of them.
let pending = 0;
let total = 0;

/** Start a new digest. Hashing is synchronous and single-threaded, so one message at a time. */
export function beginDigest(): void {
  state.set(INITIAL);
  pending = 0;
  total = 0;
}

/** Make room for `extra` more bytes: compress the full blocks and keep the partial one. */
function reserve(extra: number): void {
  if (pending + extra + 72 <= bytes.length) return;
  const full = pending & ~63;
  for (let offset = 0; offset < full; offset += 64) compress(offset);
  bytes.copyWithin(0, full, pending);
  pending -= full;
  if (pending + extra + 72 > bytes.length) {
    const grown = new Uint8Array(Math.max(bytes.length * 2, pending + extra + 72));
    grown.set(bytes.subarray(0, pending));
    bytes = grown;
  }
}

/** Append the UTF-8 bytes of `text`. */
export function digestText(text: string): void {
  const length = text.length;
  reserve(length * 3);
  let at = pending;
  if (length >= 24) {
    at += encoder.encodeInto(text, bytes.subarray(at)).written;
  } else {
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) {
        at += encoder.encodeInto(text.slice(i), bytes.subarray(at)).written;
        break;
      }
      bytes[at++] = code;
    }
  }
  total += at - pending;
  pending = at;
}

/** Append a whole number 0 to 2^53 - 1 as 8 bytes, big-endian. */
export function digestUint64(value: number): void {
  reserve(8);
  const high = Math.floor(value / 0x100000000);
  const low = value >>> 0;
  const at = pending;
  bytes[at] = high >>> 24;
  bytes[at + 1] = high >>> 16;
  bytes[at + 2] = high >>> 8;
  bytes[at + 3] = high;
  bytes[at + 4] = low >>> 24;
  bytes[at + 5] = low >>> 16;
  bytes[at + 6] = low >>> 8;
  bytes[at + 7] = low;
  pending += 8;
  total += 8;
}

/** The byte two lower-case hex digits spell, by (first char code << 7 | second); -1 for anything else. */
const HEX_PAIR = new Int16Array(128 * 128).fill(-1);
for (let a = 0; a < 16; a++)
  for (let b = 0; b < 16; b++)
    HEX_PAIR[('0123456789abcdef'.charCodeAt(a) << 7) | '0123456789abcdef'.charCodeAt(b)] = (a << 4) | b;

/** Append 64 lower-case hex digits as the 32 bytes they spell; false (nothing appended) for anything else. */
export function digestHex32(hex: string): boolean {
  if (hex.length !== 64) return false;
  reserve(32);
  for (let i = 0; i < 32; i++) {
    const a = hex.charCodeAt(2 * i);
    const b = hex.charCodeAt(2 * i + 1);
    const byte = (a | b) < 128 ? HEX_PAIR[(a << 7) | b]! : -1;
    if (byte < 0) return false;
    bytes[pending + i] = byte;
  }
  pending += 32;
  total += 32;
  return true;
}

/**
 * Append JSON.stringify(text): text JSON leaves as it is (no quote, backslash, control character or
 * surrogate) is written as it is scanned; anything else goes through JSON.stringify.
 */
export function digestJsonString(text: string): void {
  const length = text.length;
  if (length >= 24) {
    // Long text (digests, URLs): one native check and one native copy beat a character loop.
    if (NEEDS_JSON_ESCAPE.test(text)) return digestText(JSON.stringify(text));
    reserve(length * 3 + 2);
    bytes[pending] = 0x22;
    const written = encoder.encodeInto(text, bytes.subarray(pending + 1)).written;
    bytes[pending + 1 + written] = 0x22;
    total += written + 2;
    pending += written + 2;
    return;
  }
  reserve(length * 3 + 2);
  let at = pending;
  bytes[at++] = 0x22;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code < 0x20 || code === 0x22 || code === 0x5c) return digestText(JSON.stringify(text));
      bytes[at++] = code;
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 63);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      return digestText(JSON.stringify(text));
    } else {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    }
  }
  bytes[at++] = 0x22;
  total += at - pending;
  pending = at;
}

function finishDigest(): void {
  reserve(0);
  // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number, to a multiple of 64 bytes.
  const padded = (pending + 9 + 63) & ~63;
  bytes[pending] = 0x80;
  bytes.fill(0, pending + 1, padded - 8);
  const high = Math.floor(total / 0x20000000);
  const low = (total << 3) >>> 0;
  bytes[padded - 8] = high >>> 24;
  bytes[padded - 7] = high >>> 16;
  bytes[padded - 6] = high >>> 8;
  bytes[padded - 5] = high;
  bytes[padded - 4] = low >>> 24;
  bytes[padded - 3] = low >>> 16;
  bytes[padded - 2] = low >>> 8;
  bytes[padded - 1] = low;
  for (let offset = 0; offset < padded; offset += 64) compress(offset);
  pending = 0;
}

/** Finish the digest begun with beginDigest, as lower-case hex. */
export function finishDigestHex(): string {
  finishDigest();
  let hex = '';
  for (let i = 0; i < 8; i++) {
    const word = state[i]!;
    hex += HEX[(word >>> 24) & 255]! + HEX[(word >>> 16) & 255]! + HEX[(word >>> 8) & 255]! + HEX[word & 255]!;
  }
  return hex;
}

/** Finish the digest begun with beginDigest: is it `expected` (lower-case hex)? Builds no string. */
export function finishDigestEquals(expected: string): boolean {
  finishDigest();
  if (expected.length !== 64) return false;
  for (let i = 0; i < 8; i++) {
    const word = state[i]!;
    for (let k = 0; k < 4; k++) {
      const byte = (word >>> (24 - 8 * k)) & 255;
      const at = i * 8 + k * 2;
      if (expected.charCodeAt(at) !== HEX_HIGH[byte] || expected.charCodeAt(at + 1) !== HEX_LOW[byte]) return false;
    }
  }
  return true;
}

export function sha256HexOfText(text: string): string {
  beginDigest();
  digestText(text);
  return finishDigestHex();
}
