import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExportedCheckpoint, ExportedEntry, redactRecord } from '../export/bundle';
import { checkExportedRecord, sealFormatProblem } from './check-record';
import { GENESIS_HASH, sealDrafts } from './seal';
import { draft } from '../log/test-entries';
import { verifyRecords, type VerifiableRecord } from './verify';

// zod is the definition of a valid record; the hand-written check must accept and refuse the same, except
// that whether the seal fields (hash, prevHash, digests) are hex is verification's to say.
const SEAL_HEX_FIELDS = new Set([
  'hash',
  'prevHash',
  'digests.site',
  'digests.product',
  'digests.host',
  'digests.path',
]);
const definition = z.union([ExportedEntry, ExportedCheckpoint]);

const sealed = sealDrafts(
  [
    draft({ kind: 'first_seen' }),
    draft({ kind: 'tally', count: 4 }),
    draft({
      kind: 'unknown_third_party',
      ruleId: undefined,
      product: undefined,
      category: undefined,
      signalKind: 'unknown_host',
      declared: undefined,
    }),
  ],
  { seq: 0, hash: GENESIS_HASH },
).sealed;
const checkpoint = {
  seq: 7,
  kind: 'checkpoint',
  at: 5,
  removedThrough: 6,
  removedHash: 'a'.repeat(64),
  removedCount: 6,
  prevHash: 'b'.repeat(64),
  hash: 'c'.repeat(64),
};
const valid: Record<string, unknown>[] = [
  ...sealed.flatMap((r) =>
    (['full', 'host', 'category'] as const).map((level) => JSON.parse(JSON.stringify(redactRecord(r, level)))),
  ),
  checkpoint,
];

const oddValues: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(101),
  'x'.repeat(254),
  'x'.repeat(3000),
  0,
  1,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  true,
  {},
  [],
  'checkpoint',
  'tally',
  'session_recording',
  'a'.repeat(64),
  'A'.repeat(64),
  'network',
  'no',
];

function* variants(record: Record<string, unknown>): Generator<[string, unknown]> {
  yield ['as is', record];
  for (const key of [...Object.keys(record), 'extra', 'removedHash']) {
    for (const value of oddValues)
      yield [`${key} = ${JSON.stringify(value)?.slice(0, 20)}`, { ...record, [key]: value }];
    const rest = { ...record };
    delete rest[key];
    yield [`without ${key}`, rest];
  }
  for (const nested of ['salts', 'digests']) {
    const inner = record[nested];
    if (typeof inner !== 'object' || inner === null) continue;
    for (const key of ['site', 'path', 'extra'])
      for (const value of oddValues)
        yield [
          `${nested}.${key} = ${JSON.stringify(value)?.slice(0, 20)}`,
          { ...record, [nested]: { ...inner, [key]: value } },
        ];
  }
  yield ['__proto__ key', JSON.parse(JSON.stringify(record).replace('{', '{"__proto__":{"x":1},'))];
}

describe('checkExportedRecord', () => {
  it('accepts every valid record at every redaction level, and checkpoints', () => {
    for (const record of valid) expect(checkExportedRecord(record)).toBeNull();
  });

  it('agrees with the zod definition on thousands of altered records, leaving only non-hex seal fields to verification, which refuses them', async () => {
    let compared = 0;
    let leftToVerification = 0;
    for (const record of valid) {
      for (const [label, variant] of variants(record)) {
        const zod = definition.safeParse(variant);
        const accepted = checkExportedRecord(variant) === null;
        compared++;
        if (zod.success || !accepted) {
          expect(accepted, `${String(record.kind)} ${label}`).toBe(zod.success);
          continue;
        }
        // Accepted here, refused by zod: only because a seal field is not hex, and verification says so.
        const paths = zod.error.issues.map((issue) => issue.path.join('.'));
        expect(
          paths.every((path) => SEAL_HEX_FIELDS.has(path)),
          `${String(record.kind)} ${label}: ${paths.join(', ')}`,
        ).toBe(true);
        expect(sealFormatProblem(variant as Record<string, unknown>), label).toMatch(/is not 64 lower-case hex digits/);
        expect(await verifyRecords([variant as VerifiableRecord]), label).toMatchObject({
          intact: false,
          reason: expect.stringMatching(/is not 64 lower-case hex digits/),
        });
        leftToVerification++;
      }
    }
    expect(compared).toBeGreaterThan(3000);
    expect(leftToVerification).toBeGreaterThan(100);
  });

  it('names the field and the reason', () => {
    expect(checkExportedRecord({ ...valid[0]!, site: '' })).toEqual({
      field: 'site',
      message: 'must be text of 1 to 253 characters',
    });
    expect(checkExportedRecord({ ...valid[0]!, count: 0 })).toEqual({
      field: 'count',
      message: 'must be a whole number above 0',
    });
    expect(checkExportedRecord({ ...valid[0]!, digests: { ...(valid[0]!.digests as object), host: 7 } })).toEqual({
      field: 'digests.host',
      message: 'must be 64 lower-case hex digits',
    });
    expect(sealFormatProblem({ ...valid[0]!, digests: { ...(valid[0]!.digests as object), host: 'nope' } })).toBe(
      'its digests.host is not 64 lower-case hex digits',
    );
    expect(checkExportedRecord({ ...valid[0]!, sneaky: 1 })).toEqual({
      field: 'sneaky',
      message: 'is not a field of this format',
    });
    expect(checkExportedRecord('text')).toEqual({ field: '', message: 'must be an object' });
  });
});
