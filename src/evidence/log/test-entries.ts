// Builders for evidence tests.
import type { EntryDraft, EvidenceEntry } from './entry';

export function draft(overrides: Partial<EntryDraft> = {}): EntryDraft {
  return {
    kind: 'first_seen',
    at: 1_700_000_000_000,
    site: 'contoso.sharepoint.com',
    ruleId: 'fullstory',
    product: 'Fullstory',
    category: 'session_recording',
    signalKind: 'host',
    signalValue: 'rs.fullstory.com',
    evidence: 'https://rs.fullstory.com/rec/bundle',
    source: 'network',
    count: 1,
    firstAt: 1_700_000_000_000,
    lastAt: 1_700_000_000_000,
    ruleDbVersion: '2026.11.22',
    ...overrides,
  };
}

export function entry(seq: number, overrides: Partial<EntryDraft> = {}): EvidenceEntry {
  return { seq, ...draft(overrides) };
}
