import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleContext } from '../export/bundle';
import { checkExportedRecord } from '../seal/check-record';
import { EvidenceEntry, type EntryDraft } from './entry';
import { boundDraft, boundText, CUT_MARK, declarationText, FIELD_LIMITS } from './limits';
import { parseBundle, verifyBundle } from '../export/read-bundle';
import { GENESIS_HASH, sealDrafts } from '../seal/seal';
import { draft } from './test-entries';
import { describeDeclaration } from '../../policy/declaration';

const context: BundleContext = {
  exportId: 'export-0001',
  createdAt: new Date('2026-11-22T10:00:00Z'),
  extensionVersion: '0.1.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full',
  member: { named: false, code: 'M-ABCDEFGH' },
};

/** Seal, export at full detail and read back with the rep view's importer. */
async function roundTrip(drafts: EntryDraft[]): Promise<{ ok: boolean; error?: string }> {
  const { sealed } = sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH });
  const parsed = parseBundle(JSON.stringify(buildBundle(sealed, context)));
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const verified = await verifyBundle(parsed.bundle);
  return verified.intact ? { ok: true } : { ok: false, error: verified.reason };
}

// The longest label the declaration format allows: 634 characters with its id.
const longest = {
  employer: 'E'.repeat(200),
  title: 'T'.repeat(300),
  policyVersion: '9'.repeat(50),
  date: '2026-01-10',
};
const longPath = `https://rs.fullstory.com/${'a'.repeat(3000)}`;

describe('FIELD_LIMITS', () => {
  it('are what the importer accepts, and one more character is refused', () => {
    for (const [field, max] of Object.entries(FIELD_LIMITS)) {
      const record = { ...sealDrafts([draft()], { seq: 0, hash: GENESIS_HASH }).sealed[0]! } as Record<string, unknown>;
      record[field] = 'x'.repeat(max);
      expect(checkExportedRecord(record), field).toBeNull();
      record[field] = 'x'.repeat(max + 1);
      expect(checkExportedRecord(record)?.field, field).toBe(field);
      const schema = EvidenceEntry.shape[field as keyof typeof FIELD_LIMITS];
      expect(('unwrap' in schema ? schema.unwrap() : schema).maxLength, field).toBe(max);
    }
  });
});

describe('boundDraft', () => {
  it('makes a 3,000-character URL path importable, marked as cut', async () => {
    const long = draft({ evidence: longPath });
    expect((await roundTrip([long])).ok).toBe(false); // what the writer stored before bounding
    const bounded = boundDraft(long);
    expect(bounded.evidence).toHaveLength(FIELD_LIMITS.evidence);
    expect(bounded.evidence.endsWith(CUT_MARK)).toBe(true);
    expect(await roundTrip([bounded])).toEqual({ ok: true });
  });

  it('makes the longest declaration label exportable and importable', async () => {
    const label = `${'d'.repeat(64)}: ${describeDeclaration(longest)}`;
    expect(label).toHaveLength(634);
    expect(() =>
      buildBundle(sealDrafts([draft({ declaration: label })], { seq: 0, hash: GENESIS_HASH }).sealed, context),
    ).toThrow();
    expect(declarationText('d'.repeat(64), describeDeclaration(longest))).toHaveLength(600);
    expect(await roundTrip([boundDraft(draft({ declaration: label }))])).toEqual({ ok: true });
  });

  it('returns a draft that fits unchanged, and never splits a surrogate pair', () => {
    const fits = draft();
    expect(boundDraft(fits)).toBe(fits);
    const cut = boundText(`${'a'.repeat(8)}\u{1F600}tail`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}${CUT_MARK}`);
  });
});
