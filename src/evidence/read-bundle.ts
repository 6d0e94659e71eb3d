// Reading and verifying an export bundle: parse (with a specific reason for each kind of bad input),
// then check the file is complete (entry count, chain head) and the chain is intact.
import { z } from 'zod';
import { BUNDLE_FORMAT, EvidenceBundle, READABLE_BUNDLE_VERSIONS, type BundleRecord } from './bundle';
import { checkExportedRecord } from './check-record';
import { checkSignature, type SignatureCheck } from './signature';
import { verifyRecords, type Verification, type VerifiableRecord } from './verify';

/** Large enough for years of one worker's log; a rep's merge reads many of these. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

/** The envelope is checked with zod; the records one by one with checkExportedRecord (same rules, faster). */
const EnvelopeWithRecords = EvidenceBundle.extend({ records: z.array(z.unknown()).max(1_000_000) });

export type ParsedBundle = { ok: true; bundle: EvidenceBundle } | { ok: false; error: string };

export function parseBundle(text: string, bytes = text.length): ParsedBundle {
  if (bytes > MAX_BUNDLE_BYTES) return { ok: false, error: `the file is ${Math.ceil(bytes / 1024 / 1024)} MB; an evidence export is at most ${MAX_BUNDLE_BYTES / 1024 / 1024} MB` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message}) — the file may be cut short` };
  }
  if ((data as { format?: unknown } | null)?.format !== BUNDLE_FORMAT) return { ok: false, error: 'not a Sightline evidence export (its "format" is not "sightline-evidence")' };
  const version = (data as { version?: unknown }).version;
  if (version === 1) return { ok: false, error: 'a version 1 export, made before exports were sealed: it cannot be verified; ask for a new export' };
  if (!(READABLE_BUNDLE_VERSIONS as readonly unknown[]).includes(version)) return { ok: false, error: `export version ${String(version)} is not supported (this version of Sightline reads versions ${READABLE_BUNDLE_VERSIONS.join(', ')}; a newer Sightline may read it)` };
  const parsed = EnvelopeWithRecords.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `invalid export at ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  const records = parsed.data.records;
  for (let index = 0; index < records.length; index++) {
    const problem = checkExportedRecord(records[index]);
    if (problem) return { ok: false, error: `invalid export at records.${index}${problem.field ? `.${problem.field}` : ''}: ${problem.message}` };
  }
  return { ok: true, bundle: { ...parsed.data, records: records as BundleRecord[] } };
}

/**
 * The chain (complete, intact, each record at the file's redaction level) and the signature. A chain that
 * verifies under a bad signature is broken: the file was changed after it was signed, or re-sealed. A file
 * without a signature (any version: removing one and writing version 3 is as easy as removing it) is
 * "unsigned": its chain shows the records agree with each other, not who sealed them.
 */
export async function verifyBundle(bundle: EvidenceBundle): Promise<BundleVerification> {
  const [signature, chain] = await Promise.all([checkSignature(bundle), verifyChain(bundle)]);
  if (!chain.intact) return { ...chain, signature };
  if (signature.status === 'invalid') return { intact: false, seq: chain.head?.seq ?? 0, index: Math.max(0, bundle.records.length - 1), reason: signature.reason, signature };
  return { ...chain, signature };
}

export type BundleVerification = Verification & { signature: SignatureCheck };

async function verifyChain(bundle: EvidenceBundle): Promise<Verification> {
  const records = bundle.records as unknown as VerifiableRecord[];
  if (bundle.entryCount !== records.length) {
    const lastSeq = records.at(-1)?.seq ?? 0;
    return { intact: false, seq: lastSeq, index: records.length, reason: `the file names ${bundle.entryCount} entries but holds ${records.length} (entries were removed or the file is truncated)` };
  }
  const result = await verifyRecords(records, bundle.redaction);
  if (!result.intact) return result;
  const head = result.head;
  if ((head?.seq ?? null) !== (bundle.chainHead?.seq ?? null) || (head?.hash ?? null) !== (bundle.chainHead?.hash ?? null)) {
    return { intact: false, seq: head?.seq ?? 0, index: records.length - 1, reason: 'the last entry is not the chain head the file names (entries at the end were removed)' };
  }
  return result;
}
