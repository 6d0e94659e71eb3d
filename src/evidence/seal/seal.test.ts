import { describe, expect, it } from 'vitest';
import { buildBundle, EvidenceBundle, redactRecord, type BundleContext } from '../export/bundle';
import { canonicalJson, sha256Hex } from './canonical';
import type { Checkpoint, LogRecord, SealedEntry } from './log-record';
import { parseBundle, verifyBundle } from '../export/read-bundle';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GENESIS_HASH, newGroupSalts, recordHash, recordHashMatches, sealCheckpoint, sealDrafts } from './seal';
import { bodyBytes, subjectDigest, subjectFieldsText } from './seal-v3';
import { DigestMemo } from './digest-memo';
import { groupDigest, groupText } from './seal-groups';
import { legacyBody } from './seal-legacy';
import { draft } from '../log/test-entries';
import { verifyRecords, type VerifiableRecord } from './verify';

const context: BundleContext = {
  exportId: 'export-0001',
  createdAt: new Date('2026-11-22T10:00:00Z'),
  extensionVersion: '0.1.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full',
  member: { named: false, code: 'M-ABCDEFGH' },
};

function chain(n: number): SealedEntry[] {
  const drafts = Array.from({ length: n }, (_, i) =>
    draft({
      at: 1_700_000_000_000 + i * 1000,
      firstAt: 1_700_000_000_000 + i * 1000,
      lastAt: 1_700_000_000_000 + i * 1000,
      count: i + 1,
      kind: i === 0 ? 'first_seen' : 'tally',
    }),
  );
  return sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH }).sealed;
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

describe('legacyBody (records sealed before seal version 3)', () => {
  // The general definition (docs/export-format.md): canonical JSON of these fields plus v: 1.
  const general = (r: Record<string, unknown>) => {
    const {
      seq,
      kind,
      at,
      category,
      signalKind,
      source,
      count,
      firstAt,
      lastAt,
      ruleDbVersion,
      declared,
      digests,
      prevHash,
      removedThrough,
      removedHash,
      removedCount,
    } = r;
    return canonicalJson({
      v: 1,
      seq,
      kind,
      at,
      category,
      signalKind,
      source,
      count,
      firstAt,
      lastAt,
      ruleDbVersion,
      declared,
      digests,
      prevHash,
      removedThrough,
      removedHash,
      removedCount,
    });
  };
  const legacy = () => chain(3).map(({ seal: _seal, ...rest }) => rest);

  it('equals the canonical JSON of the hashed fields for entries, redacted entries, checkpoints and odd values', () => {
    const records: Record<string, unknown>[] = [
      ...legacy(),
      ...legacy().map((r) => redactRecord(r as SealedEntry, 'category')),
      {
        seq: 9,
        kind: 'checkpoint',
        at: 5,
        removedThrough: 8,
        removedHash: 'a'.repeat(64),
        removedCount: 8,
        prevHash: 'b'.repeat(64),
        hash: '',
      },
      {
        seq: 1,
        kind: 'tally',
        category: null,
        declared: 'x"\\u2028\u0001',
        digests: { site: 's', path: 'p', host: 'h', product: 'q', extra: [1, undefined] },
        junk: 'not hashed',
      },
      {},
    ];
    for (const record of records) expect(legacyBody(record)).toBe(general(record));
  });

  it('is what recordHash digests for a record that names no seal version', () => {
    const records = [
      ...(legacy() as Record<string, unknown>[]),
      { seq: 1, kind: 'tally', declared: 'é"\\\ud83d\ude00 \ud800', digests: { b: [1, { z: null, a: 'x' }], a: true } },
      {},
    ];
    for (const record of records) expect(recordHash(record)).toBe(sha256Hex(legacyBody(record)));
  });
});

