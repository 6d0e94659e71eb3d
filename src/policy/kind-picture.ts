// Declared, observed and reported, per kind of monitoring (issue 21): the picture's shape, its sentences
// and its version for management. merge/picture-by-kind.ts works it out from members' summaries and the
// policy; here in policy/ (pure, below every part of evidence/) so the report, the rep view and the
// letters all read it without a cycle. The sentences are made from the data through message keys and
// counted.ts, so the rep view, the report and the letters say the same.
import { counted } from '../core/counted';
import type { Translate } from '../core/translate';
import { KINDS, kindNameKey, type KindId } from './kinds';

export interface KindLine {
  kind: KindId;
  /** Null: the policy does not declare it (or no policy was loaded). */
  declared: { words: string[] } | null;
  observed: { products: string[]; members: number; observations: number } | null;
  reported: { members: number; reports: number; workplaces: string[] } | null;
}

export interface KindPicture {
  /** Whether a policy was there to compare with; without one nothing can be called declared. */
  policyLoaded: boolean;
  /** Reported or observed, but not declared: what leads. */
  lead: KindLine[];
  /** The other kinds declared, observed or reported. */
  rest: KindLine[];
}

/** "a, b and c" in the language's own way. */
function listOf(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The kind's three sentences: declared, observed, reported. */
export function kindSentences(line: KindLine, policyLoaded: boolean, t: Translate, locale: string): string[] {
  const declared = line.declared
    ? line.declared.words.length > 0
      ? t(
          'pictureDeclaredWords',
          listOf(
            locale,
            line.declared.words.map((w) => `“${w}”`),
          ),
        )
      : t('pictureDeclaredNoWords')
    : policyLoaded
      ? t('pictureNotDeclared')
      : t('pictureNoPolicy');
  const observed = line.observed
    ? t(
        'pictureObserved',
        listOf(locale, line.observed.products),
        counted(t, locale, 'member', line.observed.members),
        counted(t, locale, 'observation', line.observed.observations),
      )
    : KINDS[line.kind].visibility === 'none'
      ? t('pictureNotVisible')
      : t('pictureNotObserved');
  const reported = line.reported
    ? t(
        'pictureReported',
        counted(t, locale, 'member', line.reported.members),
        counted(t, locale, 'report', line.reported.reports),
        listOf(locale, line.reported.workplaces),
      )
    : t('pictureNotReported');
  return [declared, observed, reported];
}

/** The kind's name, for a heading. */
export const kindName = (kind: KindId, t: Translate): string => t(kindNameKey(kind));

/**
 * The picture for management (report-audience.ts): what fewer than `minMembers` reported or were
 * observed by is left out, so no one is identified by a rare finding; a kind left with nothing goes.
 */
export function withholdRare(
  picture: KindPicture,
  minMembers: number,
  /** The products the version for management keeps: any other is named nowhere, here neither. */
  keptProducts?: ReadonlySet<string>,
): KindPicture {
  const named = (o: NonNullable<KindLine['observed']>) =>
    keptProducts ? { ...o, products: o.products.filter((p) => keptProducts.has(p)) } : o;
  const keep = (l: KindLine): KindLine | null => {
    const seen = l.observed && l.observed.members >= minMembers ? named(l.observed) : null;
    const observed = seen && seen.products.length > 0 ? seen : null;
    const reported = l.reported && l.reported.members >= minMembers ? l.reported : null;
    if (!observed && !reported && !l.declared) return null;
    return { ...l, observed, reported };
  };
  const lines = [...picture.lead, ...picture.rest].map(keep).filter((l): l is KindLine => l !== null);
  const leads = (l: KindLine) => l.declared === null && (l.observed !== null || l.reported !== null);
  return { policyLoaded: picture.policyLoaded, lead: lines.filter(leads), rest: lines.filter((l) => !leads(l)) };
}
