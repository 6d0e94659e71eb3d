// A HAR file's bytes -> the few facts a scan needs, or a specific reason it is not a HAR. Pure and total:
// any input gives a result, never an exception. The file is parsed once, reduced at once (har-schema.ts
// drops cookies, headers, bodies; splitUrl drops query strings and fragments), and never kept: only the
// reduced requests leave this module.
import { splitUrl, type SplitUrl } from '../core/url';
import { HarEntry, HarEnvelope, HarPage } from './har-schema';
import { notHarReason, sniffBinary } from './sniff';

/** Larger files are refused before decoding: a browser's string limit is about 512 MB. */
export const MAX_HAR_BYTES = 500 * 1024 * 1024;
export const MAX_HAR_ENTRIES = 2_000_000;

export interface CaptureRequest {
  /** When the request started and ended (ms since epoch). */
  at: number;
  end: number;
  /** Scheme, host and path only. */
  split: SplitUrl;
  /** The page it belongs to (the HAR's pageref), when the browser said. */
  pageId: string | null;
  /** What the browser said it was, where it said (Chrome, Edge) or where the content type tells. */
  kind: 'document' | 'script' | 'other';
  /** Whether it went out: a response status, or status 0 / an error. */
  outcome: 'completed' | 'failed';
}

export interface CapturePage {
  id: string;
  at: number;
  /** The page's address when the HAR names it as a URL (Chrome, Safari); Firefox names the title. */
  split: SplitUrl | null;
}

export interface ReadCapture {
  ok: true;
  /** The browser that saved it ("Firefox 128.0"), as the file says. */
  creator: string | null;
  pages: CapturePage[];
  requests: CaptureRequest[];
  /** Entries in the file. */
  entries: number;
  /** Entries that are not web requests (data:, blob:, extension URLs): nothing a server received. */
  ignored: number;
  /** Entries that could not be read, and why the first could not. */
  skipped: number;
  skipReason?: string;
}

export type ReadResult = ReadCapture | { ok: false; error: string };

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

function readText(bytes: Uint8Array): string | { error: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'This file is not a HAR: it is not UTF-8 text.' };
  }
}

export function readHar(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength === 0) return fail("This file is empty: a HAR file holds a JSON capture of a page's requests.");
  if (bytes.byteLength > MAX_HAR_BYTES)
    return fail(
      `This file is ${Math.round(bytes.byteLength / 1048576)} MB; Sightline reads HAR files up to ${MAX_HAR_BYTES / 1048576} MB. Save a shorter capture (one page, a few minutes).`,
    );
  const binary = sniffBinary(bytes);
  if (binary) return fail(binary);
  const text = readText(bytes);
  if (typeof text !== 'string') return fail(text.error);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const truncated = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
    return fail(
      truncated
        ? 'This HAR file is cut short (its JSON ends early): save the capture again.'
        : `This file is not a HAR: it is not JSON (${(error as Error).message.slice(0, 120)}).`,
    );
  }
  const envelope = HarEnvelope.safeParse(json);
  if (!envelope.success) return fail(notHarReason(json));
  const { log } = envelope.data;
  if (log.entries.length > MAX_HAR_ENTRIES)
    return fail(`This HAR file has ${log.entries.length} requests; Sightline reads at most ${MAX_HAR_ENTRIES}.`);
  return reduce(log, log.entries);
}

function parseTime(text: string): number | null {
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : null;
}

function kindOf(entry: HarEntry): CaptureRequest['kind'] {
  const type = entry._resourceType?.toLowerCase();
  if (type === 'document') return 'document';
  if (type === 'script') return 'script';
  if (type !== undefined) return 'other';
  const mime = entry.response?.content?.mimeType?.toLowerCase() ?? '';
  if (mime.startsWith('text/html')) return 'document';
  return /javascript|ecmascript/.test(mime) ? 'script' : 'other';
}

function reduce(
  log: { creator?: { name: string; version?: string }; pages?: unknown[] },
  rawEntries: unknown[],
): ReadCapture {
  const pages: CapturePage[] = [];
  for (const raw of log.pages ?? []) {
    const page = HarPage.safeParse(raw);
    const at = page.success ? parseTime(page.data.startedDateTime) : null;
    if (!page.success || at === null) continue;
    const title = page.data.title ?? '';
    pages.push({ id: page.data.id, at, split: /^(https?|wss?):\/\//i.test(title) ? splitUrl(title) : null });
  }
  const requests: CaptureRequest[] = [];
  let ignored = 0;
  let skipped = 0;
  let skipReason: string | undefined;
  rawEntries.forEach((raw, i) => {
    const parsed = HarEntry.safeParse(raw);
    const at = parsed.success ? parseTime(parsed.data.startedDateTime) : null;
    if (!parsed.success || at === null) {
      skipped++;
      skipReason ??= parsed.success
        ? `entry ${i + 1} has no readable start time`
        : `entry ${i + 1}: ${parsed.error.issues[0]?.path.join('.') || 'entry'} is missing or not as HAR 1.2 says`;
      return;
    }
    const entry = parsed.data;
    const split = splitUrl(entry.request.url);
    if (split === null) {
      ignored++;
      return;
    }
    const status = entry.response?.status ?? 0;
    const time = entry.time !== undefined && Number.isFinite(entry.time) && entry.time > 0 ? entry.time : 0;
    requests.push({
      at,
      end: at + Math.round(time),
      split,
      pageId: entry.pageref ?? null,
      kind: kindOf(entry),
      outcome: status > 0 ? 'completed' : 'failed',
    });
  });
  const creator = log.creator
    ? `${log.creator.name}${log.creator.version ? ` ${log.creator.version}` : ''}`.slice(0, 120)
    : null;
  return {
    ok: true,
    creator,
    pages,
    requests,
    entries: rawEntries.length,
    ignored,
    skipped,
    ...(skipReason === undefined ? {} : { skipReason }),
  };
}