describe('seal version 3', () => {
  // The general definitions (docs/export-format.md), written with canonicalJson over plain objects.
  const fields = (r: Record<string, unknown>) => {
    const { kind, category, signalKind, source, ruleDbVersion, declared, removedThrough, removedHash, removedCount } =
      r;
    return canonicalJson({
      kind,
      category,
      signalKind,
      source,
      ruleDbVersion,
      declared,
      removedThrough,
      removedHash,
      removedCount,
      seal: 3,
    });
  };
  // The subject: the fields' digest, then (entries) the site, product, host and path digests, as bytes.
  const subject = (r: Record<string, unknown>) => {
    const digests =
      r.kind === 'checkpoint'
        ? []
        : (['site', 'product', 'host', 'path'] as const).map((g) => (r.digests as Record<string, string>)[g]!);
    return sha256OfBytes(Buffer.concat([sha256Hex(fields(r)), ...digests].map((hex) => Buffer.from(hex, 'hex'))));
  };
  // The body: previous hash and subject digest as bytes, then seq, at (and for entries count, firstAt,
  // lastAt) as 8-byte big-endian numbers.
  const body = (r: Record<string, unknown>) => {
    const numbers = (r.kind === 'checkpoint' ? [r.seq, r.at] : [r.seq, r.at, r.count, r.firstAt, r.lastAt]) as number[];
    const out = Buffer.alloc(64 + 8 * numbers.length);
    Buffer.from(r.prevHash as string, 'hex').copy(out, 0);
    Buffer.from(subject(r), 'hex').copy(out, 32);
    numbers.forEach((n, i) => out.writeBigUInt64BE(BigInt(n), 64 + 8 * i));
    return out;
  };
  const sha256OfBytes = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  it('seals new records with "seal": 3 and the salts given, the same for every record', () => {
    const salts = newGroupSalts();
    const { sealed } = sealDrafts([draft(), draft({ kind: 'tally' })], { seq: 0, hash: GENESIS_HASH }, salts);
    for (const record of sealed) {
      expect(record.seal).toBe(3);
      expect(record.salts).toEqual(salts);
    }
    expect(sealed[0]!.digests).toEqual(sealed[1]!.digests); // same values, same salts
  });

  it('hashes the body over the subject digest, as the general definitions say, for entries, redactions and checkpoints', () => {
    const records = [
      ...chain(3),
      ...chain(3).map((r) => redactRecord(r, 'category')),
      sealCheckpoint({ seq: 4, hash: 'b'.repeat(64) }, { seq: 2, hash: 'a'.repeat(64) }, 2, 5),
      {
        seal: 3,
        seq: 1,
        at: 2,
        count: 3,
        firstAt: 0,
        lastAt: Number.MAX_SAFE_INTEGER,
        prevHash: 'c'.repeat(64),
        kind: 'tally',
        category: null,
        declared: 'x"\\u2028\u0001',
        digests: { site: '1'.repeat(64), path: '2'.repeat(64), host: '3'.repeat(64), product: '4'.repeat(64) },
        junk: 'not hashed',
      },
    ] as unknown as Record<string, unknown>[];
    for (const record of records) {
      expect(subjectFieldsText(record)).toBe(fields(record));
      expect(subjectDigest(record)).toBe(subject(record));
      expect(subjectDigest(record, new DigestMemo())).toBe(subject(record));
      expect(Buffer.from(bodyBytes(record, subjectDigest(record)!)!)).toEqual(body(record));
      expect(recordHash(record)).toBe(sha256OfBytes(body(record)));
      expect(recordHash(record, new DigestMemo())).toBe(sha256OfBytes(body(record)));
    }
  });

  it('has no subject when the digests are not four of 64 lower-case hex digits', () => {
    const [record] = chain(1);
    for (const digests of [
      undefined,
      {},
      { ...record!.digests, path: 'A'.repeat(64) },
      { ...record!.digests, host: 7 },
      { ...record!.digests, extra: 'a'.repeat(64) },
    ]) {
      expect(subjectDigest({ ...record!, digests } as never), JSON.stringify(digests)).toBeNull();
    }
  });

  it('cannot seal, and never verifies, a record whose body cannot be written', () => {
    const [record] = chain(1);
    for (const odd of [
      { seq: -1 },
      { at: 1.5 },
      { count: undefined },
      { firstAt: '1' },
      { lastAt: 2 ** 53 },
      { prevHash: 'A'.repeat(64) },
      { prevHash: 'a'.repeat(63) },
    ]) {
      const altered = { ...record!, ...odd } as Record<string, unknown>;
      expect(bodyBytes(altered, 'a'.repeat(64)), JSON.stringify(odd)).toBeNull();
      expect(() => recordHash(altered)).toThrow(/cannot be sealed/);
      expect(recordHashMatches(altered, record!.hash)).toBe(false);
    }
  });

  it('changes the hash when any hashed field changes, and not otherwise', () => {
    const [record] = chain(1);
    const base = recordHash(record!);
    for (const [field, value] of Object.entries({
      seq: 7,
      at: 1,
      count: 2,
      firstAt: 3,
      lastAt: 4,
      prevHash: 'c'.repeat(64),
      kind: 'tally',
      category: 'dlp_insider_risk',
      signalKind: 'global',
      source: 'page',
      ruleDbVersion: 'x',
      declared: 'no',
    })) {
      expect(recordHash({ ...record!, [field]: value }), field).not.toBe(base);
    }
    expect(recordHash({ ...record!, digests: { ...record!.digests, path: 'd'.repeat(64) } })).not.toBe(base);
    expect(recordHash({ ...record!, site: 'other.example', hash: 'x' })).toBe(base); // covered by the site digest instead
  });

  it('remembers a digest under its exact values, and forgets all when full', () => {
    const memo = new DigestMemo(2);
    memo.set('a', ['x', undefined], 'one');
    expect(memo.get('a', ['x', undefined])).toBe('one');
    expect(memo.get('a', ['x', ''])).toBeUndefined();
    expect(memo.get('a', ['x'])).toBeUndefined();
    expect(memo.get('b', ['x', undefined])).toBeUndefined();
    memo.set('a', ['y', undefined], 'two');
    memo.set('c', [], 'three');
    expect(memo.get('a', ['x', undefined])).toBeUndefined();
    expect(memo.get('c', [])).toBe('three');
  });
});

