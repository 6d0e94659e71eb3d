// The employer's declared monitoring policy, as a worker or a rep records it: a versioned file format
// (docs/declaration-format.md) that can be exported and imported, so a rep prepares it once and members
// load it. Every field is optional except the employer. Validated with zod on import and on save.
import { z } from 'zod';
import { CAPABILITY_IDS, CATEGORY_IDS } from '../core/taxonomy';
import { upgradedOrAsIs, upgradeDeclaration } from './declaration-upgrade';
import { isBrowserCategory, KIND_IDS } from './kinds';

export const DECLARATION_FORMAT = 'sightline-declaration';
/** Version 2 added `kind` to items (kinds.ts); version 1 files and stored data are upgraded on read. */
export const DECLARATION_VERSION = 2;
/** Larger files are refused before parsing: a real declaration is a few kilobytes. */
export const MAX_DECLARATION_BYTES = 512 * 1024;

const text = (max = 2000) => z.string().trim().max(max).optional();
const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);

const DeclaredItemFields = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** The kind of monitoring the policy declares ("CCTV operates in", "we monitor email"): kinds.ts. */
  kind: z.enum(KIND_IDS).optional(),
  /**
   * The browser category, when the kind is one (kept so everything that compares findings by category
   * reads on unchanged); always equal to `kind` then, and absent for kinds no browser sees.
   */
  category: z.enum(CATEGORY_IDS).optional(),
  /** A named product, as the policy names it ("Hotjar"). */
  product: text(200),
  /** The rule id when the product is one Sightline knows (set when picked from the catalog or a suggestion). */
  ruleId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100)
    .optional(),
  purpose: text(),
  dataCaptured: text(),
  systems: text(),
  frequency: z.enum(['continuous', 'occasional', 'unknown']).default('unknown'),
  retention: text(),
  access: text(),
  lawfulBasis: text(),
  dpia: YesNoUnknown.default('unknown'),
  workersConsulted: YesNoUnknown.default('unknown'),
  /** How to see and challenge the data. */
  rights: text(),
  /** The sentence of the policy this item was taken from, when suggested from the policy text. */
  quote: text(600),
});

/** Either of kind and category may be given; each item comes out with both filled in where they apply. */
export const DeclaredItem = DeclaredItemFields.refine(
  (i) => i.kind === undefined || i.category === undefined || i.kind === i.category,
  {
    message: 'the kind and the category differ; give one, or the same value for both',
    path: ['category'],
  },
).transform((i) => {
  const kind = i.kind ?? i.category;
  const category = i.category ?? (kind !== undefined && isBrowserCategory(kind) ? kind : undefined);
  return { ...i, ...(kind === undefined ? {} : { kind }), ...(category === undefined ? {} : { category }) };
});
export type DeclaredItem = z.infer<typeof DeclaredItem>;

/**
 * Something the policy says is not done ("we do not use keystroke logging"), kept to be checked against
 * what is seen. It names one of: a product, a monitoring category, or something a tool captures.
 */
export const PolicyPromise = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    ruleId: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(100)
      .optional(),
    product: text(200),
    category: z.enum(CATEGORY_IDS).optional(),
    capability: z.enum(CAPABILITY_IDS).optional(),
    /** The policy's own words. */
    quote: z.string().trim().min(1).max(600),
  })
  .refine((p) => [p.ruleId, p.category, p.capability].filter((v) => v !== undefined).length === 1, {
    message: 'a promise names exactly one of a product (ruleId), a category or a capability',
  });
export type PolicyPromise = z.infer<typeof PolicyPromise>;

/** What the policy says once for all its monitoring: how long data is kept, who sees it, how to challenge it. */
export const PolicyStatements = z.strictObject({ retention: text(600), access: text(600), rights: text(600) });
export type PolicyStatements = z.infer<typeof PolicyStatements>;

const DeclarationV2 = z
  .strictObject({
    format: z.literal(DECLARATION_FORMAT),
    version: z.literal(DECLARATION_VERSION),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    employer: z.string().trim().min(1, 'the employer is required').max(200),
    title: text(300),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    policyVersion: text(50),
    /** Who to write to about the policy ("Data Protection Officer, dpo@example.org"); letters are addressed to them. */
    contact: text(200),
    date: z.iso.date().optional(),
    /** Work sites (domain suffixes) this declaration covers; empty: every work site. */
    sites: z
      .array(z.string().regex(/^[a-z0-9.-]{1,253}$/))
      .max(200)
      .default([]),
    items: z.array(DeclaredItem).max(300).default([]),
    /** The policy's denials, each to be held against what is seen (policy/contradictions.ts). */
    promises: z.array(PolicyPromise).max(100).optional(),
    statements: PolicyStatements.optional(),
  })
  .refine((d) => new Set(d.items.map((i) => i.id)).size === d.items.length, {
    message: 'two items share an id',
    path: ['items'],
  })
  .refine((d) => new Set((d.promises ?? []).map((p) => p.id)).size === (d.promises ?? []).length, {
    message: 'two promises share an id',
    path: ['promises'],
  });
/**
 * A declaration of the current version. Older versions are upgraded first (declaration-upgrade.ts), so
 * everything that reads a stored or sent declaration reads an old one too; a file's import goes through
 * parseDeclarationFile, which says why an unreadable version is refused.
 */
export const Declaration = z.preprocess((data) => upgradedOrAsIs(data, DECLARATION_VERSION), DeclarationV2);
export type Declaration = z.infer<typeof DeclarationV2>;
export type DeclarationInput = z.input<typeof DeclarationV2>;

/**
 * "Contoso Ltd - Monitoring at work v3 (2026-01-10)": how findings name what they were compared with.
 * Plain ASCII on purpose: it is written into every evidence entry, and an export that is all ASCII reads
 * about three times faster in a rep's merge (the engine keeps it one byte per character) and survives
 * editors that guess the wrong encoding. Employer-written text keeps its own characters.
 */
export function describeDeclaration(d: Pick<Declaration, 'employer' | 'title' | 'policyVersion' | 'date'>): string {
  const version = [d.policyVersion && `v${d.policyVersion.replace(/^v/i, '')}`, d.date && `(${d.date})`]
    .filter(Boolean)
    .join(' ');
  return [d.employer, d.title].filter(Boolean).join(' - ') + (version ? ` ${version}` : '');
}

export type ParsedDeclaration = { ok: true; declaration: Declaration } | { ok: false; error: string };

/** Read a declaration file. Every failure says what is wrong, in words a person can act on. */
export function parseDeclarationFile(bytes: number, textContent: string): ParsedDeclaration {
  if (bytes > MAX_DECLARATION_BYTES) {
    return {
      ok: false,
      error: `The file is ${Math.ceil(bytes / 1024)} KB; a declaration file is at most ${MAX_DECLARATION_BYTES / 1024} KB. Is this the right file?`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(textContent);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== DECLARATION_FORMAT) {
    return {
      ok: false,
      error: 'This is not a Sightline declaration file (its "format" is not "sightline-declaration").',
    };
  }
  const upgraded = upgradeDeclaration(data, DECLARATION_VERSION);
  if (!upgraded.ok) return upgraded;
  const parsed = Declaration.safeParse(upgraded.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: `The declaration is not valid at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`,
    };
  }
  return { ok: true, declaration: parsed.data };
}

export function serialiseDeclaration(declaration: Declaration): string {
  return `${JSON.stringify(Declaration.parse(declaration), null, 2)}\n`;
}
