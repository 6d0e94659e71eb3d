// Declared, observed and reported, per kind of monitoring (issue 21): for each kind the policy declares,
// Sightline observed or members reported, whether the policy declares it and in which words, which
// products Sightline observed of it and by how many members, and how many members reported it and where.
// A browser category is a kind (policy/kinds.ts), so an observed product's category is its kind. Kinds
// reported or observed but not declared lead: that is what a rep raises first. Pure, and independent of
// the order members come in.
import type { Declaration } from '../../policy/declaration';
import { declaredWords } from '../../policy/declared-words';
import { KIND_IDS, type KindId } from '../../policy/kinds';
import type { RuleSummary } from '../../rules/catalog';
import type { KindLine, KindPicture } from '../../policy/kind-picture';
import type { MemberSummary } from './member-summary';
import { countReported } from './reported-counts';

type Members = readonly Pick<MemberSummary, 'memberKey' | 'productSites' | 'reported'>[];

export function kindPicture(
  members: Members,
  declaration: Declaration | null,
  catalog: ReadonlyMap<string, RuleSummary>,
): KindPicture {
  const observed = new Map<KindId, { products: Set<string>; who: Set<string>; observations: number }>();
  for (const member of members)
    for (const row of member.productSites) {
      const seen = observed.get(row.category) ?? { products: new Set(), who: new Set(), observations: 0 };
      seen.products.add(row.product);
      seen.who.add(member.memberKey);
      seen.observations += row.count;
      observed.set(row.category, seen);
    }
  const reported = new Map<KindId, { who: Set<string>; reports: number; workplaces: Set<string> }>();
  for (const member of members)
    for (const report of member.reported ?? []) {
      const seen = reported.get(report.kind) ?? { who: new Set(), reports: 0, workplaces: new Set() };
      seen.who.add(member.memberKey);
      seen.reports += 1;
      reported.set(report.kind, seen);
    }
  // Workplaces as the merge counts them (two spellings of one place are one).
  for (const row of countReported(members)) reported.get(row.kind)!.workplaces.add(row.workplace);

  const lines: KindLine[] = [];
  for (const kind of KIND_IDS) {
    const words = declaration ? declaredWords(declaration, kind, (id) => catalog.get(id)?.category) : null;
    const seen = observed.get(kind);
    const told = reported.get(kind);
    if (!words && !seen && !told) continue;
    lines.push({
      kind,
      declared: words ? { words } : null,
      observed: seen
        ? { products: [...seen.products].sort(), members: seen.who.size, observations: seen.observations }
        : null,
      reported: told
        ? { members: told.who.size, reports: told.reports, workplaces: [...told.workplaces].sort() }
        : null,
    });
  }
  // Most members (reported or observed) first; ties keep the vocabulary's order.
  const weight = (l: KindLine) => Math.max(l.reported?.members ?? 0, l.observed?.members ?? 0);
  const ordered = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => weight(b.line) - weight(a.line) || a.index - b.index)
    .map((x) => x.line);
  const leads = (l: KindLine) => l.declared === null && (l.observed !== null || l.reported !== null);
  return { policyLoaded: declaration !== null, lead: ordered.filter(leads), rest: ordered.filter((l) => !leads(l)) };
}
