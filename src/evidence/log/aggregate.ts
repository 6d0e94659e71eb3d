// Views over the log: first-seen and tally entries folded into one row per (site, product, signal),
// with the total count and first/last seen. Pending counts not yet written are added in.
import type { EvidenceEntry } from './entry';
import { tallyKey } from './entry';
import type { PendingTally } from './tally';
import { emptySpan, foldSpan } from '../../core/fold-row';

export interface EvidenceRow {
  key: string;
  site: string;
  ruleId?: string;
  product?: string;
  category?: EvidenceEntry['category'];
  kind: 'finding' | 'unknown_third_party';
  signalKind: EvidenceEntry['signalKind'];
  signalValue: string;
  evidence: string;
  source: EvidenceEntry['source'];
  count: number;
  first: number;
  last: number;
}

export function aggregateEntries(
  entries: Iterable<EvidenceEntry>,
  pending: Iterable<PendingTally> = [],
): EvidenceRow[] {
  const rows = new Map<string, EvidenceRow>();
  const add = (entry: Omit<EvidenceEntry, 'seq'>, key: string) => {
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        site: entry.site,
        ruleId: entry.ruleId,
        product: entry.product,
        category: entry.category,
        kind: entry.kind === 'unknown_third_party' ? 'unknown_third_party' : 'finding',
        signalKind: entry.signalKind,
        signalValue: entry.signalValue,
        evidence: entry.evidence,
        source: entry.source,
        ...emptySpan(),
      };
      rows.set(key, row);
    }
    foldSpan(row, { count: entry.count, first: entry.firstAt, last: entry.lastAt });
  };
  for (const entry of entries) add(entry, tallyKey(entry));
  for (const p of pending) {
    if (p.count > 0) add({ ...p.template, count: p.count, firstAt: p.since, lastAt: p.last }, p.key);
  }
  return [...rows.values()].sort((a, b) => b.last - a.last || a.key.localeCompare(b.key));
}

export interface EvidenceFilter {
  site?: string;
  category?: string;
  ruleId?: string;
  /** Inclusive range over last seen / first seen (ms). */
  from?: number;
  to?: number;
}

export function filterRows(rows: readonly EvidenceRow[], filter: EvidenceFilter): EvidenceRow[] {
  return rows.filter(
    (row) =>
      (!filter.site || row.site === filter.site) &&
      (!filter.category || row.category === filter.category) &&
      (!filter.ruleId || row.ruleId === filter.ruleId) &&
      (filter.from === undefined || row.last >= filter.from) &&
      (filter.to === undefined || row.first <= filter.to),
  );
}
