// Builders for merge tests: members' logs, exports of them as bytes, and the edits a forger or an
// accident makes. Test-only (imported by *.test.ts files and nothing the extension ships).
import { buildBundle, type BundleContext, type EvidenceBundle, type Member } from '../export/bundle';
import type { EntryDraft } from '../log/entry';
import type { LogRecord } from '../seal/log-record';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { draft } from '../log/test-entries';

export const T0 = Date.UTC(2026, 10, 2, 9);

export const code = (c: string): Member => ({ named: false, code: c });

/** A member's sealed log of the given drafts (fresh salts: a log of its own). */
export function sealLog(drafts: readonly EntryDraft[]): LogRecord[] {
  return sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH }).sealed;
}

/** Fullstory on a site, `counts` observations: a first_seen then tallies an hour apart. */
export function observations(counts: readonly number[], overrides: Partial<EntryDraft> = {}): EntryDraft[] {
  return counts.map((count, i) =>
    draft({
      kind: i === 0 ? 'first_seen' : 'tally',
      count,
      at: T0 + i * 3_600_000,
      firstAt: T0 + i * 3_600_000,
      lastAt: T0 + i * 3_600_000,
      declared: 'no',
      ...overrides,
    }),
  );
}

export function exportOf(
  records: readonly LogRecord[],
  member: Member,
  exportId: string,
  extra: Partial<BundleContext> = {},
): EvidenceBundle {
  return buildBundle(records, {
    exportId,
    createdAt: new Date(T0 + 86_400_000),
    extensionVersion: '0.1.0',
    ruleDbVersion: '2026.11.22',
    redaction: 'full',
    member,
    ...extra,
  });
}

const encoder = new TextEncoder();
export const bytesOf = (value: unknown): Uint8Array<ArrayBuffer> =>
  encoder.encode(typeof value === 'string' ? value : JSON.stringify(value)) as Uint8Array<ArrayBuffer>;

/** The bundle with record `index` changed by `edit` (hashes left as they were: a plain edit). */
export function edited(bundle: EvidenceBundle, index: number, edit: Record<string, unknown>): EvidenceBundle {
  return { ...bundle, records: bundle.records.map((r, i) => (i === index ? ({ ...r, ...edit } as never) : r)) };
}
