// The rep view's CSV: the merged rows, then what they were made from (issue 16), as two more tables after
// a blank line each, so a spreadsheet shows them and a second rep can compare: every merged file with its
// SHA-256, every file left out and why, and the Sightline and rule database that merged them. Same
// quoting and formula guard as the member's CSV (export-csv.ts). Nothing in it depends on load order or
// on the time it was made, so the same files give the same bytes.
import { englishText } from '../../core/english-text';
import { categoryNameKey, type CategoryId } from '../../core/taxonomy';
import { csvCell } from '../export/export-csv';
import type { MergedRow } from './report-from-bundles';
import type { MergeProvenance } from '../report/report-model';
import type { ReportedRow } from './reported-counts';
import { kindNameKey } from '../../policy/kinds';

const line = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(',');

/**
 * `reported` (reported-counts.ts) adds a fourth table, when any member reported anything: what members
 * saw or were told, per kind and workplace, never mixed into the rows above.
 */
export function mergedCsv(
  rows: readonly MergedRow[],
  files: MergeProvenance,
  reported: readonly ReportedRow[] = [],
): string {
  const lines = [
    line([
      'product',
      'category',
      'site',
      'members',
      'count',
      'first_seen_utc',
      'last_seen_utc',
      'status',
      'page_reported_only',
      'members_from_capture',
      'days',
      'page_loads',
    ]),
  ];
  for (const r of rows)
    lines.push(
      line([
        r.product,
        englishText(categoryNameKey(r.category as CategoryId)),
        r.site,
        r.members,
        r.count,
        new Date(r.first).toISOString(),
        new Date(r.last).toISOString(),
        r.status,
        r.pageOnly ? 'yes' : 'no',
        r.fromCapture,
        r.days,
        r.visits,
      ]),
    );
  lines.push('', line(['file', 'sha256', 'in_figures', 'member', 'export_id', 'records', 'signer', 'reason']));
  for (const f of files.merged)
    lines.push(line([f.names.join(' | '), f.sha256, 'yes', f.member, f.exportId, f.records, f.signer, '']));
  for (const f of files.leftOut)
    lines.push(line([f.names.join(' | '), f.sha256 ?? '(not read)', 'no', '', '', '', '', f.reason]));
  lines.push('', line(['merged_by', 'value']));
  lines.push(
    line(['sightline_version', files.reader.extensionVersion]),
    line(['rule_database_version', files.reader.ruleDbVersion]),
    line(['files_merged', files.merged.length]),
    line(['files_left_out', files.leftOut.length]),
    line(['input_digest_sha256', files.inputDigest]),
  );
  for (const conflict of files.conflicts) lines.push(line(['conflict', conflict]));
  if (reported.length > 0) {
    lines.push('', line(['reported_kind', 'kind_id', 'workplace', 'members', 'reports', 'first_date', 'last_date']));
    for (const r of reported)
      lines.push(line([englishText(kindNameKey(r.kind)), r.kind, r.workplace, r.members, r.reports, r.first, r.last]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
