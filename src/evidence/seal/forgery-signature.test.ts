// Forgeries the chain alone cannot catch (issue 13): anyone can recompute every hash. The install's
// signature catches an edited-and-re-sealed file; a whole file fabricated with a fresh key verifies, and
// is caught only as a change of key for its member code, which the rep is shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleContext, type EvidenceBundle } from '../export/bundle';
import { findKeyChanges } from './key-changes';
import { summariseBundle } from '../merge/member-summary';
import { parseBundle, verifyBundle } from '../export/read-bundle';
import { GENESIS_HASH, sealDrafts } from './seal';
import { generateSigningKeys, signBundle, signedText } from './signature';
import { draft } from '../log/test-entries';

const context: BundleContext = {
  exportId: 'export-0001',
  createdAt: new Date('2026-11-22T10:00:00Z'),
  extensionVersion: '0.1.0',
  ruleDbVersion: '2026.11.22',
  redaction: 'full',
  member: { named: false, code: 'M-ABCDEFGH' },
};
const drafts = () => [draft(), draft({ kind: 'tally', count: 4 }), draft({ kind: 'tally', count: 2 })];

/** What a forger does: edit drafts, then seal them all again from scratch (new salts, digests, hashes). */
const sealedLog = (site = 'contoso.sharepoint.com') =>
  sealDrafts(
    drafts().map((d) => ({ ...d, site })),
    { seq: 0, hash: GENESIS_HASH },
  ).sealed;
const reread = (bundle: object): EvidenceBundle => {
  const parsed = parseBundle(JSON.stringify(bundle));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.bundle;
};

describe('signed exports', () => {
  it('a real export is signed, reads back and verifies, naming its key', async () => {
    const keys = await generateSigningKeys();
    const bundle = reread(await signBundle(buildBundle(sealedLog(), context), keys));
    expect(bundle.version).toBe(5);
    expect(await verifyBundle(bundle)).toMatchObject({
      intact: true,
      count: 3,
      signature: { status: 'valid', fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/) },
    });
  });

  it('signs the envelope canonically, records left out (they are signed through the chain head)', () => {
    const text = signedText({ records: [1], signature: 'x', b: 1, a: { d: 2, c: 3 } });
    expect(text).toBe('sightline-evidence-signature/1\n{"a":{"c":3,"d":2},"b":1}');
  });

  it('an edit re-sealed with every hash recomputed fails the signature it kept', async () => {
    const keys = await generateSigningKeys();
    const real = await signBundle(buildBundle(sealedLog(), context), keys);
    const forged = { ...buildBundle(sealedLog('innocent.example'), context), signature: real.signature };
    const result = await verifyBundle(reread(forged));
    expect(result).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/its signature does not match the file/),
      signature: { status: 'invalid' },
    });
  });

  it('an edited envelope (member, redaction, dates) fails the signature', async () => {
    const real = await signBundle(buildBundle(sealedLog(), context), await generateSigningKeys());
    for (const edit of [
      { member: { named: false, code: 'M-ZZZZZZZZ' } },
      { createdAt: '2020-01-01T00:00:00.000Z' },
      { ruleDbVersion: 'x' },
    ]) {
      expect(await verifyBundle(reread({ ...real, ...edit })), JSON.stringify(edit)).toMatchObject({
        intact: false,
        signature: { status: 'invalid' },
      });
    }
  });

  it('an edit re-sealed and re-signed with a fresh key verifies, but the key change for the member is flagged', async () => {
    const real = reread(await signBundle(buildBundle(sealedLog(), context), await generateSigningKeys()));
    const forged = reread(
      await signBundle(
        buildBundle(sealedLog('innocent.example'), { ...context, exportId: 'export-0002' }),
        await generateSigningKeys(),
      ),
    );
    const summaries = await Promise.all(
      [real, forged].map(async (bundle) =>
        summariseBundle({ bundle, verification: await verifyBundle(bundle) }, new Map()),
      ),
    );
    expect(summaries.map((s) => s.integrity.status)).toEqual(['intact', 'intact']);
    const changes = findKeyChanges(summaries);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      memberKey: 'code:M-ABCDEFGH',
      signers: [{ exportIds: ['export-0001'] }, { exportIds: ['export-0002'] }],
    });
  });

  it("an impostor: a fabricated file under another member's code and a new key is flagged; same key twice is not", async () => {
    const keys = await generateSigningKeys();
    const first = reread(await signBundle(buildBundle(sealedLog(), context), keys));
    const second = reread(await signBundle(buildBundle(sealedLog(), { ...context, exportId: 'export-0002' }), keys));
    const impostor = reread(
      await signBundle(
        buildBundle(sealedLog('fabricated.example'), { ...context, exportId: 'export-0003' }),
        await generateSigningKeys(),
      ),
    );
    const summarise = async (bundles: EvidenceBundle[]) =>
      Promise.all(
        bundles.map(async (bundle) => summariseBundle({ bundle, verification: await verifyBundle(bundle) }, new Map())),
      );
    expect(findKeyChanges(await summarise([first, second]))).toEqual([]);
    expect(findKeyChanges(await summarise([first, second, impostor]))).toMatchObject([
      {
        label: 'Member M-ABCDEFGH',
        signers: [{ exportIds: ['export-0001', 'export-0002'] }, { exportIds: ['export-0003'] }],
      },
    ]);
  });

  it('an unsigned file (older version, or signature removed) reads as unsigned, not forged, and is a change after signed ones', async () => {
    const signed = reread(await signBundle(buildBundle(sealedLog(), context), await generateSigningKeys()));
    const unsigned = reread({ ...signed, signature: undefined, exportId: 'export-0002' });
    expect(await verifyBundle(unsigned)).toMatchObject({ intact: true, signature: { status: 'unsigned' } });
    const summaries = await Promise.all(
      [signed, unsigned].map(async (bundle) =>
        summariseBundle({ bundle, verification: await verifyBundle(bundle) }, new Map()),
      ),
    );
    expect(findKeyChanges(summaries)).toMatchObject([
      { signers: [{ exportIds: ['export-0001'] }, { signer: 'unsigned' }] },
    ]);
  });

  it('exports made before signing (version 2 fixtures) still verify, as unsigned', async () => {
    for (const level of ['full', 'host', 'category']) {
      const text = readFileSync(new URL(`../../../tests/fixtures/evidence-v2/${level}.json`, import.meta.url), 'utf8');
      expect(await verifyBundle(reread(JSON.parse(text) as object)), level).toMatchObject({
        intact: true,
        signature: { status: 'unsigned' },
      });
    }
  });
});
