// How `sightline merge` reads and hashes a file, in node rather than the browser's way the pure code uses
// by default (evidence/merge/summarise-file.ts takes the hash as an argument, so it never imports node).
// Measured per 1 MB export (bench/cli-merge-profile.ts): Web Crypto's digest 1.8 ms, node:crypto's 0.7 ms;
// copying readFileSync's buffer into a new Uint8Array 0.3 ms, a view of it nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** SHA-256 of the bytes as lower-case hex: the same digest as Web Crypto's (cli-file-bytes.test.ts). */
export function nodeSha256Hex(data: Uint8Array<ArrayBuffer>): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The file's bytes, as a view of the buffer node read them into (no copy). */
export function readFileBytes(path: string): Uint8Array<ArrayBuffer> {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}
