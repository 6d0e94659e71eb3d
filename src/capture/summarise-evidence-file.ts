// One file a rep loads, from bytes to the merge's summary, whichever kind it is: a member's evidence export
// (evidence/merge/summarise-file.ts) or a capture-evidence file, told apart by the format named at its
// start. A capture is parsed, its seal and signature checked, and summarised as a member
// (capture-summary.ts); a capture that fails its check comes back broken, so the merge leaves it out.
// The rep view's workers and `sightline merge` both read every file through this one function.
import type { RuleSummary } from '../rules/catalog';
import {
  decodeUtf8,
  sha256Hex,
  summariseExportFile,
  type HashBytes,
  type LoadedFile,
} from '../evidence/merge/summarise-file';
import { summariseCapture } from './capture-summary';
import { parseCaptureText } from './read-capture-file';
import { verifyCapture } from './seal-capture';

/** A capture-evidence file names its format near its start (Sightline writes `format` first). */
const CAPTURE_FORMAT_NAMED = /"format"\s*:\s*"sightline-capture"/;

export function looksLikeCaptureBytes(data: Uint8Array<ArrayBuffer>): boolean {
  return CAPTURE_FORMAT_NAMED.test(new TextDecoder().decode(data.subarray(0, 400)));
}

export async function summariseEvidenceFile(
  name: string,
  data: Uint8Array<ArrayBuffer>,
  catalog: ReadonlyMap<string, RuleSummary>,
  hashBytes: HashBytes = sha256Hex,
): Promise<LoadedFile> {
  if (!looksLikeCaptureBytes(data)) return summariseExportFile(name, data, catalog, hashBytes);
  const bytes = data.byteLength;
  const sha256 = await hashBytes(data);
  const decoded = decodeUtf8(data);
  if (!decoded.ok) return { name, bytes, sha256, outcome: decoded };
  const parsed = parseCaptureText(decoded.text, bytes);
  if (!parsed.ok) return { name, bytes, sha256, outcome: parsed };
  const summary = summariseCapture(parsed.file, await verifyCapture(parsed.file));
  return { name, bytes, sha256, outcome: { ok: true, summary: { ...summary, sha256 } } };
}
