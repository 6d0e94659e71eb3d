// Reading and verifying an export bundle: parse (with a specific reason for each kind of bad input),
// then check the file is complete (entry count, chain head) and the chain is intact. A file whose
// envelope is bad is refused; a record that cannot be read is flagged, not a reason to refuse the file
// (issue 13): the rest is read, so a rep can look at it alone, and the file is then never intact.
import { z } from 'zod';
import { BUNDLE_FORMAT, EvidenceBundle, READABLE_BUNDLE_VERSIONS, type BundleRecord } from './bundle';
import { checkExportedRecord } from '../seal/check-record';
import { firstTooDeep } from './json-depth';
import { checkSignature, type SignatureCheck } from '../seal/signature';
import { verifyRecords, type Verification, type VerifiableRecord } from '../seal/verify';

/** Large enough for years of one worker's log; a rep's merge reads many of these. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

/** Far beyond an export's four levels, far below what makes JSON.parse slow (json-depth.ts). */
const MAX_NESTING = 64;

/** The envelope is checked with zod; the records one by one with checkExportedRecord (same rules, faster). */
const EnvelopeWithRecords = EvidenceBundle.extend({ records: z.array(z.unknown()).max(1_000_000) });

/** A record parseBundle could not read: where it was in the file, and why. */
export interface UnreadRecord {
  /** Its place in the file's `records` (from 0). */
  index: number;
  /** Its seq when it named a usable one. */
  seq: number | null;
  problem: string;
}

/** How many records could not be read, and the first few of them (a hostile file may hold a million). */
export interface UnreadRecords {
  count: number;
  first: UnreadRecord[];
}

const UNREAD_KEPT = 20;

/** `bundle.records` holds the records that could be read, in file order; `unread` the rest. */
export type ParsedBundle = { ok: true; bundle: EvidenceBundle; unread: UnreadRecords } | { ok: false; error: string };

/**
 * A value from the file, short, for an error message. Never String(value): for an array nested 100,000
 * deep (JSON.parse reads one), String recurses until the stack overflows.
 */
function describeValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return Array.isArray(value) ? '(a list)' : '(an object)';
}

/** Why a file of this many bytes is refused unread, or null. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_BUNDLE_BYTES
    ? `the file is ${Math.ceil(bytes / 1024 / 1024)} MB; an evidence export is at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB`
    : null;
}

export function parseBundle(text: string, bytes = text.length): ParsedBundle {
  const tooBig = sizeProblem(bytes);
  if (tooBig) return { ok: false, error: tooBig };
  const deep = firstTooDeep(text, MAX_NESTING);
  if (deep !== -1)
    return {
      ok: false,
      error: `nested more than ${MAX_NESTING} deep at character ${deep + 1}: an evidence export nests four deep, so this is not one`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message}) — the file may be cut short` };
  }
  if ((data as { format?: unknown } | null)?.format !== BUNDLE_FORMAT)
    return { ok: false, error: 'not a Sightline evidence export (its "format" is not "sightline-evidence")' };
  const version = (data as { version?: unknown }).version;
  if (version === 1)
    return {
      ok: false,
      error: 'a version 1 export, made before exports were sealed: it cannot be verified; ask for a new export',
    };
  if (!(READABLE_BUNDLE_VERSIONS as readonly unknown[]).includes(version))
    return {
      ok: false,
      error: `export version ${describeValue(version)} is not supported (this version of Sightline reads versions ${READABLE_BUNDLE_VERSIONS.join(', ')}; a newer Sightline may read it)`,
    };
  const parsed = EnvelopeWithRecords.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `invalid export at ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  const records = parsed.data.records;
  const unread: UnreadRecords = { count: 0, first: [] };
  let readable = records as BundleRecord[];
  for (let index = 0; index < records.length; index++) {
    const problem = checkExportedRecord(records[index]);
    if (!problem) {
      if (readable !== records) readable.push(records[index] as BundleRecord);
      continue;
    }
    // Copy the records read so far only when the first bad one is met: a clean file costs no copy.
    if (readable === records) readable = records.slice(0, index) as BundleRecord[];
    unread.count++;
    if (unread.first.length < UNREAD_KEPT) {
      const seq = (records[index] as { seq?: unknown } | null)?.seq;
      unread.first.push({
        index,
        seq: typeof seq === 'number' && Number.isSafeInteger(seq) ? seq : null,
        problem: `records.${index}${problem.field ? `.${problem.field}` : ''}: ${problem.message}`,
      });
    }
  }
  return { ok: true, bundle: { ...parsed.data, records: readable }, unread };
}

/**
 * The file's chain: `records` and the worker reports of `reported` (version 5) in seq order. Both lists
 * are in seq order in a file as written; if either is not, verification says which entry is out of order.
 */
