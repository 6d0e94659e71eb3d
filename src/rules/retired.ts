// Products Sightline used to detect and no longer does (src/rules/retired.json). Their evidence stays in
// workers' logs and in members' exports, so the catalog keeps their names and categories: the overview
// still names them, and a policy that declares them by name or by kind still answers for them. A retired
// product claims no capabilities, since its rule, and the sources behind its claims, are gone.
import { z } from 'zod';
import { CATEGORY_IDS } from '../core/taxonomy';
import { summariseRule, type RuleSummary } from './catalog';
import type { Rule } from './schema';

export const RetiredRule = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  vendor: z.string().min(1),
  product: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  category: z.enum(CATEGORY_IDS),
  /** The day the rule left the database (YYYY-MM-DD). */
  retired: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type RetiredRule = z.infer<typeof RetiredRule>;

const RetiredFile = z.strictObject({ $comment: z.string().optional(), retired: z.array(RetiredRule) });

/** Parse the retired list; a retired id must be unique and must not be a rule that is still live. */
export function lintRetired(
  data: unknown,
  liveIds: ReadonlySet<string>,
): { retired: RetiredRule[]; problems: string[] } {
  const parsed = RetiredFile.safeParse(data);
  if (!parsed.success) {
    return {
      retired: [],
      problems: parsed.error.issues.map((i) => `retired.json: ${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of parsed.data.retired) {
    if (seen.has(rule.id)) problems.push(`retired.json: ${rule.id} is listed twice`);
    if (liveIds.has(rule.id))
      problems.push(`retired.json: ${rule.id} is a live rule again: remove it from the retired list`);
    seen.add(rule.id);
  }
  return { retired: parsed.data.retired, problems };
}

/** What the catalog says of a retired product: its name and kind, no claims, and when it stopped. */
export function summariseRetired(rule: RetiredRule): RuleSummary {
  const { id, vendor, product, aliases, category, retired } = rule;
  return {
    id,
    vendor,
    product,
    aliases,
    category,
    capabilities: [],
    identifies_user: false,
    confidence: 'low',
    notes: `Sightline stopped detecting ${product} on ${retired}: no vendor page, package or store listing could be found that shows the signals it was matched on. Evidence recorded before then is kept.`,
    citations: [],
    retired,
  };
}

/** The catalog the extension pages ship: every live rule's summary, then every retired product's. */
export function catalogSummaries(rules: readonly Rule[], retired: readonly RetiredRule[]): RuleSummary[] {
  return [...rules.map(summariseRule), ...retired.map(summariseRetired)];
}
