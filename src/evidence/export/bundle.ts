// The export bundle (format "sightline-evidence", version 5, signed: signature.ts; versions 2 to 4 are still read): what a
// worker gives a rep. It carries its own description (ids, versions, time range, the declaration
// compared against, the redaction chosen, who it is from or an anonymous member code), the chain head,
// and the sealed records, redacted as chosen. Documented in docs/export-format.md; validated with zod
// when written and read.
import { z } from 'zod';
import { Redaction } from '../seal/redaction';
import { EvidenceEntry } from '../log/entry';
import { isCheckpoint, isWorkerReport, type LogRecord, type SealedReport } from '../seal/log-record';
import { ReportFacts } from '../log/worker-report';
import { Hex64, SealFields } from '../seal/seal';
import { evidenceHost } from '../seal/seal-groups';
import { BundleSignature } from '../seal/signature';

export const BUNDLE_FORMAT = 'sightline-evidence';
export const BUNDLE_VERSION = 5;
/**
 * Versions this code reads. Version 5 added `reported`, the worker's own reports (their own section, in
 * the same chain as `records`); version 4 added the install's signature (signBundle; a file without one
 * reads as unsigned, whatever its version); version 3 added seal version 3 records (`"seal": 3`); a
 * version 2 file holds only records sealed before it, which still verify (seal.ts, legacyBody).
 * Versions 2 and 3 are reported as unsigned, not as forged.
 */
export const READABLE_BUNDLE_VERSIONS = [2, 3, 4, 5] as const;

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

/**
 * A worker report as exported: what was reported and the digest of the worker's note; the note and its
 * salt never leave the device (log/worker-report.ts), whatever the redaction.
 */
export const ExportedReport = z.strictObject({
  seq: z.number().int().positive(),
  kind: z.literal('worker_report'),
  at: z.number().int().nonnegative(),
  report: ReportFacts,
  noteDigest: Hex64.optional(),
  seal: z.literal(3),
  prevHash: Hex64,
  hash: Hex64,
});
export type ExportedReport = z.infer<typeof ExportedReport>;

/** More reports than one person would ever write; keeps a hostile file's section small. */
export const MAX_EXPORTED_REPORTS = 10_000;

export const Member = z.union([
  z.strictObject({ named: z.literal(true), name: z.string().trim().min(1).max(200) }),
  z.strictObject({ named: z.literal(false), code: z.string().regex(/^M-[A-Z0-9]{8}$/) }),
]);
export type Member = z.infer<typeof Member>;

export const EvidenceBundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(BUNDLE_VERSION)]),
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
  /**
   * Version 5: the worker's own reports, never among `records`, so nothing that counts browser evidence
   * reads them. Their seqs fall between the records' ones: the chain is both lists in seq order.
   */
  reported: z.array(ExportedReport).max(MAX_EXPORTED_REPORTS).optional(),
  /** Added by signBundle after building (version 4); absent in versions 2 and 3. */
  signature: BundleSignature.optional(),
});
export type EvidenceBundle = z.infer<typeof EvidenceBundle>;
export type BundleRecord = EvidenceBundle['records'][number];

/** A report as it leaves the device: without its note (the sealed digest of the note stays). */
export function exportedReport(record: SealedReport): ExportedReport {
  const { seq, kind, at, report, noteDigest, seal, prevHash, hash } = record;
  return { seq, kind, at, report, noteDigest, seal, prevHash, hash };
}

/** Leave out what the redaction level does not allow, with its salt; the digests stay. */
export function redactRecord(record: Exclude<LogRecord, SealedReport>, redaction: Redaction): BundleRecord {
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
  const redacted: BundleRecord[] = [];
  const reported: ExportedReport[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const record = ordered[i]!;
    if (isWorkerReport(record)) {
      reported.push(exportedReport(record));
      continue;
    }
    redacted.push(redactRecord(record, context.redaction));
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
  return { ...envelope, records: redacted, ...(reported.length > 0 ? { reported } : {}) };
}

export function newMemberCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `M-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('')}`;
}
