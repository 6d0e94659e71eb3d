// What a record may hold, checked before its digests: a group digest proves a value only with its salt,
// so a value kept without its salt would be taken on trust (issue 13: site, product and evidence were
// rewritten, salts deleted, and the file still verified). And each record must hold exactly what the
// redaction level its file declares keeps, so a "host only" file cannot smuggle paths nor a stripped
// record pass as a redacted one.
import type { Redaction } from './redaction';
import { evidencePath, SEAL_GROUPS, type SealGroup } from './seal-groups';

export const GROUP_WORDS: Record<SealGroup, string> = {
  site: 'site',
  product: 'product or signal',
  host: 'evidence host',
  path: 'evidence path',
};

interface RecordFields {
  kind: string;
  salts?: Partial<Record<SealGroup, unknown>>;
  [field: string]: unknown;
}

/** Whether the record holds a value for `group` (its groupValue would not be undefined). */
export function hasGroupValue(record: RecordFields, group: SealGroup): boolean {
  if (group === 'site') return record.site !== undefined;
  if (group === 'product') return record.signalValue !== undefined;
  return record.evidence !== undefined;
}

/** Fields a level removes (category) or must keep (full, host), named as the docs name them. */
const VALUE_FIELDS = ['site', 'ruleId', 'product', 'signalValue', 'evidence', 'declaration'] as const;
const KEPT_FIELDS = ['site', 'signalValue', 'evidence'] as const;
/** The salts each level keeps; any other salt a record carries is not that level's. */
const KEPT_SALTS: Record<Redaction, readonly SealGroup[]> = {
  full: SEAL_GROUPS,
  host: ['site', 'product', 'host'],
  category: [],
};

/** The first way `record` holds a value it cannot prove (no salt), or null. Levels aside. */
function unprovenValue(record: RecordFields): string | null {
  for (const group of SEAL_GROUPS) {
    if (!hasGroupValue(record, group) || record.salts?.[group] !== undefined) continue;
    // At host detail the evidence has no path, and no path salt: the empty path proves nothing and claims nothing.
    if (group === 'path' && evidencePath(String(record.evidence)) === '') continue;
    return `its ${GROUP_WORDS[group]} is present but its salt was removed, so it cannot be checked against its digest (the value may have been edited)`;
  }
  // The rule, product name and declaration are sealed together with the signal: without it they are unproven.
  if (
    record.signalValue === undefined &&
    (record.ruleId !== undefined || record.product !== undefined || record.declaration !== undefined)
  ) {
    return 'its product or rule is present without the signal it was sealed with, so it cannot be checked against its digest';
  }
  return null;
}

/** The first value a record holds that its file's level leaves out, or lacks that it keeps, or null. */
function levelProblem(record: RecordFields, redaction: Redaction): string | null {
  const level = `${redaction} detail`;
  if (redaction === 'category') {
    for (const field of VALUE_FIELDS)
      if (record[field] !== undefined) return `carries a ${field}, which its file's category detail leaves out`;
  } else {
    for (const field of KEPT_FIELDS)
      if (record[field] === undefined) return `has no ${field}, which its file's ${level} keeps (a value was removed)`;
    if (redaction === 'host' && evidencePath(String(record.evidence)) !== '')
      return `carries an evidence path, which its file's host detail leaves out`;
  }
  return null;
}

/** The first salt a record holds that its file's level leaves out, or lacks that it keeps, or null. */
function levelSaltProblem(record: RecordFields, redaction: Redaction): string | null {
  const level = `${redaction} detail`;
  const kept = KEPT_SALTS[redaction];
  for (const group of SEAL_GROUPS) {
    const has = record.salts?.[group] !== undefined;
    if (has && !kept.includes(group))
      return `carries the salt of its ${GROUP_WORDS[group]}, which its file's ${level} leaves out`;
    if (!has && kept.includes(group))
      return `has no salt for its ${GROUP_WORDS[group]}, which its file's ${level} keeps`;
  }
  return null;
}

/**
 * Whether an entry holds only values it can prove and, when its file's level is known, exactly what
 * that level keeps. Checkpoints hold no values. Null when fine, else the reason.
 */
export function redactionProblem(record: RecordFields, redaction?: Redaction): string | null {
  // Checkpoints hold no values; a worker report holds no redactable group (its note stays on the device).
  if (record.kind === 'checkpoint' || record.kind === 'worker_report') return null;
  // Most specific first: "carries a site, which category detail leaves out" says more than "no salt".
  return (
    (redaction ? levelProblem(record, redaction) : null) ??
    unprovenValue(record) ??
    (redaction ? levelSaltProblem(record, redaction) : null)
  );
}
