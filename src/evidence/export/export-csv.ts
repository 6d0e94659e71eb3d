// CSV for spreadsheets: one row per aggregated (site, product, signal), UTF-8 with a byte-order mark so
// Excel reads accents right, RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (starting with = + - @ or a control character) prefixed with an apostrophe: hostnames come from pages
// and must not become formulas.
import type { EvidenceRow } from '../log/aggregate';
import { englishText } from '../../core/english-text';
import { categoryNameKey } from '../../core/taxonomy';

const COLUMNS = [
  'site',
  'product',
  'category',
  'kind',
  'signal',
  'evidence',
  'source',
  'count',
  'first_seen_utc',
  'last_seen_utc',
] as const;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportEvidenceCsv(rows: readonly EvidenceRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.site,
        row.product ?? '',
        row.category ? englishText(categoryNameKey(row.category)) : '',
        row.kind === 'unknown_third_party' ? 'unknown third party' : 'finding',
        row.signalValue,
        row.evidence,
        row.source,
        row.count,
        new Date(row.first).toISOString(),
        new Date(row.last).toISOString(),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