describe('group digests as text', () => {
  it('groupText is what groupDigest hashes', () => {
    const values: unknown[] = [
      'contoso.sharepoint.com',
      '',
      { signalValue: 'x', ruleId: 'fullstory', declaration: undefined, product: 'Fúll' },
      { ruleId: 'a', other: 'b' },
      `https://cdn.example/é/${'a'.repeat(30)}`,
    ];
    for (const group of ['site', 'product', 'host', 'path'] as const) {
      for (const value of values)
        expect(sha256Hex(groupText(group, 'salt-é', value))).toBe(groupDigest(group, 'salt-é', value));
    }
  });
});

describe('groupDigest', () => {
  it('is SHA-256 of group, salt and canonical value joined by U+001F', () => {
    const values: unknown[] = [
      'contoso.sharepoint.com',
      '',
      'naïve "quoted" \\ \u0007 \ud800',
      12,
      null,
      true,
      ['a', undefined, 3],
      { signalValue: 'x', ruleId: 'fullstory', declaration: undefined, product: 'Fúll' },
      { ruleId: 'a', other: 'b' },
      `${'x'.repeat(30)}é"q`,
      `https://cdn.example/long/path/é/😀/${'a'.repeat(30)}`,
      `${'y'.repeat(40)}\ud800`,
      'z'.repeat(5000),
      undefined,
    ];
    for (const value of values)
      expect(groupDigest('product', 'salt-é', value)).toBe(
        sha256Hex(`product\u001fsalt-é\u001f${canonicalJson(value)}`),
      );
  });
});

