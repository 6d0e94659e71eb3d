// What a report says when a section is empty and some exports held categories only: whose exports could
// not hold it. A merge is described by how many members gave that detail, never by its least detailed
// export (issue 14): "the export held categories only" is false when most exports held more.
import type { ReportModel } from './report-model';
import { plural } from './report-words';

/** The sentence for an empty section of `what` (e.g. "host names"), or null when no export held categories only. */
export function categoriesOnlyNote(model: ReportModel, what: string): string | null {
  const levels = model.detailLevels;
  if (model.scope !== 'merged' || !levels) {
    return model.redaction === 'category'
      ? `Not included: the export held categories only, so ${what} were removed.`
      : null;
  }
  const members = levels.full + levels.host + levels.category;
  if (levels.category === 0) return null;
  if (levels.category === members) return `Not included: every export held categories only, so ${what} were removed.`;
  return `None recorded in the ${plural(members - levels.category, 'export', 'exports')} with more detail; ${plural(levels.category, "member's export", "members' exports")} held categories only, so ${what} were removed from ${levels.category === 1 ? 'it' : 'them'}.`;
}
