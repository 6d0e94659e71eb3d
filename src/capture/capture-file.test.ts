// The capture-evidence file: built from a scan, sealed, signed, read back and verified; edits are caught;
// nothing sensitive from the HAR is in it; and it merges beside live-log exports.
import { describe, expect, it } from 'vitest';
import { mergedRows, reportModelFromSummaries } from '../evidence/merge/report-from-bundles';
import { generateSigningKeys } from '../evidence/seal/signature';
import { declaration, item } from '../policy/test-declarations';
import { buildCaptureFile, serialiseCapture } from './build-capture';
import { bundledCaptureEngine } from './bundled-engine';
import { summariseCapture, uniqueCaptures } from './capture-summary';
import { parseCaptureText } from './read-capture-file';
import { scanHarBytes } from './scan-har';
import { signCapture, verifyCapture } from './seal-capture';
import { DEMO_START, demoHar, harBytes, SECRETS } from './test-hars';

const engine = bundledCaptureEngine();
const policy = declaration({
  id: 'contoso-2026',
  employer: 'Contoso Ltd',
  title: 'Monitoring at work',
  items: [item({ id: 'p', product: 'Pendo' }), item({ id: 'v', product: 'Viva Insights' })],
});

async function captureFile(withPolicy = true) {
  const result = await scanHarBytes(harBytes(demoHar('chrome')), engine, withPolicy ? policy : undefined);
  if (!result.ok) throw new Error(result.error);
  return {
    file: buildCaptureFile(result.scan, result.har, engine, {
      captureId: 'cap-12345678',
      createdAt: new Date('2026-03-02T10:00:00Z'),
      via: 'cli',
      member: { named: false, code: 'M-ABCDEFGH' },
      ...(withPolicy ? { declaration: policy } : {}),
    }),
    har: result.har,
  };
}

const roundTrip = (text: string) => {
  const parsed = parseCaptureText(text, text.length);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.file;
};

describe('capture-evidence file', () => {
  it('holds the findings, the range, the site and the HAR SHA-256, and verifies when read back', async () => {
    const { file, har } = await captureFile();
    const back = roundTrip(serialiseCapture(file));
    expect(back.har.sha256).toBe(har.sha256);
    expect(back.sites.map((s) => s.site)).toEqual(['contoso.sharepoint.com']);
    expect(back.sites[0]!.findings.map((f) => f.ruleId).sort()).toEqual([
      'fullstory',
      'hotjar',
      'microsoft-1ds-telemetry',
      'pendo',
    ]);
    expect(back.sites[0]!.findings.find((f) => f.ruleId === 'pendo')?.status).toBe('product');
    expect(back.sites[0]!.findings.find((f) => f.ruleId === 'hotjar')?.status).toBe('undeclared');
    expect(back.range?.from).toBe(DEMO_START);
    expect(await verifyCapture(back)).toEqual({ intact: true, signature: { status: 'unsigned' } });
  });

  it('never holds a cookie, header, body, query string, fragment or page title', async () => {
    const text = serialiseCapture((await captureFile()).file);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/[?#]|Authorization|Bearer|cookie/i);
  });

  it('catches an edit, and an edit re-sealed by hand still fails the signature', async () => {
    const { file } = await captureFile();
    const signed = await signCapture(file, await generateSigningKeys());
    const good = await verifyCapture(roundTrip(serialiseCapture(signed)));
    expect(good.intact && good.signature.status).toBe('valid');
    const edited = roundTrip(serialiseCapture(signed).replace('"status": "undeclared"', '"status": "product"'));
    expect(await verifyCapture(edited)).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/seal does not match/),
    });
    const { captureSealHash } = await import('./seal-capture');
    const resealed = { ...edited, seal: { algorithm: 'SHA-256' as const, hash: captureSealHash(edited) } };
    expect(await verifyCapture(resealed)).toMatchObject({
      intact: false,
      reason: expect.stringMatching(/signature does not match/),
    });
  });

  it('refuses files that are not capture evidence, a newer version, or carry a query in evidence', async () => {
    const { file } = await captureFile();
    expect(parseCaptureText('{"format":"sightline-evidence"}', 30)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Sightline capture-evidence/),
    });
    expect(parseCaptureText(JSON.stringify({ ...file, version: 2 }), 100)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 2 is not one/),
    });
    const sneaky = structuredClone(file);
    sneaky.sites[0]!.findings[0]!.signals[0]!.evidence = 'https://rs.fullstory.com/rec/page?uid=me';
    expect(parseCaptureText(JSON.stringify(sneaky), 100)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/query string/),
    });
    expect(parseCaptureText('x'.repeat(10), 6 * 1024 * 1024)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most 5 MB/),
    });
  });

  it("becomes a summary the rep merge takes, marked as a capture, beside members' exports", async () => {
    const { file } = await captureFile();
    const summary = summariseCapture(file, await verifyCapture(file));
    expect(summary.source).toBe('capture');
    expect(summary.label).toBe(`Member M-ABCDEFGH (browser capture ${file.har.sha256.slice(0, 12)})`);
    // Loaded twice: counted once.
    const { kept, duplicates } = uniqueCaptures([summary, summariseCapture(file, await verifyCapture(file))]);
    expect(kept).toHaveLength(1);
    expect(duplicates).toHaveLength(1);
    const rows = mergedRows(kept);
    const fullstory = file.sites[0]!.findings.find((f) => f.ruleId === 'fullstory')!;
    const fullstoryCount = fullstory.count;
    expect(rows.find((r) => r.product === fullstory.product)).toMatchObject({
      site: 'contoso.sharepoint.com',
      members: 1,
      count: fullstoryCount,
      status: 'undeclared',
    });
    const model = reportModelFromSummaries(kept, new Date('2026-03-03T00:00:00Z'));
    expect(model.declaration?.label).toBe('Contoso Ltd - Monitoring at work');
    expect(model.products.map((p) => p.product).sort()).toEqual(rows.map((r) => r.product).sort());
  });

  it('says no policy when none was loaded', async () => {
    const { file } = await captureFile(false);
    const summary = summariseCapture(file, await verifyCapture(file));
    expect(new Set(summary.productSites.map((p) => p.status))).toEqual(new Set(['no-policy']));
    expect(file.declaration).toBeUndefined();
  });
});
