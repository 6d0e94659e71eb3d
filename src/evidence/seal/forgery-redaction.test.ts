// Forgeries reviewers found (issue 13): a value kept while its salt is deleted was never checked, and a
// record could carry more (or less) than the redaction level its file declares. Each must now fail,
// naming the entry and the field.
import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleContext, type EvidenceBundle } from '../export/bundle';
import type { Redaction } from './redaction';
import { GENESIS_HASH, sealDrafts } from './seal';
import { draft } from '../log/test-entries';
import { verifyBundle } from '../export/read-bundle';
import { verifyRecords } from './verify';

const context = (redaction: Redaction): BundleContext => ({
  exportId: 'export-0001',
  createdAt: new Date('2026-11-22T10:00:00Z'),
  extensionVersion: '0.1.0',
  ruleDbVersion: '2026.11.22',
  redaction,
  member: { named: false, code: 'M-ABCDEFGH' },
});

function exported(redaction: Redaction): EvidenceBundle {
  const drafts = [
    draft(),
    draft({ kind: 'tally', count: 4 }),
    draft({ kind: 'tally', count: 2, site: 'contoso.slack.com' }),
  ];
  // A copy through JSON, as a rep gets it: edits below must not reach the sealed originals.
  return JSON.parse(
    JSON.stringify(buildBundle(sealDrafts(drafts, { seq: 0, hash: GENESIS_HASH }).sealed, context(redaction))),
  ) as EvidenceBundle;
}
type Loose = Record<string, unknown> & { salts: Record<string, unknown> };
const record = (bundle: EvidenceBundle, index: number) => bundle.records[index] as unknown as Loose;

describe('a value whose salt was deleted', () => {
  it('fails at full detail: site, product, evidence host and path each named', async () => {
    const cases: [string, (r: Loose) => void, RegExp][] = [
      [
        'site',
        (r) => ((r.site = 'innocent.example'), delete r.salts.site),
        /entry 2: its site is present but its salt was removed/,
      ],
      [
        'product',
        (r) => ((r.product = 'Nothing'), (r.ruleId = 'nothing'), delete r.salts.product),
        /entry 2: its product or signal is present but its salt was removed/,
      ],
      [
        'host',
        (r) => ((r.evidence = 'https://cdn.example/rec/bundle'), delete r.salts.host),
        /entry 2: its evidence host is present but its salt was removed/,
      ],
      [
        'path',
        (r) => ((r.evidence = 'https://rs.fullstory.com/harmless'), delete r.salts.path),
        /entry 2: its evidence path is present but its salt was removed/,
      ],
    ];
    for (const [label, edit, reason] of cases) {
      const bundle = exported('full');
      edit(record(bundle, 1));
      expect(await verifyBundle(bundle), label).toMatchObject({
        intact: false,
        seq: 2,
        reason: expect.stringMatching(reason),
      });
    }
  });

  it('fails when the product fields stay but the signal they are sealed with was removed', async () => {
    const bundle = exported('host');
    const r = record(bundle, 0);
    delete r.signalValue;
    r.product = 'Nothing';
    delete r.salts.product;
    expect(await verifyBundle(bundle)).toMatchObject({
      intact: false,
      seq: 1,
      reason: expect.stringMatching(/entry 1: has no signalValue, which its file's host detail keeps/),
    });
    // And with no level to hold it to (the log itself): the product is unproven without its signal.
    expect(await verifyRecords(bundle.records as never)).toMatchObject({
      intact: false,
      seq: 1,
      reason: expect.stringMatching(/entry 1: its product or rule is present without the signal/),
    });
  });
});

describe('the redaction level a file declares, record by record', () => {
  it('category detail: a record carrying a site (with or without salt) fails', async () => {
    const bundle = exported('category');
    record(bundle, 2).site = 'contoso.sharepoint.com';
    expect(await verifyBundle(bundle)).toMatchObject({
      intact: false,
      seq: 3,
      reason: expect.stringMatching(/entry 3: .*site.*category detail/),
    });
  });

  it('host detail: an evidence path fails even though the host matches', async () => {
    const bundle = exported('host');
    record(bundle, 1).evidence = 'https://rs.fullstory.com/anything/at/all';
    expect(await verifyBundle(bundle)).toMatchObject({
      intact: false,
      seq: 2,
      reason: expect.stringMatching(/entry 2: .*evidence path.*host detail/),
    });
  });

  it('full detail: a record with its evidence (and salts) removed fails', async () => {
    const bundle = exported('full');
    const r = record(bundle, 0);
    delete r.evidence;
    delete r.salts.host;
    delete r.salts.path;
    expect(await verifyBundle(bundle)).toMatchObject({
      intact: false,
      seq: 1,
      reason: expect.stringMatching(/entry 1: .*evidence.*full detail/),
    });
  });

  it('leaves untouched exports at every level intact', async () => {
    for (const level of ['full', 'host', 'category'] as const)
      expect(await verifyBundle(exported(level)), level).toMatchObject({ intact: true, count: 3 });
  });
});
