import { describe, expect, it } from 'vitest';
import { buildBundle, EvidenceBundle, redactRecord, type BundleContext } from './bundle';
import { canonicalJson, sha256Hex } from './canonical';
import type { Checkpoint, LogRecord, SealedEntry } from './log-record';
import { parseBundle, verifyBundle } from './read-bundle';
import { GENESIS_HASH, groupDigest, hashedBody, recordHash, sealDrafts } from './seal';
import { draft } from './test-entries';
import { verifyRecords, type VerifiableRecord } from './verify';

const context: BundleContext = { exportId: 'export-0001', createdAt: new Date('2026-11-22T10:00:00Z'), extensionVersion: '0.1.0', ruleDbVersion: '2026.11.22', redaction: 'full', member: { named: false, code: 'M-ABCDEFGH' } };

function chain(n: number): SealedEntry[] {
  const drafts = Array.from({ length: n }, (_, i) => draft({ at: 1_700_000_000_000 + i * 1000, firstAt: 1_700_000_000_000 + i * 1000, lastAt: 1_700_000_000_000 + i * 1000, count: i + 1, kind: i === 0 ? 'first_seen' : 'tally' }));
  return (sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH })).sealed;
}
const asRecords = (records: readonly object[]) => records as unknown as VerifiableRecord[];

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined, and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined, e: 'x' } })).toBe('{"a":{"d":[2,1],"e":"x"},"b":1}');
  });

  it('hashes with SHA-256', async () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('hashedBody', () => {
  // The general definition (docs/export-format.md): canonical JSON of these fields plus v: 1.
  const general = (r: Record<string, unknown>) => {
    const { seq, kind, at, category, signalKind, source, count, firstAt, lastAt, ruleDbVersion, declared, digests, prevHash, removedThrough, removedHash, removedCount } = r;
    return canonicalJson({ v: 1, seq, kind, at, category, signalKind, source, count, firstAt, lastAt, ruleDbVersion, declared, digests, prevHash, removedThrough, removedHash, removedCount });
  };

  it('equals the canonical JSON of the hashed fields for entries, redacted entries, checkpoints and odd values', () => {
    const records: Record<string, unknown>[] = [
      ...chain(3),
      ...chain(3).map((r) => redactRecord(r, 'category')),
      { seq: 9, kind: 'checkpoint', at: 5, removedThrough: 8, removedHash: 'a'.repeat(64), removedCount: 8, prevHash: 'b'.repeat(64), hash: '' },
      { seq: 1, kind: 'tally', category: null, declared: 'x"\\u2028\u0001', digests: { site: 's', path: 'p', host: 'h', product: 'q', extra: [1, undefined] }, junk: 'not hashed' },
      {},
    ];
    for (const record of records) expect(hashedBody(record)).toBe(general(record));
  });

  it('is what recordHash digests, written straight into the hash without the text', () => {
    const records = [...(chain(3) as unknown as Record<string, unknown>[]), { seq: 1, kind: 'tally', declared: 'é"\\\ud83d\ude00 \ud800', digests: { b: [1, { z: null, a: 'x' }], a: true } }, {}];
    for (const record of records) expect(recordHash(record)).toBe(sha256Hex(hashedBody(record)));
  });
});

describe('groupDigest', () => {
  it('is SHA-256 of group, salt and canonical value joined by U+001F', () => {
    const values: unknown[] = ['contoso.sharepoint.com', '', 'naïve "quoted" \\ \u0007 \ud800', 12, null, true, ['a', undefined, 3], { signalValue: 'x', ruleId: 'fullstory', declaration: undefined, product: 'Fúll' }, { ruleId: 'a', other: 'b' }, `${'x'.repeat(30)}é"q`, `https://cdn.example/long/path/é/😀/${'a'.repeat(30)}`, `${'y'.repeat(40)}\ud800`, 'z'.repeat(5000), undefined];
    for (const value of values) expect(groupDigest('product', 'salt-é', value)).toBe(sha256Hex(`product\u001fsalt-é\u001f${canonicalJson(value)}`));
  });
});

describe('verifyRecords', () => {
  it('says an untouched chain is intact and names its head', async () => {
    const records = chain(5);
    expect(await verifyRecords(asRecords(records))).toEqual({ intact: true, count: 5, head: { seq: 5, hash: records[4]!.hash } });
  });

  it('finds an edited entry (a plain field covered by the hash)', async () => {
    const records = chain(5);
    records[2] = { ...records[2]!, count: 999 };
    expect(await verifyRecords(asRecords(records))).toMatchObject({ intact: false, seq: 3, reason: expect.stringMatching(/entry 3: its contents do not match its hash/) });
  });

  it('finds an edited site or evidence URL (covered by a salted digest)', async () => {
    const records = chain(3);
    records[1] = { ...records[1]!, site: 'innocent.example' };
    expect(await verifyRecords(asRecords(records))).toMatchObject({ intact: false, seq: 2, reason: expect.stringMatching(/its site does not match its digest/) });
    const again = chain(3);
    again[0] = { ...again[0]!, evidence: 'https://rs.fullstory.com/other' };
    expect(await verifyRecords(asRecords(again))).toMatchObject({ intact: false, seq: 1, reason: expect.stringMatching(/evidence path does not match/) });
  });

  it('finds a removed entry', async () => {
    const records = chain(5);
    records.splice(2, 1);
    expect(await verifyRecords(asRecords(records))).toMatchObject({ intact: false, seq: 4, reason: expect.stringMatching(/does not follow entry 2/) });
  });

  it('finds reordered entries', async () => {
    const records = chain(4);
    [records[1], records[2]] = [records[2]!, records[1]!];
    // The first break is entry 3 standing where entry 2 should.
    expect(await verifyRecords(asRecords(records))).toMatchObject({ intact: false, seq: 3, reason: expect.stringMatching(/does not follow entry 1/) });
    // Entries with their seq numbers swapped to look in order still fail, on their hashes.
    const renumbered = chain(3);
    const swapped = [renumbered[0]!, { ...renumbered[2]!, seq: 2 }, { ...renumbered[1]!, seq: 3 }];
    expect(await verifyRecords(asRecords(swapped))).toMatchObject({ intact: false, seq: 2 });
  });

  it('finds a log whose beginning was cut off without a checkpoint', async () => {
    const records = chain(4);
    expect(await verifyRecords(asRecords(records.slice(2)))).toMatchObject({ intact: false, seq: 3, reason: expect.stringMatching(/not the start of the log/) });
  });

  it('accepts a gap that a checkpoint explains (retention)', async () => {
    const records = chain(4);
    const removed = records[1]!;
    const checkpoint: Checkpoint = { seq: 5, kind: 'checkpoint', at: 1, removedThrough: removed.seq, removedHash: removed.hash, removedCount: 2, prevHash: records[3]!.hash, hash: '' };
    checkpoint.hash = sha256Hex(hashedBody(checkpoint as unknown as Record<string, unknown>));
    expect(await verifyRecords(asRecords([...records.slice(2), checkpoint]))).toMatchObject({ intact: true, count: 3 });
  });
});

describe('bundles', () => {
  it('are valid against the full schema, records included', () => {
    for (const redaction of ['full', 'host', 'category'] as const) {
      expect(EvidenceBundle.safeParse(buildBundle(chain(3), { ...context, redaction })).success).toBe(true);
    }
  });

  it('round-trip: built, serialised, parsed and verified intact', async () => {
    const bundle = buildBundle(chain(6), context);
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(await verifyBundle(parsed.bundle)).toMatchObject({ intact: true, count: 6 });
  });

  it('stay verifiable when redacted to hosts or categories, and leave the values out', async () => {
    const records = chain(3);
    for (const redaction of ['host', 'category'] as const) {
      const bundle = buildBundle(records, { ...context, redaction });
      expect(await verifyBundle(bundle)).toMatchObject({ intact: true });
      const text = JSON.stringify(bundle);
      expect(text).not.toContain('/rec/bundle');
      if (redaction === 'category') expect(text).not.toMatch(/contoso|fullstory|Fullstory/i);
      else expect(text).toContain('https://rs.fullstory.com"');
    }
  });

  it('say a truncated file is truncated', async () => {
    const bundle = buildBundle(chain(5), context);
    expect(await verifyBundle({ ...bundle, records: bundle.records.slice(0, 4) })).toMatchObject({ intact: false, reason: expect.stringMatching(/names 5 entries but holds 4/) });
    expect(await verifyBundle({ ...bundle, entryCount: 4, records: bundle.records.slice(0, 4) })).toMatchObject({ intact: false, reason: expect.stringMatching(/not the chain head/) });
    expect(parseBundle(JSON.stringify(bundle).slice(0, 500))).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON .* cut short/) });
  });

  it('refuse other files with a specific reason', () => {
    expect(parseBundle('{"format":"sightline-evidence","version":1}')).toMatchObject({ ok: false, error: expect.stringMatching(/version 1 export/) });
    expect(parseBundle('{"format":"sightline-declaration","version":1}')).toMatchObject({ ok: false, error: expect.stringMatching(/not a Sightline evidence export/) });
  });

  it('keep checkpoints as they are when redacting', async () => {
    const checkpoint: LogRecord = { seq: 9, kind: 'checkpoint', at: 1, removedThrough: 3, removedHash: GENESIS_HASH, removedCount: 3, prevHash: GENESIS_HASH, hash: GENESIS_HASH };
    expect(redactRecord(checkpoint, 'category')).toEqual(checkpoint);
  });
});
