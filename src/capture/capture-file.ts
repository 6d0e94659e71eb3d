// The capture-evidence file (format "sightline-capture", version 1; docs/export-format.md): what a scan
// of a HAR found, when, on which site, and the HAR's SHA-256 — never its cookies, headers, bodies or
// query strings. Sealed with the log's primitives (canonical JSON, SHA-256) and, from the extension,
// signed with the install's key like an export. Validated with zod when written and when read.
import { z } from 'zod';
import { Member } from '../evidence/export/bundle';
import { Hex64 } from '../evidence/seal/seal';
import { BundleSignature } from '../evidence/seal/signature';
import { CAPABILITY_IDS, CATEGORY_IDS } from '../core/taxonomy';
import { COMPARED_STATUSES } from '../policy/declared-status';

export const CAPTURE_FORMAT = 'sightline-capture';
export const CAPTURE_VERSION = 1;
export const READABLE_CAPTURE_VERSIONS = [1] as const;
/** Larger files are refused before parsing: a real one is a few kilobytes. */
export const MAX_CAPTURE_FILE_BYTES = 5 * 1024 * 1024;

const count = z.number().int().nonnegative();
const time = z.number().int();
/** Evidence is an address cut before its query and fragment, as the log keeps it. */
const Evidence = z
  .string()
  .max(2048)
  .regex(/^[^?#]*$/, 'evidence never carries a query string or fragment');
const Host = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.:[\]_-]+$/);

export const CaptureSignal = z.strictObject({
  kind: z.enum(['host', 'vendor_domain', 'script_src']),
  /** The rule's signal that matched: "rs.fullstory.com", "*\/s/fs.js". */
  value: z.string().max(300),
  evidence: Evidence,
  count,
  first: time,
  last: time,
  completed: count,
  failed: count,
});

export const CaptureFinding = z.strictObject({
  ruleId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100),
  product: z.string().max(200),
  vendor: z.string().max(200),
  category: z.enum(CATEGORY_IDS),
  capabilities: z.array(z.enum(CAPABILITY_IDS)).max(40),
  identifiesUser: z.boolean(),
  confidence: z.enum(['high', 'medium', 'low']),
  count,
  first: time,
  last: time,
  /** Against the declaration named in the file: by product, by category only, or undeclared. */
  status: z.enum(COMPARED_STATUSES).optional(),
  signals: z.array(CaptureSignal).max(20),
});
export type CaptureFinding = z.infer<typeof CaptureFinding>;

export const CaptureSiteRecord = z.strictObject({
  site: Host,
  pages: count,
  findings: z.array(CaptureFinding).max(1000),
  unknownThirdParties: z.array(z.strictObject({ host: Host, count, first: time, last: time })).max(200),
  /** Requests to unknown hosts past the list's limit. */
  unlistedUnknownRequests: count,
  /** The platform's server-side features for this site (offered, never seen), and what the declaration says of each. */
  features: z
    .array(
      z.strictObject({
        id: z.string().max(100),
        platform: z.string().max(200),
        feature: z.string().max(200),
        status: z.enum(['product', 'category', 'absent']).optional(),
      }),
    )
    .max(100),
  /** Declared items nothing in the capture matched (not evidence of absence). */
  declaredNotSeen: z.array(z.string().max(300)).max(200),
});
export type CaptureSiteRecord = z.infer<typeof CaptureSiteRecord>;

export const CaptureSeal = z.strictObject({ algorithm: z.literal('SHA-256'), hash: Hex64 });

export const CaptureFile = z.strictObject({
  format: z.literal(CAPTURE_FORMAT),
  version: z.literal(CAPTURE_VERSION),
  captureId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  createdAt: z.iso.datetime(),
  tool: z.strictObject({
    name: z.literal('sightline'),
    version: z.string().max(40),
    ruleDbVersion: z.string().max(40),
    via: z.enum(['extension', 'standalone', 'cli']),
  }),
  har: z.strictObject({
    sha256: Hex64,
    bytes: count,
    /** The browser that saved it, as the file says ("Firefox 128.0"). */
    creator: z.string().max(120).nullable(),
    entries: count,
    requests: count,
    ignored: count,
    skipped: count,
  }),
  /** First request's start to last request's end (ms since epoch). */
  range: z.strictObject({ from: time, to: time }).nullable(),
  declaration: z
    .strictObject({ id: z.string().max(200), label: z.string().max(600), url: z.string().max(2048).optional() })
    .optional(),
  member: Member.optional(),
  sites: z.array(CaptureSiteRecord).max(100),
  seal: CaptureSeal,
  signature: BundleSignature.optional(),
});
export type CaptureFile = z.infer<typeof CaptureFile>;
/** Everything the seal covers: the file without its seal and signature. */
export type CaptureBody = Omit<CaptureFile, 'seal' | 'signature'>;