describe('verifyRecords', () => {
  it('says an untouched chain is intact and names its head', async () => {
    const records = chain(5);
    expect(await verifyRecords(asRecords(records))).toEqual({
      intact: true,
      count: 5,
      head: { seq: 5, hash: records[4]!.hash },
    });
  });

  it('finds an edited entry (a plain field covered by the hash)', async () => {
    const records = chain(5);
    records[2] = { ...records[2]!, count: 999 };
    expect(await verifyRecords(asRecords(records))).toMatchObject({
      intact: false,
      seq: 3,
      reason: expect.stringMatching(/entry 3: its contents do not match its hash/),
    });
  });

  it('finds an edited site or evidence URL (covered by a salted digest)', async () => {
    const records = chain(3);
    records[1] = { ...records[1]!, site: 'innocent.example' };
    expect(await verifyRecords(asRecords(records))).toMatchObject({
      intact: false,
      seq: 2,
      reason: expect.stringMatching(/its site does not match its digest/),
    });
    const again = chain(3);
    again[0] = { ...again[0]!, evidence: 'https://rs.fullstory.com/other' };
    expect(await verifyRecords(asRecords(again))).toMatchObject({
      intact: false,
      seq: 1,
      reason: expect.stringMatching(/evidence path does not match/),
    });
  });

  it('finds a removed entry', async () => {
    const records = chain(5);
    records.splice(2, 1);
    expect(await verifyRecords(asRecords(records))).toMatchObject({
      intact: false,
      seq: 4,
      reason: expect.stringMatching(/does not follow entry 2/),
    });
  });

  it('finds reordered entries', async () => {
    const records = chain(4);
    [records[1], records[2]] = [records[2]!, records[1]!];
    // The first break is entry 3 standing where entry 2 should.
    expect(await verifyRecords(asRecords(records))).toMatchObject({
      intact: false,
      seq: 3,
      reason: expect.stringMatching(/does not follow entry 1/),
    });
    // Entries with their seq numbers swapped to look in order still fail, on their hashes.
    const renumbered = chain(3);
    const swapped = [renumbered[0]!, { ...renumbered[2]!, seq: 2 }, { ...renumbered[1]!, seq: 3 }];
    expect(await verifyRecords(asRecords(swapped))).toMatchObject({ intact: false, seq: 2 });
  });

  it('finds a log whose beginning was cut off without a checkpoint', async () => {
    const records = chain(4);
    expect(await verifyRecords(asRecords(records.slice(2)))).toMatchObject({
      intact: false,
      seq: 3,
      reason: expect.stringMatching(/not the start of the log/),
    });
  });

  it('accepts a gap that a checkpoint explains (retention)', async () => {
    const records = chain(4);
    const removed = records[1]!;
    const checkpoint: Checkpoint = sealCheckpoint(records[3]!, removed, 2, 1);
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
    expect(await verifyBundle({ ...bundle, records: bundle.records.slice(0, 4) })).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/names 5 entries but holds 4/),
    });
    expect(await verifyBundle({ ...bundle, entryCount: 4, records: bundle.records.slice(0, 4) })).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/not the chain head/),
    });
    expect(parseBundle(JSON.stringify(bundle).slice(0, 500))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not JSON .* cut short/),
    });
  });

  it('refuse other files with a specific reason', () => {
    expect(parseBundle('{"format":"sightline-evidence","version":1}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 1 export/),
    });
    expect(parseBundle('{"format":"sightline-declaration","version":1}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Sightline evidence export/),
    });
  });

  it('keep checkpoints as they are when redacting', async () => {
    const checkpoint: LogRecord = {
      seq: 9,
      kind: 'checkpoint',
      at: 1,
      removedThrough: 3,
      removedHash: GENESIS_HASH,
      removedCount: 3,
      prevHash: GENESIS_HASH,
      hash: GENESIS_HASH,
    };
    expect(redactRecord(checkpoint, 'category')).toEqual(checkpoint);
  });
});

describe('exports made before seal version 3', () => {
  // Made by Sightline at commit 02b8d37 (bundle version 2, records without "seal"), one per redaction
  // level: three entries and a checkpoint, the first entry removed by retention.
  const fixture = (redaction: string) =>
    readFileSync(new URL(`../../../tests/fixtures/evidence-v2/${redaction}.json`, import.meta.url), 'utf8');

  it('still read and verify intact at every redaction level', async () => {
    for (const redaction of ['full', 'host', 'category']) {
      const parsed = parseBundle(fixture(redaction));
      expect(parsed, redaction).toMatchObject({ ok: true, bundle: { version: 2, redaction } });
      if (parsed.ok) expect(await verifyBundle(parsed.bundle), redaction).toMatchObject({ intact: true, count: 4 });
    }
  });

  it('still show an edit', async () => {
    const edited = fixture('full').replace('"count": 7', '"count": 70');
    const parsed = parseBundle(edited);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(await verifyBundle(parsed.bundle)).toMatchObject({
        intact: false,
        seq: 2,
        reason: expect.stringMatching(/contents do not match its hash/),
      });
    const moved = parseBundle(
      fixture('full').replace('"site": "contoso.sharepoint.com"', '"site": "elsewhere.example"'),
    );
    expect(moved.ok).toBe(true);
    if (moved.ok)
      expect(await verifyBundle(moved.bundle)).toMatchObject({
        intact: false,
        reason: expect.stringMatching(/its site does not match its digest/),
      });
  });

  it('continue as one chain when the log goes on under seal version 3', async () => {
    const parsed = parseBundle(fixture('full'));
    if (!parsed.ok) throw new Error(parsed.error);
    const old = parsed.bundle.records as LogRecord[];
    const { sealed } = sealDrafts(
      [draft({ kind: 'tally', count: 2 }), draft({ kind: 'tally', count: 5 })],
      parsed.bundle.chainHead!,
    );
    const checkpoint = sealCheckpoint(sealed[1]!, old[1]!, 3, 9);
    const bundle = buildBundle([...old, ...sealed, checkpoint], context);
    expect(bundle.version).toBe(5);
    const reread = parseBundle(JSON.stringify(bundle));
    if (!reread.ok) throw new Error(reread.error);
    expect(await verifyBundle(reread.bundle)).toMatchObject({ intact: true, count: 7 });
    const broken = { ...reread.bundle, records: reread.bundle.records.map((r) => (r.seq === 6 ? { ...r, at: 1 } : r)) };
    expect(await verifyBundle(broken)).toMatchObject({ intact: false, seq: 6 });
  });
});

