// The merged table as CSV, byte for byte as the rep view's "Export CSV" writes it (src/rep/rep-view.tsx):
// UTF-8 with a byte-order mark, CRLF, cells through csvCell, English category names.
import { csvCell } from '../src/evidence/export-csv';
import type { MergedRow } from '../src/evidence/report-from-bundles';
import { englishText } from '../src/rules/english-text';
import { categoryNameKey, type CategoryId } from '../src/rules/taxonomy';

export function mergedCsv(rows: readonly MergedRow[]): string {
  const header = 'product,category,site,members,count,first_seen_utc,last_seen_utc,status';
  const lines = rows.map((r) => [r.product, englishText(categoryNameKey(r.category as CategoryId)), r.site, r.members, r.count, new Date(r.first).toISOString(), new Date(r.last).toISOString(), r.status].map(csvCell).join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
