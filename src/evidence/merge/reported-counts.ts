// How many members reported each kind of monitoring at each workplace: the rep's count of what members
// saw or were told (worker reports), kept apart from every count of what the browser observed. A
// workplace is the member's own words, so two spellings of one place ("Town Hall", "town  hall ") are
// one workplace: compared trimmed, with runs of spaces as one and case ignored; it is shown as the
// spelling that sorts first. A member counts once per kind and workplace, however often they reported
// it. Pure, and independent of the order members come in.
import type { KindId } from '../../policy/kinds';
import type { MemberSummary } from './member-summary';

export interface ReportedRow {
  kind: KindId;
  workplace: string;
  /** Members who reported this kind at this workplace. */
  members: number;
  /** Reports of it, from all of them. */
  reports: number;
  /** The earliest and latest date reported (YYYY-MM-DD). */
  first: string;
  last: string;
}

/** The key two spellings of one workplace share. */
export const workplaceKey = (where: string): string => where.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** One row per kind and workplace: most members first, then kind and workplace. */
export function countReported(members: readonly Pick<MemberSummary, 'memberKey' | 'reported'>[]): ReportedRow[] {
  const rows = new Map<string, ReportedRow & { who: Set<string>; spellings: Set<string> }>();
  for (const member of members) {
    for (const report of member.reported ?? []) {
      const place = report.where.trim().replace(/\s+/g, ' ');
      const key = `${report.kind}\u001f${workplaceKey(place)}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          kind: report.kind,
          workplace: place,
          members: 0,
          reports: 0,
          first: report.when,
          last: report.when,
          who: new Set(),
          spellings: new Set(),
        };
        rows.set(key, row);
      }
      row.who.add(member.memberKey);
      row.spellings.add(place);
      row.reports += 1;
      if (report.when < row.first) row.first = report.when;
      if (report.when > row.last) row.last = report.when;
    }
  }
  return [...rows.values()]
    .map(({ who, spellings, ...row }) => ({ ...row, members: who.size, workplace: [...spellings].sort()[0]! }))
    .sort(
      (a, b) =>
        b.members - a.members ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (a.workplace < b.workplace ? -1 : a.workplace > b.workplace ? 1 : 0),
    );
}

/** How many members reported each kind anywhere (a member once per kind). */
export function membersReportingKind(
  members: readonly Pick<MemberSummary, 'memberKey' | 'reported'>[],
): Map<KindId, number> {
  const who = new Map<KindId, Set<string>>();
  for (const member of members)
    for (const report of member.reported ?? []) {
      const set = who.get(report.kind) ?? new Set<string>();
      set.add(member.memberKey);
      who.set(report.kind, set);
    }
  return new Map([...who].map(([kind, set]) => [kind, set.size]));
}
