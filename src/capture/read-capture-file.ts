// A capture-evidence file's text -> the checked file, or a reason it cannot be read. The size is checked
// before parsing; the JSON is parsed once and validated with the file's schema.
import { CAPTURE_FORMAT, CaptureFile, MAX_CAPTURE_FILE_BYTES, READABLE_CAPTURE_VERSIONS } from './capture-file';

export type ParsedCapture = { ok: true; file: CaptureFile } | { ok: false; error: string };

/** Whether parsed JSON says it is a capture-evidence file (so a reader can route it). */
export function looksLikeCapture(json: unknown): boolean {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === CAPTURE_FORMAT;
}

export function parseCaptureJson(json: unknown): ParsedCapture {
  if (!looksLikeCapture(json))
    return { ok: false, error: 'not a Sightline capture-evidence file (its format is not "sightline-capture")' };
  const version = (json as { version?: unknown }).version;
  if (!READABLE_CAPTURE_VERSIONS.includes(version as 1))
    return {
      ok: false,
      error: `capture-evidence version ${typeof version === 'number' ? version : 'missing'} is not one this Sightline reads (${READABLE_CAPTURE_VERSIONS.join(', ')}): update Sightline`,
    };
  const parsed = CaptureFile.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    error: `the capture-evidence file is malformed at ${issue.path.slice(0, 8).join('.') || 'the top'}: ${issue.message.slice(0, 200)}`,
  };
}

export function parseCaptureText(text: string, bytes: number): ParsedCapture {
  if (bytes > MAX_CAPTURE_FILE_BYTES)
    return {
      ok: false,
      error: `the file is ${Math.round(bytes / 1024)} KB; a capture-evidence file is at most ${MAX_CAPTURE_FILE_BYTES / 1048576} MB`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message.slice(0, 120)})` };
  }
  return parseCaptureJson(json);
}
