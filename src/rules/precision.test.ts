// Precision: ordinary third-party traffic, CDNs and the work platforms' own pages and assets must produce
// no detection at all (tests/fixtures/precision-corpus.txt; add a line when a false positive is found).
// One section of the corpus is vendors' own public sites: no precise signal may match them, and the only
// thing they may give is a low-confidence vendor-domain contact for the vendor whose domain it is (a
// work tab that opens a vendor's marketing page did contact that vendor).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules';
import { matchRequest } from './match';

const VENDOR_SITES_HEADER = "vendors' own public sites";
const lines = readFileSync(join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'precision-corpus.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim());
const corpus: string[] = [];
const vendorSites = new Set<string>();
let inVendorSites = false;
for (const line of lines) {
  if (line.startsWith('#')) inVendorSites = line.includes(VENDOR_SITES_HEADER);
  else if (line) {
    corpus.push(line);
    if (inVendorSites) vendorSites.add(line);
  }
}
const index = loadRules();
// Which rule names each vendor domain, worked out from the rule data, not from the matcher's index.
const vendorOf = new Map<string, string>();
for (const rule of index.rules.values()) {
  if (rule.category !== 'platform_telemetry')
    for (const domain of rule.vendor_domains ?? []) vendorOf.set(domain, rule.id);
}

describe('the precision corpus', () => {
  it('has at least 2,000 distinct real-world URLs of ordinary traffic', () => {
    expect(corpus.length - vendorSites.size).toBeGreaterThanOrEqual(2000);
    expect(new Set(corpus).size).toBe(corpus.length);
    expect(vendorSites.size).toBeGreaterThan(0);
  });

  it.each(corpus)('%s matches no signal (a vendor site: only its vendor, as a contact)', (url) => {
    const found = matchRequest(index, { url, type: 'script' }).map((d) => `${d.ruleId} ${d.signal.kind}`);
    const vendor = vendorSites.has(url) ? vendorOf.get(getDomain(url) ?? '') : undefined;
    expect(found).toEqual(vendor === undefined ? [] : [`${vendor} vendor_domain`]);
  });
});
