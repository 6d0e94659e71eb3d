import { describe, expect, it } from 'vitest';
import { declaration, item } from '../policy/test-declarations';
import { bundledCaptureEngine } from './bundled-engine';
import { scanHarBytes, sha256OfBytes } from './scan-har';
import { DEMO_START, demoHar, harBytes, SECRETS, type Browser } from './test-hars';
import { createHash } from 'node:crypto';

const engine = bundledCaptureEngine();
const EXPECTED = ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'pendo'];

async function scan(har: unknown, decl?: Parameters<typeof scanHarBytes>[2]) {
  const result = await scanHarBytes(harBytes(har), engine, decl);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('scanning a HAR with the extension engine', () => {
  for (const browser of ['chrome', 'firefox', 'safari'] as Browser[]) {
    it(`finds the demo app's products in a ${browser} capture, on the page's site`, async () => {
      const { scan: result } = await scan(demoHar(browser));
      expect(result.sites.map((s) => s.site)).toEqual(['contoso.sharepoint.com']);
      const site = result.sites[0]!;
      expect(site.pages).toBe(1);
      expect(Object.keys(site.report.findings).sort()).toEqual(EXPECTED);
      expect(Object.keys(site.report.unknownThirdParties)).toEqual(['metrics.unknown-vendor.example']);
      expect(result.ignored).toBe(1);
      expect(result.entries).toBe(10);
      expect(result.requests).toBe(9);
      // Range: first start to the last request's end (the fullstory beacon at +1900 ms, 42.5 ms long).
      expect(result.range).toEqual({ from: DEMO_START, to: DEMO_START + 1900 + Math.round(42.5) });
    });
  }

  it('counts each signal, with the evidence URL cut before its query and whether it went out', async () => {
    const { scan: result } = await scan(demoHar('chrome'));
    const fullstory = result.sites[0]!.report.findings.fullstory!;
    const rs = fullstory.signals.find((s) => s.value === 'rs.fullstory.com')!;
    expect(rs).toMatchObject({
      count: 2,
      completed: 1,
      failed: 1,
      evidence: 'https://rs.fullstory.com/rec/page',
      source: 'network',
    });
    // The script request counts for its host and for the rule's script path pattern.
    expect(fullstory.signals.map((s) => s.value).sort()).toEqual([
      '*/s/fs.js',
      'edge.fullstory.com',
      'rs.fullstory.com',
    ]);
    expect(fullstory.count).toBe(4);
  });

  it('never lets a cookie, header, body, query string, fragment or page title reach its result', async () => {
    for (const browser of ['chrome', 'firefox', 'safari'] as Browser[]) {
      const { scan: result } = await scan(demoHar(browser));
      const text = JSON.stringify(result);
      for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/[?#]|Authorization|Bearer/);
    }
  });

  it('names the file by the SHA-256 of its bytes', async () => {
    const bytes = harBytes(demoHar('firefox'));
    const result = await scanHarBytes(bytes, engine);
    expect(result.ok && result.har).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
    });
    expect(await sha256OfBytes(new Uint8Array())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('compares with a loaded declaration as the popup does, with the platform features of the site', async () => {
    const policy = declaration({
      employer: 'Contoso Ltd',
      items: [
        item({ id: 'p', product: 'Pendo' }),
        item({ id: 't', category: 'platform_telemetry' }),
        item({ id: 'k', product: 'Keylogger Pro' }),
      ],
    });
    const { scan: result } = await scan(demoHar('chrome'), policy);
    const site = result.sites[0]!;
    expect(site.report.policy?.statuses).toEqual({
      fullstory: 'undeclared',
      hotjar: 'undeclared',
      pendo: 'product',
      'microsoft-1ds-telemetry': 'category',
    });
    expect(site.report.policy?.notSeen.map((n) => n.label)).toEqual(['Keylogger Pro']);
    // SharePoint is Microsoft 365: its server-side features are listed, never as findings.
    expect(site.features.length).toBeGreaterThan(0);
    expect(site.features.every((f) => f.shownOn.some((s) => 'contoso.sharepoint.com'.endsWith(s)))).toBe(true);
    expect(Object.keys(site.report.policy?.features ?? {}).sort()).toEqual(site.features.map((f) => f.id).sort());
  });

  it('splits a capture of two work apps into their sites, and puts page-less requests on the page then open', async () => {
    const har = demoHar('chrome') as { log: { pages: unknown[]; entries: Record<string, unknown>[] } };
    const later = new Date(DEMO_START + 60_000).toISOString();
    har.log.pages.push({ id: 'page_9', startedDateTime: later, title: 'https://fabrikam.sharepoint.com/' });
    har.log.entries.push(
      {
        pageref: 'page_9',
        startedDateTime: later,
        time: 1,
        request: { url: 'https://fabrikam.sharepoint.com/' },
        response: { status: 200 },
        _resourceType: 'document',
      },
      {
        startedDateTime: new Date(DEMO_START + 61_000).toISOString(),
        time: 1,
        request: { url: 'https://app.pendo.io/data/ptm.gif/x' },
        response: { status: 200 },
      },
    );
    const { scan: result } = await scan(har);
    expect(result.sites.map((s) => s.site).sort()).toEqual(['contoso.sharepoint.com', 'fabrikam.sharepoint.com']);
    const fabrikam = result.sites.find((s) => s.site === 'fabrikam.sharepoint.com')!;
    expect(Object.keys(fabrikam.report.findings)).toEqual(['pendo']);
  });

  it('finds the site from the first request when the HAR has no pages', async () => {
    const har = demoHar('safari') as { log: { pages?: unknown[]; entries: Record<string, unknown>[] } };
    delete har.log.pages;
    for (const e of har.log.entries) delete e.pageref;
    const { scan: result } = await scan(har);
    expect(result.sites.map((s) => s.site)).toEqual(['contoso.sharepoint.com']);
    expect(Object.keys(result.sites[0]!.report.findings).sort()).toEqual(EXPECTED);
  });
});
