// A worker-reported observation: what a worker saw or was told about monitoring no browser can see (a
// camera with a microphone in the team room, a fingerprint clock-in, a manager quoting Teams activity).
// It is kept in the sealed log, in the same chain as what the browser observed, but as its own kind of
// record (`kind: "worker_report"`) with its own fields, so no count of browser evidence can include it:
// the log's views read entries through isSealedEntry (seal/log-record.ts), and exports carry reports in
// their own section (export/bundle.ts).
//
// The optional free text stays on the device: the record seals a salted digest of it, so the log can
// prove the text was not changed, and an export leaves out the text and its salt.
import { z } from 'zod';
import { KIND_IDS } from '../../policy/kinds';

/** How the worker knows: saw it, was told, read it in a policy or notice, or otherwise. */
export const HOW_KNOWN = ['saw', 'told', 'policy_or_notice', 'other'] as const;
export type HowKnown = (typeof HOW_KNOWN)[number];

export const REPORT_LIMITS = { where: 200, note: 500 } as const;

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not). */
export const ReportDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  }, 'is not a date in the calendar');

/** What a report says, as sealed and exported. */
export const ReportFacts = z.strictObject({
  kind: z.enum(KIND_IDS),
  /** The workplace or site, in the worker's words ("Town Hall, 2nd floor team room"). */
  where: z.string().trim().min(1).max(REPORT_LIMITS.where),
  when: ReportDate,
  how: z.enum(HOW_KNOWN),
});
export type ReportFacts = z.infer<typeof ReportFacts>;

/** What the options page sends: the facts and, optionally, the worker's own words. */
export const ReportInput = ReportFacts.extend({
  note: z.string().trim().max(REPORT_LIMITS.note).optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

/** The free text and the salt of its digest: on the device only. */
export const ReportNote = z.strictObject({ salt: z.string().min(1).max(64), text: z.string().max(REPORT_LIMITS.note) });
export type ReportNote = z.infer<typeof ReportNote>;

/** A report before sealing (seal/seal-report.ts adds seq, seal and the chain). */
export interface WorkerReportDraft {
  kind: 'worker_report';
  at: number;
  report: ReportFacts;
  /** SHA-256 of the note's salt, U+001F and text (seal/seal-report.ts), when there is a note. */
  noteDigest?: string;
  note?: ReportNote;
}

/** The record kind, spelled once. */
export const WORKER_REPORT = 'worker_report';
