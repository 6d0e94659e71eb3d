// Facts the truth journeys (truth.e2e.test.ts) work out for themselves, from the rule files, the
// declaration files and the raw log, never by calling the product's comparison, folding or wording code:
// a statement the product prints is checked against these, so a shared bug cannot agree with itself.
import { readdirSync, readFileSync } from 'node:fs';
import type { LogEntryShape } from './browser';

export interface RuleFacts {
  id: string;
  product: string;
  aliases: string[];
  category: string;
  capabilities: string[];
}

export interface DeclarationFile {
  id: string;
  employer: string;
  title: string;
  policyVersion?: string;
  date?: string;
  url?: string;
  items: { id: string; product?: string; ruleId?: string; category?: string }[];
  promises?: { id: string; capability: string; quote: string }[];
}

const VENDORS = new URL('../../src/rules/vendors/', import.meta.url);

export const RULES: ReadonlyMap<string, RuleFacts> = new Map(
  readdirSync(VENDORS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, VENDORS), 'utf8')) as RuleFacts)
    .map((r) => [r.id, { ...r, aliases: r.aliases ?? [], capabilities: r.capabilities ?? [] }]),
);

export function rule(id: string): RuleFacts {
  const found = RULES.get(id);
  if (!found) throw new Error(`no rule file for ${id}`);
  return found;
}

export function readDeclaration(name: string): DeclarationFile {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/declarations/${name}`, import.meta.url), 'utf8'),
  ) as DeclarationFile;
}

/** "Contoso Ltd - Monitoring at work v2 (2026-01-10)", as a reader would name the policy from its file. */
export function policyName(d: DeclarationFile): string {
  return `${d.employer} - ${d.title}${d.policyVersion ? ` v${d.policyVersion}` : ''}${d.date ? ` (${d.date})` : ''}`;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export type Status = 'product' | 'category' | 'undeclared' | 'no-policy';

/** What a person reading the policy would say: it names the product, only its category, or neither. */
export function expectedStatus(ruleId: string, d: DeclarationFile | undefined): Status {
  if (!d) return 'no-policy';
  const r = rule(ruleId);
  const names = [r.product, ...r.aliases].map(squash);
  if (
    d.items.some(
      (i) => i.ruleId === r.id || (!i.ruleId && i.product !== undefined && names.includes(squash(i.product))),
    )
  )
    return 'product';
  if (d.items.some((i) => !i.product && !i.ruleId && i.category === r.category)) return 'category';
  return 'undeclared';
}

/** The report's words for each status (the English a reader sees in the table). */
export const REPORT_STATUS: Record<Status, string> = {
  product: 'Declared (named)',
  category: 'Declared (category only)',
  undeclared: 'Undeclared',
  'no-policy': 'No policy recorded',
};

/** What the log's own `declared` field says, as the report's words. */
export function recordedStatus(entries: readonly LogEntryShape[], ruleId: string): Status {
  const latest = entries.filter((e) => e.ruleId === ruleId).sort((a, b) => b.seq - a.seq)[0] as
    { declared?: string } | undefined;
  const declared = latest?.declared;
  return declared === 'no' ? 'undeclared' : declared === 'product' || declared === 'category' ? declared : 'no-policy';
}

/** Products in the log, and those the browser itself saw on the network (not only what pages said). */
export function productsIn(entries: readonly LogEntryShape[]): { all: string[]; observed: string[] } {
  const withRule = entries.filter((e) => e.ruleId && e.kind !== 'unknown_third_party');
  const all = [...new Set(withRule.map((e) => e.ruleId!))].sort();
  const observed = [
    ...new Set(withRule.filter((e) => e.source !== 'page' && e.source !== 'page_timing').map((e) => e.ruleId!)),
  ].sort();
  return { all, observed };
}

/** Distinct UTC days on which a product was recorded (from each entry's first and last time). */
export function daysSeen(entries: readonly LogEntryShape[], ruleId: string): number {
  const days = new Set<number>();
  for (const e of entries as (LogEntryShape & { firstAt: number; lastAt: number })[]) {
    if (e.ruleId !== ruleId) continue;
    for (let d = Math.floor(e.firstAt / 86_400_000); d <= Math.floor(e.lastAt / 86_400_000); d++) days.add(d);
  }
  return days.size;
}

/** Declared items no seen product matches by name or category: "declared but not seen". */
export function itemsNotMatched(d: DeclarationFile, seen: readonly string[]): DeclarationFile['items'] {
  return d.items.filter(
    (i) =>
      !seen.some((id) => {
        const r = rule(id);
        if (i.ruleId) return i.ruleId === id;
        if (i.product) return [r.product, ...r.aliases].map(squash).includes(squash(i.product));
        return i.category === r.category;
      }),
  );
}

/** For each promise, the seen products (by name) whose rule file says they can capture what it rules out. */
export function brokenPromises(
  d: DeclarationFile,
  observed: readonly string[],
): { capability: string; quote: string; products: string[] }[] {
  return (d.promises ?? [])
    .map((p) => ({
      capability: p.capability,
      quote: p.quote,
      products: observed
        .filter((id) => rule(id).capabilities.includes(p.capability))
        .map((id) => rule(id).product)
        .sort(),
    }))
    .filter((p) => p.products.length > 0);
}

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
