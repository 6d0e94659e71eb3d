// Vendor-domain contacts: a request to another host of a vendor's own registrable domain that no precise
// signal matched is reported for that vendor, as a weaker signal; never on a platform domain.
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile';
import { loadRules } from './load-rules';
import { matchPageSignals, matchRequest } from './match';
import { makeRule } from './test-rules';

const index = compileRules([
  makeRule({
    id: 'recorder',
    signals: { hosts: [{ domain: 'rec.recorder.example' }, { domain: 'api.recorder.example', paths: ['/ingest/*'] }] },
    vendor_domains: ['recorder.example'],
  }),
  makeRule({ id: 'uk-vendor', signals: { hosts: [{ domain: 'cdn.vendor.co.uk' }] }, vendor_domains: ['vendor.co.uk'] }),
  makeRule({
    id: 'suite-telemetry',
    category: 'platform_telemetry',
    signals: { hosts: [{ domain: 'suite.example', paths: ['/telemetry'] }] },
    vendor_domains: ['suite.example'],
  }),
  makeRule({
    id: 'on-a-platform',
    signals: { hosts: [{ domain: 'monitor.microsoft.com', paths: ['/m'] }] },
    vendor_domains: ['microsoft.com'],
  }),
]);
const found = (url: string) =>
  matchRequest(index, { url, type: 'other' }).map((d) => `${d.ruleId} ${d.signal.kind} ${d.evidence}`);

describe('vendor-domain contacts', () => {
  it('reports another host of the vendor domain, and the bare domain, as a vendor_domain contact', () => {
    expect(found('https://www.recorder.example/pricing?x=1')).toEqual([
      'recorder vendor_domain https://www.recorder.example/pricing',
    ]);
    expect(found('https://recorder.example/')).toEqual(['recorder vendor_domain https://recorder.example/']);
    expect(found('https://WWW.Vendor.CO.UK:8443/a')).toEqual([
      'uk-vendor vendor_domain https://www.vendor.co.uk:8443/a',
    ]);
  });

  it('names the vendor domain as the signal', () => {
    const [detection] = matchRequest(index, { url: 'https://help.recorder.example/a', type: 'other' });
    expect(detection?.signal).toEqual({ kind: 'vendor_domain', domain: 'recorder.example' });
  });

  it('gives way to a precise signal: a known endpoint is reported as the host signal only', () => {
    expect(found('https://rec.recorder.example/s.js')).toEqual(['recorder host https://rec.recorder.example/s.js']);
    expect(found('https://eu.rec.recorder.example/s.js')).toEqual([
      'recorder host https://eu.rec.recorder.example/s.js',
    ]);
  });

  it('reports another path of a path-limited host as a contact, not as the endpoint', () => {
    expect(found('https://api.recorder.example/ingest/1')).toEqual([
      'recorder host https://api.recorder.example/ingest/1',
    ]);
    expect(found('https://api.recorder.example/docs')).toEqual([
      'recorder vendor_domain https://api.recorder.example/docs',
    ]);
  });

  it('never matches look-alikes on another registrable domain', () => {
    expect(found('https://recorder.example.evil.test/')).toEqual([]);
    expect(found('https://notrecorder.example/')).toEqual([]);
    expect(found('https://evil.test/recorder.example/')).toEqual([]);
    expect(found('https://co.uk/')).toEqual([]);
  });

  it('never applies to platform telemetry or a shared platform domain', () => {
    expect(found('https://suite.example/telemetry')).toEqual(['suite-telemetry host https://suite.example/telemetry']);
    expect(found('https://www.suite.example/')).toEqual([]);
    expect(found('https://monitor.microsoft.com/m')).toEqual(['on-a-platform host https://monitor.microsoft.com/m']);
    expect(found('https://www.microsoft.com/')).toEqual([]);
    expect(index.vendorDomains.has('microsoft.com')).toBe(false);
  });

  it('counts a script the page loads from the vendor domain, labelled page-reported', () => {
    const detections = matchPageSignals(index, [], ['https://static.recorder.example/widget.js']);
    expect(detections.map((d) => [d.ruleId, d.signal.kind, d.source])).toEqual([['recorder', 'vendor_domain', 'page']]);
  });
});

describe('vendor-domain contacts in the shipped rules', () => {
  const shipped = loadRules();
  const kinds = (url: string) =>
    matchRequest(shipped, { url, type: 'other' }).map((d) => `${d.ruleId} ${d.signal.kind}`);

  it("reports the vendor's marketing site as a contact and its recorder as the product", () => {
    expect(kinds('https://www.hotjar.com/pricing/')).toEqual(['hotjar vendor_domain']);
    expect(kinds('https://static.hotjar.com/c/hotjar-1.js')).toEqual(['hotjar host']);
    expect(kinds('https://static.hotjar.com.evil.example/c/hotjar-1.js')).toEqual([]);
  });

  it('leaves the shared platforms to their precise signals', () => {
    expect(kinds('https://www.microsoft.com/en-us/microsoft-365')).toEqual([]);
    expect(kinds('https://docs.google.com/document/d/1')).toEqual([]);
    expect(kinds('https://zoom.us/j/123')).toEqual([]);
  });
});