describe('verifying seal version 3 records that share digests', () => {
  it('still finds the one edited value among many records with the same one', async () => {
    const records = chain(6);
    expect(new Set(records.map((r) => r.digests.site)).size).toBe(1);
    records[4] = { ...records[4]!, site: 'innocent.example' };
    expect(await verifyRecords(asRecords(records))).toMatchObject({
      intact: false,
      seq: 5,
      reason: expect.stringMatching(/its site does not match its digest/),
    });
    const salted = chain(6);
    salted[3] = { ...salted[3]!, salts: { ...salted[3]!.salts, host: 'another-salt' } };
    expect(await verifyRecords(asRecords(salted))).toMatchObject({
      intact: false,
      seq: 4,
      reason: expect.stringMatching(/evidence host does not match/),
    });
  });

  it('notices a change to any one field of a record whose stream was proved by the records before it', async () => {
    const changes: Record<string, unknown> = {
      kind: 'first_seen',
      site: 'x.example',
      ruleId: 'other',
      product: 'Other',
      category: 'dlp_insider_risk',
      signalKind: 'global',
      signalValue: 'x',
      evidence: 'https://rs.fullstory.com/other',
      source: 'page',
      count: 99,
      firstAt: 1,
      lastAt: 2,
      at: 3,
      ruleDbVersion: 'x',
      declaration: 'x: y',
      declared: 'no',
      prevHash: 'e'.repeat(64),
      hash: 'f'.repeat(64),
      'salts.site': 's',
      'salts.product': 's',
      'salts.host': 's',
      'salts.path': 's',
      'digests.site': 'a'.repeat(64),
      'digests.product': 'a'.repeat(64),
      'digests.host': 'a'.repeat(64),
      'digests.path': 'a'.repeat(64),
      'digests.extra': 'a'.repeat(64),
    };
    for (const [field, value] of Object.entries(changes)) {
      const records = chain(6).map((r) => ({
        ...r,
        declaration: 'c: Contoso',
        salts: { ...r.salts },
        digests: { ...r.digests },
      })) as unknown as Record<string, Record<string, unknown>>[];
      const resealed = sealDrafts(
        records.map(
          ({ seq: _s, seal: _v, salts: _a, digests: _d, prevHash: _p, hash: _h, ...draftFields }) =>
            draftFields as never,
        ),
        { seq: 0, hash: GENESIS_HASH },
        records[0]!.salts as never,
      ).sealed as unknown as Record<string, Record<string, unknown>>[];
      expect(await verifyRecords(asRecords(resealed)), 'unchanged').toMatchObject({ intact: true });
      const [outer, inner] = field.split('.');
      if (inner) resealed[4]![outer!] = { ...resealed[4]![outer!], [inner]: value };
      else (resealed[4] as Record<string, unknown>)[outer!] = value;
      expect(await verifyRecords(asRecords(resealed)), field).toMatchObject({ intact: false, seq: 5 });
    }
  });

  it('refuses a seal version it does not know', async () => {
    const records = chain(2);
    expect(await verifyRecords(asRecords([records[0]!, { ...records[1]!, seal: 4 as never }]))).toMatchObject({
      intact: false,
      seq: 2,
      reason: expect.stringMatching(/seal version 4/),
    });
    // The file is read (issue 13: a bad record is flagged, not a reason to refuse the file) and never intact.
    const parsed = parseBundle(
      JSON.stringify({ ...buildBundle(records, context), records: [records[0], { ...records[1], seal: 4 }] }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.unread).toEqual({
      count: 1,
      first: [{ index: 1, seq: 2, problem: expect.stringMatching(/records\.1\.seal: must be 3/) }],
    });
    expect(await verifyBundle(parsed.bundle, parsed.unread)).toMatchObject({
      intact: false,
      seq: 2,
      index: 1,
      reason: expect.stringMatching(/record 2 \(entry 2\) cannot be read: records\.1\.seal: must be 3/),
    });
    expect(await verifyBundle(parsed.bundle)).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/names 2 entries but holds 1/),
    });
  });

  it('says which export versions it reads when given a newer one', () => {
    expect(parseBundle(JSON.stringify({ ...buildBundle(chain(1), context), version: 6 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 6 is not supported .* reads versions 2, 3, 4, 5/),
    });
  });
});
