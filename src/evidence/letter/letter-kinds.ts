// The kinds of monitoring a rights letter covers besides the products Sightline observed (issue 21): the
// kinds the worker reported in the sealed log (evidence/log/worker-report.ts), and the kinds the
// employer's policy declares that a browser cannot see, or sees only in part (policy/kinds.ts). What the
// worker reported is kept as the worker's account (how they know, where, when); what the policy declares
// is kept in the policy's own words. Nothing here is observed by Sightline. Pure and deterministic.
import type { Declaration } from '../../policy/declaration';
import { declaredWords } from '../../policy/declared-words';
import { KIND_IDS, KINDS, type KindId } from '../../policy/kinds';
import type { HowKnown, ReportFacts } from '../log/worker-report';

export interface LetterKindLine {
  kind: KindId;
  /** What the worker reported of it; null when they reported nothing of it. */
  reported: {
    reports: number;
    /** Each workplace once, as first written (spellings that differ only in case or spaces are one). */
    places: string[];
    /** The earliest and latest date reported, YYYY-MM-DD. */
    from: string;
    to: string;
    /** How the worker knows, in HOW_KNOWN order, each once. */
    how: HowKnown[];
  } | null;
  /** The policy's words for it (each item's sentence, else the product it names); null: not declared. */
  declared: { words: string[] } | null;
}

export interface LetterKinds {
  /** Whether a declaration was there to compare with; without one nothing is called declared or undeclared. */
  policyLoaded: boolean;
  /** Reported kinds first, then kinds only declared, each in the vocabulary's order. */
  lines: LetterKindLine[];
}

const HOW_ORDER: readonly HowKnown[] = ['saw', 'told', 'policy_or_notice', 'other'];

/**
 * `categoryOf`: the category of a rule the declaration names by id (a named product counts as declaring
 * its category's kind, as in the rep's picture).
 */
export function letterKinds(
  reports: readonly ReportFacts[],
  declaration: Declaration | undefined,
  categoryOf: (ruleId: string) => string | undefined = () => undefined,
): LetterKinds {
  const byKind = new Map<KindId, NonNullable<LetterKindLine['reported']>>();
  const placeKeys = new Map<KindId, Set<string>>();
  for (const report of reports) {
    const place = report.where.trim().replace(/\s+/g, ' ');
    const seen = byKind.get(report.kind) ?? {
      reports: 0,
      places: [],
      from: report.when,
      to: report.when,
      how: [],
    };
    seen.reports += 1;
    const keys = placeKeys.get(report.kind) ?? new Set<string>();
    // Spellings that differ only in case are one place.
    const key = place.toLocaleLowerCase('en');
    if (place && !keys.has(key)) {
      keys.add(key);
      seen.places.push(place);
    }
    placeKeys.set(report.kind, keys);
    if (report.when < seen.from) seen.from = report.when;
    if (report.when > seen.to) seen.to = report.when;
    if (!seen.how.includes(report.how)) seen.how.push(report.how);
    byKind.set(report.kind, seen);
  }
  const reported: LetterKindLine[] = [];
  const declaredOnly: LetterKindLine[] = [];
  for (const kind of KIND_IDS) {
    const words = declaration ? declaredWords(declaration, kind, categoryOf) : null;
    const told = byKind.get(kind);
    const declared = words ? { words } : null;
    if (told) {
      reported.push({ kind, reported: { ...told, how: HOW_ORDER.filter((h) => told.how.includes(h)) }, declared });
    } else if (declared && KINDS[kind].visibility !== 'browser') {
      // A declared kind the browser sees in full is covered by the observed products; the rest is not.
      declaredOnly.push({ kind, reported: null, declared });
    }
  }
  return { policyLoaded: declaration !== undefined, lines: [...reported, ...declaredOnly] };
}
