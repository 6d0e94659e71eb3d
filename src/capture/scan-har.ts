// A HAR file's bytes -> its scan and its SHA-256. The one entry point the capture page and the command
// line call. The bytes are read once and dropped; the result holds no cookie, header, body or query.
import type { Declaration } from '../policy/declaration';
import type { CaptureEngine } from './engine';
import { readHar } from './read-har';
import { scanCapture, type CaptureScan } from './scan';

export interface HarIdentity {
  /** SHA-256 of the file's bytes, lower-case hex: names the exact file scanned, never its content. */
  sha256: string;
  bytes: number;
}

export type HarScanResult = { ok: true; scan: CaptureScan; har: HarIdentity } | { ok: false; error: string };

export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function scanHarBytes(
  bytes: Uint8Array,
  engine: CaptureEngine,
  declaration?: Declaration,
): Promise<HarScanResult> {
  const read = readHar(bytes);
  if (!read.ok) return read;
  const scan = scanCapture(read, engine, declaration);
  return { ok: true, scan, har: { sha256: await sha256OfBytes(bytes), bytes: bytes.byteLength } };
}
