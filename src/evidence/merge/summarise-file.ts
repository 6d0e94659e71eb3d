// One member's export file, from bytes to summary: refuse it by size before reading, take the SHA-256 of
// its bytes (what the rep's report names it by, and how copies are told apart from edits), decode it as
// UTF-8 (refusing invalid bytes rather than replacing them), parse and check it, verify its chain, boil
// it down. The rep view's workers, the tests and bench:evidence all run exactly this.
import type { RuleSummary } from '../../rules/catalog';
import { summariseBundle, type MemberSummary } from './member-summary';
import { parseBundle, sizeProblem, verifyBundle } from '../export/read-bundle';

export type FileOutcome = { ok: true; summary: MemberSummary } | { ok: false; error: string };

/** A file as the merge knows it: its name, size and digest (null when refused unread), and what it held. */
export interface LoadedFile {
  name: string;
  bytes: number;
  sha256: string | null;
  outcome: FileOutcome;
}

/**
 * SHA-256 of a file's bytes, as lower-case hex. The rep view uses Web Crypto (sha256Hex below); the command
 * line passes node:crypto's (scripts/cli-hash.ts), synchronous and twice as fast on a 1 MB export. Pure code
 * takes it as an argument so that it never imports node.
 */
export type HashBytes = (data: Uint8Array<ArrayBuffer>) => string | Promise<string>;

export async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The file's text, or why it is not UTF-8 (a byte-order mark is allowed and dropped). */
export function decodeUtf8(data: Uint8Array<ArrayBuffer>): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return {
      ok: false,
      error: 'not UTF-8 text (an evidence export is UTF-8 JSON): the file is damaged or not an export',
    };
  }
}

/** Size checked first: a file over the limit is neither read nor hashed. */
export async function summariseExportFile(
  name: string,
  data: Uint8Array<ArrayBuffer>,
  catalog: ReadonlyMap<string, RuleSummary>,
  hashBytes: HashBytes = sha256Hex,
): Promise<LoadedFile> {
  const bytes = data.byteLength;
  const tooBig = sizeProblem(bytes);
  if (tooBig) return { name, bytes, sha256: null, outcome: { ok: false, error: tooBig } };
  const sha256 = await hashBytes(data);
  const decoded = decodeUtf8(data);
  if (!decoded.ok) return { name, bytes, sha256, outcome: decoded };
  const outcome = await summariseExportText(decoded.text, bytes, catalog);
  return { name, bytes, sha256, outcome: outcome.ok ? { ok: true, summary: { ...outcome.summary, sha256 } } : outcome };
}

export async function summariseExportText(
  text: string,
  bytes: number,
  catalog: ReadonlyMap<string, RuleSummary>,
): Promise<FileOutcome> {
  const parsed = parseBundle(text, bytes);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    summary: summariseBundle(
      { bundle: parsed.bundle, verification: await verifyBundle(parsed.bundle, parsed.unread) },
      catalog,
    ),
  };
}
