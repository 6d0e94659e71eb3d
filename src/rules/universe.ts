// The vendor universe: every workplace-relevant monitoring product that an independent public list names,
// each either covered by a rule or excluded with a stated reason (src/rules/universe/*.json, one file per
// category). It is how "nothing seen" can be measured against "not covered". Pure: no file or browser I/O.
import { z } from 'zod';
import { CATEGORY_IDS, type CategoryId } from '../core/taxonomy';

/** Entries a list names that are not monitoring products at all (ad networks, CDNs, form builders). */
export const NOT_MONITORING = 'not_monitoring';
export const UNIVERSE_CATEGORIES = [...CATEGORY_IDS, NOT_MONITORING] as const;
export type UniverseCategory = CategoryId | typeof NOT_MONITORING;

export const UniverseList = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/),
    title: z.string().min(3),
    /** A public list has an https URL; lists kept in this repository name where instead. */
    url: z.url().optional(),
    ref: z.string().min(3).optional(),
    accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** How candidates were picked from the list, so someone else can repeat it. */
    selection: z.string().min(20),
  })
  .refine((l) => Boolean(l.url) !== Boolean(l.ref), {
    message: 'give exactly one of url (public list) or ref (in this repository)',
  });
export type UniverseList = z.infer<typeof UniverseList>;

export const ListsFile = z.strictObject({ lists: z.array(UniverseList).min(1) });

const Listing = z.strictObject({
  list: z.string().min(1),
  /** The name, pattern id or domain under which that list names the product. */
  name: z.string().min(1),
});

const EntryBase = {
  product: z.string().min(1),
  vendor: z.string().min(1),
  lists: z.array(Listing).min(1),
};
export const UniverseEntry = z.discriminatedUnion('status', [
  z.strictObject({ ...EntryBase, status: z.literal('ruled'), rules: z.array(z.string().min(1)).min(1) }),
  /** "Not looked at" is no reason: say what was checked and what it showed. */
  z.strictObject({ ...EntryBase, status: z.literal('excluded'), reason: z.string().min(40) }),
  z.strictObject({ ...EntryBase, status: z.literal('open') }),
]);
export type UniverseEntry = z.infer<typeof UniverseEntry>;

export const UniverseFile = z.strictObject({
  category: z.enum(UNIVERSE_CATEGORIES),
  entries: z.array(UniverseEntry),
});
export type UniverseFile = z.infer<typeof UniverseFile>;

export type CategorisedEntry = UniverseEntry & { category: UniverseCategory };

export interface Universe {
  lists: UniverseList[];
  entries: CategorisedEntry[];
}

export interface UniverseInput {
  lists: unknown;
  files: { fileId: string; data: unknown }[];
}

/** Parse the list file and every category file; problems name the file and the zod path. */
export function parseUniverse(input: UniverseInput): { universe: Universe; problems: string[] } {
  const problems: string[] = [];
  const lists = ListsFile.safeParse(input.lists);
  if (!lists.success)
    for (const issue of lists.error.issues) problems.push(`lists.json: ${issue.path.join('.')}: ${issue.message}`);
  const entries: CategorisedEntry[] = [];
  for (const file of input.files) {
    const parsed = UniverseFile.safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${file.fileId}.json: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (parsed.data.category !== file.fileId)
      problems.push(`${file.fileId}.json: category "${parsed.data.category}" differs from the file name`);
    for (const entry of parsed.data.entries) entries.push({ ...entry, category: parsed.data.category });
  }
  return { universe: { lists: lists.success ? lists.data.lists : [], entries }, problems };
}

/** Cross-checks between the universe and the rule database (ids and products). */
export function universeProblems(
  universe: Universe,
  rules: readonly { id: string; product: string; category: string }[],
): string[] {
  const problems: string[] = [];
  const listIds = new Set(universe.lists.map((l) => l.id));
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const covered = new Set<string>();
  const products = new Set<string>();
  for (const entry of universe.entries) {
    const key = `${entry.category}/${entry.product.toLowerCase()}`;
    if (products.has(key)) problems.push(`${entry.product}: listed twice in ${entry.category}`);
    products.add(key);
    for (const listing of entry.lists)
      if (!listIds.has(listing.list)) problems.push(`${entry.product}: unknown list "${listing.list}"`);
    if (entry.status !== 'ruled') continue;
    for (const id of entry.rules) {
      const rule = ruleById.get(id);
      if (!rule) problems.push(`${entry.product}: names rule "${id}", which does not exist`);
      else if (rule.category !== entry.category)
        problems.push(`${entry.product}: rule "${id}" is ${rule.category}, the entry is ${entry.category}`);
      if (covered.has(id)) problems.push(`rule "${id}" is named by more than one universe entry`);
      covered.add(id);
    }
  }
  for (const rule of rules)
    if (!covered.has(rule.id)) problems.push(`rule "${rule.id}" (${rule.product}) is missing from the universe`);
  return problems;
}

export interface Coverage {
  ruled: number;
  excluded: number;
  open: number;
  byCategory: { category: UniverseCategory; ruled: number; excluded: number; open: number }[];
}

export function universeCoverage(universe: Universe): Coverage {
  const count = (entries: CategorisedEntry[], status: UniverseEntry['status']) =>
    entries.filter((e) => e.status === status).length;
  const byCategory = UNIVERSE_CATEGORIES.map((category) => {
    const inCategory = universe.entries.filter((e) => e.category === category);
    return {
      category,
      ruled: count(inCategory, 'ruled'),
      excluded: count(inCategory, 'excluded'),
      open: count(inCategory, 'open'),
    };
  });
  return {
    ruled: count(universe.entries, 'ruled'),
    excluded: count(universe.entries, 'excluded'),
    open: count(universe.entries, 'open'),
    byCategory,
  };
}