export function chainOf(bundle: EvidenceBundle, records = bundle.records): VerifiableRecord[] {
  const own = records as unknown as VerifiableRecord[];
  const reported = (bundle.reported ?? []) as unknown as VerifiableRecord[];
  if (reported.length === 0) return own;
  const chain: VerifiableRecord[] = [];
  let r = 0;
  for (const record of own) {
    while (r < reported.length && reported[r]!.seq < record.seq) chain.push(reported[r++]!);
    chain.push(record);
  }
  while (r < reported.length) chain.push(reported[r++]!);
  return chain;
}

/** The verdict on a file some of whose records could not be read: the first broken entry, and how many. */
async function unreadFailure(bundle: EvidenceBundle, unread: UnreadRecords): Promise<Verification> {
  const first = unread.first[0]!;
  // Every record before the first unreadable one was read: a break among them comes first in the file.
  const kept = bundle.records.slice(0, first.index);
  const upTo = first.seq ?? kept.at(-1)?.seq ?? 0;
  const before = await verifyRecords(
    chainOf({ ...bundle, reported: bundle.reported?.filter((r) => r.seq < upTo) }, kept),
    bundle.redaction,
  );
  if (!before.intact) return before;
  const more = unread.count > 1 ? `; ${unread.count} records in all cannot be read` : '';
  return {
    intact: false,
    seq: first.seq ?? 0,
    index: first.index,
    reason: `record ${first.index + 1}${first.seq === null ? '' : ` (entry ${first.seq})`} cannot be read: ${first.problem}${more}`,
  };
}

/**
 * The chain (complete, intact, each record at the file's redaction level) and the signature. A chain that
 * verifies under a bad signature is broken: the file was changed after it was signed, or re-sealed. A file
 * without a signature (any version: removing one and writing version 3 is as easy as removing it) is
 * "unsigned": its chain shows the records agree with each other, not who sealed them. `unread` is what
 * parseBundle could not read: a file with any is broken.
 */
export async function verifyBundle(bundle: EvidenceBundle, unread?: UnreadRecords): Promise<BundleVerification> {
  // Records parseBundle left out also leave the file short of its entry count, so a caller that forgets
  // `unread` still gets "broken"; with it, the reason names the first unreadable record.
  const [signature, chain] = await Promise.all([
    checkSignature(bundle),
    unread && unread.count > 0 ? unreadFailure(bundle, unread) : verifyChain(bundle),
  ]);
  if (!chain.intact) return { ...chain, signature };
  if (signature.status === 'invalid')
    return {
      intact: false,
      seq: chain.head?.seq ?? 0,
      index: Math.max(0, bundle.records.length - 1),
      reason: signature.reason,
      signature,
    };
  return { ...chain, signature };
}

export type BundleVerification = Verification & { signature: SignatureCheck };

async function verifyChain(bundle: EvidenceBundle): Promise<Verification> {
  const records = chainOf(bundle);
  if (bundle.entryCount !== records.length) {
    const lastSeq = records.at(-1)?.seq ?? 0;
    return {
      intact: false,
      seq: lastSeq,
      index: records.length,
      reason: `the file names ${bundle.entryCount} entries but holds ${records.length} (entries were removed or the file is truncated)`,
    };
  }
  const result = await verifyRecords(records, bundle.redaction);
  if (!result.intact) return result;
  const head = result.head;
  if (
    (head?.seq ?? null) !== (bundle.chainHead?.seq ?? null) ||
    (head?.hash ?? null) !== (bundle.chainHead?.hash ?? null)
  ) {
    return {
      intact: false,
      seq: head?.seq ?? 0,
      index: records.length - 1,
      reason: 'the last entry is not the chain head the file names (entries at the end were removed)',
    };
  }
  return result;
}
