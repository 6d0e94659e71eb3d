// One member's export file, from text to summary: parse and check it, verify its chain, boil it down.
// The rep view's workers and bench:evidence both run exactly this.
import type { RuleSummary } from '../rules/catalog';
import { summariseBundle, type MemberSummary } from './member-summary';
import { parseBundle, verifyBundle } from './read-bundle';

export type FileOutcome = { ok: true; summary: MemberSummary } | { ok: false; error: string };

export async function summariseExportText(text: string, bytes: number, catalog: ReadonlyMap<string, RuleSummary>): Promise<FileOutcome> {
  const parsed = parseBundle(text, bytes);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: summariseBundle({ bundle: parsed.bundle, verification: await verifyBundle(parsed.bundle) }, catalog) };
}
