// Checking one record of an imported bundle, field by field, with a specific reason. The zod schemas in
// bundle.ts (ExportedEntry, ExportedCheckpoint) remain the definition; this is the same rules written out
// by hand because a rep's merge checks a million records and zod took ~10 µs each — as long as reading
// the file (npm run bench:evidence). check-record.test.ts holds the two to the same answers.
import { CATEGORY_IDS } from '../rules/taxonomy';

export interface RecordProblem {
  field: string;
  message: string;
}

type Check = (value: unknown) => string | null;

const HEX64 = /^[0-9a-f]{64}$/;
const int = (min: number): Check => (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= min ? null : min > 0 ? 'must be a whole number above 0' : 'must be a whole number, 0 or more');
const text = (min: number, max: number): Check => (v) => (typeof v === 'string' && v.length >= min && v.length <= max ? null : `must be text of ${min} to ${max} characters`);
const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set(values);
  return (v) => (typeof v === 'string' && allowed.has(v) ? null : `must be one of ${values.join(', ')}`);
};
const hex64: Check = (v) => (typeof v === 'string' && HEX64.test(v) ? null : 'must be 64 lower-case hex digits');
const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));

function checkObject(value: unknown, fields: Record<string, Check>, at: string): RecordProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { field: at, message: 'must be an object' };
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!Object.hasOwn(fields, key)) return { field: at ? `${at}.${key}` : key, message: 'is not a field of this format' };
  for (const key in fields) {
    const problem = fields[key]!(record[key]);
    if (problem) return { field: at ? `${at}.${key}` : key, message: record[key] === undefined ? 'is missing' : problem };
  }
  return null;
}

const SALTS: Record<string, Check> = { site: optional(text(0, Infinity)), product: optional(text(0, Infinity)), host: optional(text(0, Infinity)), path: optional(text(0, Infinity)) };
const DIGESTS: Record<string, Check> = { site: hex64, product: hex64, host: hex64, path: hex64 };

const ENTRY: Record<string, Check> = {
  seq: int(0),
  kind: oneOf(['first_seen', 'tally', 'unknown_third_party']),
  at: int(0),
  site: optional(text(1, 253)),
  ruleId: optional(text(0, 100)),
  product: optional(text(0, 200)),
  category: optional(oneOf(CATEGORY_IDS)),
  signalKind: oneOf(['host', 'global', 'script_src', 'extension_id', 'unknown_host']),
  signalValue: optional(text(0, 600)),
  evidence: optional(text(0, 2100)),
  source: oneOf(['network', 'page', 'browser']),
  count: int(1),
  firstAt: int(0),
  lastAt: int(0),
  ruleDbVersion: text(0, 40),
  declaration: optional(text(0, 600)),
  declared: optional(oneOf(['product', 'category', 'no'])),
  salts: () => null, // checked below, as a nested object
  digests: () => null,
  prevHash: hex64,
  hash: hex64,
};

const CHECKPOINT: Record<string, Check> = {
  seq: int(1),
  kind: (v) => (v === 'checkpoint' ? null : 'must be "checkpoint"'),
  at: int(0),
  removedThrough: int(0),
  removedHash: hex64,
  removedCount: int(0),
  prevHash: hex64,
  hash: hex64,
};

/** The first problem with an imported record (an exported entry or a checkpoint), or null when it is valid. */
export function checkExportedRecord(value: unknown): RecordProblem | null {
  if ((value as { kind?: unknown } | null)?.kind === 'checkpoint') return checkObject(value, CHECKPOINT, '');
  const problem = checkObject(value, ENTRY, '');
  if (problem) return problem;
  const record = value as Record<string, unknown>;
  if (record.salts === undefined) return { field: 'salts', message: 'is missing' };
  if (record.digests === undefined) return { field: 'digests', message: 'is missing' };
  return checkObject(record.salts, SALTS, 'salts') ?? checkObject(record.digests, DIGESTS, 'digests');
}
