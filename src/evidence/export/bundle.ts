// The export bundle (format "sightline-evidence", version 4, signed: signature.ts; versions 2 and 3 are still read): what a
// worker gives a rep. It carries its own description (ids, versions, time range, the declaration
// compared against, the redaction chosen, who it is from or an anonymous member code), the chain head,
// and the sealed records, redacted as chosen. Documented in docs/export-format.md; validated with zod
// when written and read.
import { z } from 'zod';
import { Redaction } from '../seal/redaction';
import { EvidenceEntry } from '../log/entry';
import { isCheckpoint, type LogRecord } from '../seal/log-record';
import { Hex64, SealFields } from '../seal/seal';
import { evidenceHost } from '../seal/seal-groups';
import { BundleSignature } from '../seal/signature';

export const BUNDLE_FORMAT = 'sightline-evidence';
export const BUNDLE_VERSION = 4;
/**
 * Versions this code reads. Version 4 added the install's signature (signBundle; a file without one
 * reads as unsigned, whatever its version); version 3 added seal version 3 records (`"seal": 3`); a
 * version 2 file holds only records sealed before it, which still verify (seal.ts, legacyBody).
 * Versions 2 and 3 are reported as unsigned, not as forged.
 */
export const READABLE_BUNDLE_VERSIONS = [2, 3, 4] as const;

/** A log entry as exported: the fields a redaction may leave out become optional, and the seal is added. */
export const ExportedEntry = EvidenceEntry.extend({
  seq: z.number().int().nonnegative(),
  site: EvidenceEntry.shape.site.optional(),
  signalValue: EvidenceEntry.shape.signalValue.optional(),
  evidence: EvidenceEntry.shape.evidence.optional(),
  ...SealFields,
});
export type ExportedEntry = z.infer<typeof ExportedEntry>;

export const ExportedCheckpoint = z.strictObject({
  seq: z.number().int().positive(),
  kind: z.literal('checkpoint'),
  at: z.number().int().nonnegative(),
  removedThrough: z.number().int().nonnegative(),
  removedHash: Hex64,
  removedCount: z.number().int().nonnegative(),
  seal: z.literal(3).optional(),
  prevHash: Hex64,
  hash: Hex64,
});

export const Member = z.union([
  z.strictObject({ named: z.literal(true), name: z.string().trim().min(1).max(200) }),
  z.strictObject({ named: z.literal(false), code: z.string().regex(/^M-[A-Z0-9]{8}$/) }),
]);
export type Member = z.infer<typeof Member>;

export const EvidenceBundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(2), z.literal(3), z.literal(BUNDLE_VERSION)]),
  exportId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  createdAt: z.iso.datetime(),
  extensionVersion: z.string().max(40),
  ruleDbVersion: z.string().max(40),
  /** First and last observation in the bundle (ms since epoch), or null when it has none. */
  range: z.strictObject({ from: z.number().int(), to: z.number().int() }).nullable(),
  /** The declaration findings were compared against when written (the most recent one named). */
  declaration: z.string().max(600).optional(),
  redaction: Redaction,
  member: Member,
  entryCount: z.number().int().nonnegative(),
  chainHead: z.strictObject({ seq: z.number().int().nonnegative(), hash: Hex64 }).nullable(),
  records: z.array(z.union([ExportedEntry, ExportedCheckpoint])).max(1_000_000),
  /** Added by signBundle after building (version 4); absent in versions 2 and 3. */
  signature: BundleSignature.optional(),
});
export type EvidenceBundle = z.infer<typeof EvidenceBundle>;
export type BundleRecord = EvidenceBundle['records'][number];

/** Leave out what the redaction level does not allow, with its salt; the digests stay. */
export function redactRecord(record: LogRecord, redaction: Redaction): BundleRecord {
  // Full detail exports the record as stored (no copy: an export of 100k records must stay fast).
  if (isCheckpoint(record) || redaction === 'full') return record;
  if (redaction === 'host') {
    return {
      ...record,
      evidence: evidenceHost(record.evidence),
      salts: { site: record.salts.site, product: record.salts.product, host: record.salts.host },
    };
  }
  // Category only: the kind of monitoring, when and how often; no site, product, signal or evidence.
  const {
    seq,
    kind,
    at,
    category,
    signalKind,
    source,
    count,
    firstAt,
    lastAt,
    ruleDbVersion,
    declared,
    seal,
    digests,
    prevHash,
    hash,
  } = record;
  return {
    seq,
    kind,
    at,
    category,
    signalKind,
    source,
    count,
    firstAt,
    lastAt,
    ruleDbVersion,
    declared,
    seal,
    digests,
    prevHash,
    hash,
    salts: {},
  };
}

export interface BundleContext {
  exportId: string;
  createdAt: Date;
  extensionVersion: string;
  ruleDbVersion: string;
  redaction: Redaction;
  member: Member;
}

/** Everything but the records: checked with zod on every export. */
const BundleEnvelope = EvidenceBundle.omit({ records: true });

/**
 * Build an export. The envelope is validated with zod here; the records come from the sealed log as
 * written by this code and are validated record by record on import (parseBundle) and in the tests —
 * validating 100k records again on every export took longer than the whole export may (bench:evidence).
 */
export function buildBundle(records: readonly LogRecord[], context: BundleContext): EvidenceBundle {
  // The log hands records over in seq order; sort only if not. One pass for the range, the head and the
  // latest declaration: each pass over 100k records costs ~70 ms here (bench:evidence).
  let ordered = records;
  for (let i = 1; i < records.length; i++) {
    if (records[i]!.seq <= records[i - 1]!.seq) {
      ordered = [...records].sort((a, b) => a.seq - b.seq);
      break;
    }
  }
  let from = Infinity;
  let to = 0;
  let entryCount = 0;
  let declaration: string | undefined;
  const redacted: BundleRecord[] = new Array(ordered.length);
  for (let i = 0; i < ordered.length; i++) {
    const record = ordered[i]!;
    redacted[i] = redactRecord(record, context.redaction);
    if (isCheckpoint(record)) continue;
    entryCount++;
    if (record.firstAt < from) from = record.firstAt;
    if (record.lastAt > to) to = record.lastAt;
    if (record.declaration) declaration = record.declaration;
  }
  const last = ordered.at(-1);
  const envelope = BundleEnvelope.parse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportId: context.exportId,
    createdAt: context.createdAt.toISOString(),
    extensionVersion: context.extensionVersion,
    ruleDbVersion: context.ruleDbVersion,
    range: entryCount === 0 ? null : { from, to },
    declaration: context.redaction !== 'category' ? declaration : undefined,
    redaction: context.redaction,
    member: context.member,
    entryCount: ordered.length,
    chainHead: last ? { seq: last.seq, hash: last.hash } : null,
  });
  return { ...envelope, records: redacted };
}

export function newMemberCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `M-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('')}`;
}
