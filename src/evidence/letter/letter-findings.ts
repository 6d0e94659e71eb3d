// The letter's findings from the evidence log: one per product, with its sites, first and last seen,
// and the latest comparison with the employer's policy. A product known only from what pages reported
// about themselves (never seen on the network) is left out unless the person chooses to include it:
// a page could have invented it, and a letter to the employer must not rest on that.
import { englishText } from '../../core/english-text';
import { categoryNameKey } from '../../core/taxonomy';
import type { EvidenceEntry } from '../log/entry';
import type { LetterFinding } from './letter';
import { leastDeclared, type PolicyNow } from '../../policy/status-now';
import { fromPersistedDeclared, type DeclaredStatus } from '../../policy/declared-status';
import { emptySpan, foldRow, type FoldedRow } from '../../core/fold-row';

export interface LetterFindings {
  findings: LetterFinding[];
  /** Products left out because every record of them is page-reported (or included, when asked). */
  pageOnly: string[];
  declarationLabel?: string;
}

/**
 * `now`: compare with the declaration that applies today (policy/status-now.ts) rather than with what
 * each record knew when it was written; the letter then names today's declaration.
 */
export function letterFindings(
  entries: readonly EvidenceEntry[],
  includePageOnly = false,
  now?: PolicyNow,
): LetterFindings {
  const byRule = new Map<string, LetterFinding & { seen: FoldedRow<DeclaredStatus>; observed: boolean }>();
  let declaration: { at: number; label: string } | undefined;
  for (const entry of entries) {
    if (!entry.ruleId || entry.kind === 'unknown_third_party') continue;
    const f = byRule.get(entry.ruleId) ?? {
      product: entry.product ?? entry.ruleId,
      category: entry.category ? englishText(categoryNameKey(entry.category)) : '',
      sites: [],
      firstSeen: '',
      lastSeen: '',
      declared: 'no-policy' as DeclaredStatus,
      seen: { ...emptySpan(), status: 'no-policy' as DeclaredStatus, statusAt: -1 },
      observed: false,
    };
    if (entry.source !== 'page' && entry.source !== 'page_timing') f.observed = true;
    if (!f.sites.includes(entry.site)) f.sites.push(entry.site);
    const status = fromPersistedDeclared(entry.declared);
    foldRow(f.seen, { count: entry.count, first: entry.firstAt, last: entry.lastAt, status, statusAt: entry.at });
    f.declared = f.seen.status;
    if (entry.declaration && (!declaration || entry.at > declaration.at))
      declaration = { at: entry.at, label: entry.declaration.replace(/^[^:]*:\s*/, '') };
    byRule.set(entry.ruleId, f);
  }
  const all = [...byRule.values()];
  if (now) {
    for (const [ruleId, f] of byRule) f.declared = leastDeclared(f.sites.map((site) => now.statusOf(site, ruleId)));
    const label = all
      .flatMap((f) => f.sites)
      .map((site) => now.labelFor(site))
      .find((l) => l !== undefined);
    declaration = label === undefined ? undefined : { at: Infinity, label };
  }
  const pageOnly = all.filter((f) => !f.observed).map((f) => f.product);
  const findings = all
    .filter((f) => f.observed || includePageOnly)
    .map(({ seen, observed: _observed, ...f }) => ({
      ...f,
      firstSeen: new Date(seen.first).toISOString(),
      lastSeen: new Date(seen.last).toISOString(),
    }));
  return { findings, pageOnly, declarationLabel: declaration?.label };
}
