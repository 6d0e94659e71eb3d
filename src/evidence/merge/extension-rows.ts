// Extension entries (signalKind "extension_id") folded per extension id: for one member's summary, then
// across members for the report. The latest entry describes the extension (version, install type,
// permissions); counts and first/last seen add up. An entry whose evidence was redacted away (category
// detail) cannot name the extension and is left out here; if it is a known product it still counts there.
import { readExtensionEvidence } from '../log/extension-evidence';
import type { ExportedEntry } from '../export/bundle';
import type { ReportExtension } from '../report/report-model';

/** A member's recorded extension: the report's shape, with times still in ms and when it was described. */
export type MemberExtension = Omit<ReportExtension, 'first' | 'last'> & {
  first: number;
  last: number;
  /** When the describing entry was written. */
  describedAt: number;
};

export function addExtensionEntry(extensions: Map<string, MemberExtension>, entry: ExportedEntry): void {
  const read = readExtensionEvidence(entry.evidence);
  if (!read) return;
  let row = extensions.get(read.id);
  if (!row) {
    row = { ...read, count: 0, first: Infinity, last: -Infinity, describedAt: -1 };
    extensions.set(read.id, row);
  }
  if (entry.at >= row.describedAt)
    Object.assign(row, read, { product: entry.product, category: entry.category, describedAt: entry.at });
  row.count += entry.count;
  row.first = Math.min(row.first, entry.firstAt);
  row.last = Math.max(row.last, entry.lastAt);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Across members: the latest description of each extension, with how many members' browsers had it. */
export function mergeExtensions(
  members: readonly { memberKey: string; extensions?: readonly MemberExtension[] }[],
  merged: boolean,
): ReportExtension[] {
  const byId = new Map<string, MemberExtension & { keys: Set<string> }>();
  for (const member of members) {
    for (const extension of member.extensions ?? []) {
      const seen = byId.get(extension.id);
      const base = !seen || extension.describedAt >= seen.describedAt ? { ...extension } : { ...seen };
      const both = {
        ...base,
        count: (seen?.count ?? 0) + extension.count,
        first: Math.min(seen?.first ?? Infinity, extension.first),
        last: Math.max(seen?.last ?? -Infinity, extension.last),
        keys: new Set([...(seen?.keys ?? []), member.memberKey]),
      };
      byId.set(extension.id, both);
    }
  }
  return [...byId.values()]
    .map(({ keys, describedAt: _d, first, last, ...extension }) => ({
      ...extension,
      first: iso(first),
      last: iso(last),
      members: merged ? keys.size : undefined,
    }))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Known products first, then those the employer installed, then the rest (as the options page lists them). */
const rank = (e: ReportExtension): number => (e.product ? 0 : e.installType === 'admin' ? 1 : 2);
