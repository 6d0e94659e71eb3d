// Checking one record of an imported bundle, field by field, with a specific reason. The zod schemas in
// bundle.ts (ExportedEntry, ExportedCheckpoint) remain the definition; this is the same rules written out
// by hand because a rep's merge checks a million records and zod took ~10 µs each — as long as reading
// the file (npm run bench:evidence). One difference: that `hash`, `prevHash` and the digests are 64
// lower-case hex digits is left to verification (verify.ts), which has to read them anyway and says
// which field is wrong; checking them here too was a third of the time spent checking.
// check-record.test.ts holds the two to the same answers otherwise, and shows verification refuses the rest.
import { CATEGORY_IDS } from '../../core/taxonomy';
import { PERSISTED_DECLARED } from '../../policy/declared-status';

export interface RecordProblem {
  field: string;
  message: string;
}

// Each check returns null or the reason. Fields are read by name in straight-line code: looking them up
// through a table of checks made every read a slow megamorphic one (~5 µs a record).
const isInt = (v: unknown, min: number): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= min;
const intReason = (min: number) => (min > 0 ? 'must be a whole number above 0' : 'must be a whole number, 0 or more');
const isText = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const textReason = (min: number, max: number) => `must be text of ${min} to ${max} characters`;

/** 64 lower-case hex digits (a loop: a regular expression here was a tenth of a merge's checking). */
function isHex64(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
const HEX_REASON = 'must be 64 lower-case hex digits';

const KINDS = new Set(['first_seen', 'tally', 'unknown_third_party']);
const SIGNAL_KINDS = new Set([
  'host',
  'vendor_domain',
  'global',
  'script_src',
  'extension_id',
  'unknown_host',
  'browser_api',
  'identifier',
  'page_load',
]);
const SOURCES = new Set(['network', 'page', 'page_timing', 'browser']);
const DECLARED = new Set<string>(PERSISTED_DECLARED);
const CATEGORIES = new Set<string>(CATEGORY_IDS);
const ENTRY_FIELDS = new Set([
  'seq',
  'kind',
  'at',
  'site',
  'ruleId',
  'product',
  'category',
  'signalKind',
  'signalValue',
  'evidence',
  'source',
  'count',
  'firstAt',
  'lastAt',
  'ruleDbVersion',
  'declaration',
  'declared',
  'seal',
  'salts',
  'digests',
  'prevHash',
  'hash',
]);
const CHECKPOINT_FIELDS = new Set([
  'seq',
  'kind',
  'at',
  'removedThrough',
  'removedHash',
  'removedCount',
  'seal',
  'prevHash',
  'hash',
]);
/** The seal version a record may name (absent: sealed before version 3). */
const isSeal = (v: unknown): boolean => v === undefined || v === 3;
const SEAL_REASON = 'must be 3 (the seal version), or absent';
const GROUP_FIELDS = new Set(['site', 'product', 'host', 'path']);
const oneOfReason = (values: Iterable<string>) => `must be one of ${[...values].join(', ')}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownField(record: Record<string, unknown>, allowed: ReadonlySet<string>, at: string): RecordProblem | null {
  for (const key of Object.keys(record))
    if (!allowed.has(key)) return { field: at + key, message: 'is not a field of this format' };
  return null;
}

/** A problem for `field`: "is missing" when absent, else the reason. */
const problem = (record: Record<string, unknown>, field: string, reason: string, at = ''): RecordProblem => ({
  field: at + field,
  message: record[field] === undefined ? 'is missing' : reason,
});

function checkCheckpoint(r: Record<string, unknown>): RecordProblem | null {
  return (
    unknownField(r, CHECKPOINT_FIELDS, '') ??
    (!isInt(r.seq, 1) ? problem(r, 'seq', intReason(1)) : null) ??
    (!isInt(r.at, 0) ? problem(r, 'at', intReason(0)) : null) ??
    (!isInt(r.removedThrough, 0) ? problem(r, 'removedThrough', intReason(0)) : null) ??
    (!isHex64(r.removedHash) ? problem(r, 'removedHash', HEX_REASON) : null) ??
    (!isInt(r.removedCount, 0) ? problem(r, 'removedCount', intReason(0)) : null) ??
    (!isSeal(r.seal) ? problem(r, 'seal', SEAL_REASON) : null) ??
    (typeof r.prevHash !== 'string' ? problem(r, 'prevHash', HEX_REASON) : null) ??
    (typeof r.hash !== 'string' ? problem(r, 'hash', HEX_REASON) : null)
  );
}

function checkSalts(salts: unknown): RecordProblem | null {
  if (!isObject(salts)) return { field: 'salts', message: salts === undefined ? 'is missing' : 'must be an object' };
  const extra = unknownField(salts, GROUP_FIELDS, 'salts.');
  if (extra) return extra;
  for (const group of GROUP_FIELDS) {
    const salt = salts[group];
    if (salt !== undefined && typeof salt !== 'string') return { field: `salts.${group}`, message: 'must be text' };
  }
  return null;
}

/** Digests are there and text; that they are hex is verification's to say (sealFormatProblem). */
function checkDigests(digests: unknown): RecordProblem | null {
  if (!isObject(digests))
    return { field: 'digests', message: digests === undefined ? 'is missing' : 'must be an object' };
  return (
    unknownField(digests, GROUP_FIELDS, 'digests.') ??
    (typeof digests.site !== 'string' ? problem(digests, 'site', HEX_REASON, 'digests.') : null) ??
    (typeof digests.product !== 'string' ? problem(digests, 'product', HEX_REASON, 'digests.') : null) ??
    (typeof digests.host !== 'string' ? problem(digests, 'host', HEX_REASON, 'digests.') : null) ??
    (typeof digests.path !== 'string' ? problem(digests, 'path', HEX_REASON, 'digests.') : null)
  );
}

/**
 * The first of a record's seal fields that is not 64 lower-case hex digits, as a reason, or null.
 * Verification asks this of every record it cannot vouch for otherwise (see the top of this file).
 */
export function sealFormatProblem(record: Record<string, unknown>): string | null {
  const digests = isObject(record.digests) ? record.digests : {};
  const fields: [string, unknown][] = [
    ['hash', record.hash],
    ['prevHash', record.prevHash],
    ['digests.site', digests.site],
    ['digests.product', digests.product],
    ['digests.host', digests.host],
    ['digests.path', digests.path],
  ];
  for (const [field, value] of fields) {
    if (field.startsWith('digests.') && (record.kind === 'checkpoint' || record.kind === 'worker_report')) continue;
    if (!isHex64(value)) return `its ${field} is not 64 lower-case hex digits`;
  }
  return null;
}

function checkEntry(r: Record<string, unknown>): RecordProblem | null {
  return (
    unknownField(r, ENTRY_FIELDS, '') ??
    (!isInt(r.seq, 0) ? problem(r, 'seq', intReason(0)) : null) ??
    (!(typeof r.kind === 'string' && KINDS.has(r.kind)) ? problem(r, 'kind', oneOfReason(KINDS)) : null) ??
    (!isInt(r.at, 0) ? problem(r, 'at', intReason(0)) : null) ??
    (r.site !== undefined && !isText(r.site, 1, 253) ? problem(r, 'site', textReason(1, 253)) : null) ??
    (r.ruleId !== undefined && !isText(r.ruleId, 0, 100) ? problem(r, 'ruleId', textReason(0, 100)) : null) ??
    (r.product !== undefined && !isText(r.product, 0, 200) ? problem(r, 'product', textReason(0, 200)) : null) ??
    (r.category !== undefined && !(typeof r.category === 'string' && CATEGORIES.has(r.category))
      ? problem(r, 'category', oneOfReason(CATEGORIES))
      : null) ??
    (!(typeof r.signalKind === 'string' && SIGNAL_KINDS.has(r.signalKind))
      ? problem(r, 'signalKind', oneOfReason(SIGNAL_KINDS))
      : null) ??
    (r.signalValue !== undefined && !isText(r.signalValue, 0, 600)
      ? problem(r, 'signalValue', textReason(0, 600))
      : null) ??
    (r.evidence !== undefined && !isText(r.evidence, 0, 2100) ? problem(r, 'evidence', textReason(0, 2100)) : null) ??
    (!(typeof r.source === 'string' && SOURCES.has(r.source)) ? problem(r, 'source', oneOfReason(SOURCES)) : null) ??
    (!isInt(r.count, 1) ? problem(r, 'count', intReason(1)) : null) ??
    (!isInt(r.firstAt, 0) ? problem(r, 'firstAt', intReason(0)) : null) ??
    (!isInt(r.lastAt, 0) ? problem(r, 'lastAt', intReason(0)) : null) ??
    (!isText(r.ruleDbVersion, 0, 40) ? problem(r, 'ruleDbVersion', textReason(0, 40)) : null) ??
    (r.declaration !== undefined && !isText(r.declaration, 0, 600)
      ? problem(r, 'declaration', textReason(0, 600))
      : null) ??
    (r.declared !== undefined && !(typeof r.declared === 'string' && DECLARED.has(r.declared))
      ? problem(r, 'declared', oneOfReason(DECLARED))
      : null) ??
    (!isSeal(r.seal) ? problem(r, 'seal', SEAL_REASON) : null) ??
    checkSalts(r.salts) ??
    checkDigests(r.digests) ??
    (typeof r.prevHash !== 'string' ? problem(r, 'prevHash', HEX_REASON) : null) ??
    (typeof r.hash !== 'string' ? problem(r, 'hash', HEX_REASON) : null)
  );
}

/** The first problem with an imported record (an exported entry or a checkpoint), or null when it is valid. */
export function checkExportedRecord(value: unknown): RecordProblem | null {
  if (!isObject(value)) return { field: '', message: 'must be an object' };
  return value.kind === 'checkpoint' ? checkCheckpoint(value) : checkEntry(value);
}
