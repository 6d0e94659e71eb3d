// Data test over src/rules/tls-issuers.json: it parses, and every issuer name is one its source shows.
// The list is evidence: a name no source gives would flag an innocent authority.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from 'virtual:sightline-tls-issuers';
import { lintTlsIssuers, TlsIssuerFile } from './issuers';

const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'rules', 'tls-issuers.json'), 'utf8'));
const entries = TlsIssuerFile.parse(raw);

/** A source's detail with regex escapes undone ("Zscaler Inc\\." reads "Zscaler Inc."). */
const plain = (detail: string) => detail.replace(/\\(.)/g, '$1');

describe('src/rules/tls-issuers.json', () => {
  it('parses with no problems, and the build ships exactly its names', () => {
    const { names, problems } = lintTlsIssuers(raw);
    expect(problems).toEqual([]);
    expect(shipped).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it('takes every issuer name from its own source', () => {
    for (const entry of entries) {
      for (const name of entry.issuer_match) {
        expect(
          entry.sources.some((source) => plain(source.detail).includes(name)),
          `${entry.product}: ${name}`,
        ).toBe(true);
      }
    }
  });

  it('matches by prefix exactly where the source says the name goes on', () => {
    for (const entry of entries) {
      const saysPrefix = entry.sources.some((source) => /prefix/i.test(source.detail));
      expect(entry.match === 'prefix', `${entry.product} ${entry.issuer_match.join(', ')}`).toBe(saysPrefix);
    }
  });

  it('gives each product one vendor', () => {
    const vendors = new Map<string, Set<string>>();
    for (const entry of entries)
      vendors.set(entry.product, (vendors.get(entry.product) ?? new Set()).add(entry.vendor));
    for (const [product, names] of vendors) expect(names.size, product).toBe(1);
  });

  it('rejects a malformed file with the entry and field named', () => {
    expect(
      lintTlsIssuers([
        { product: 'X', vendor: 'Y', issuer_match: [], field: 'common_name', sources: [] },
      ]).problems.join('\n'),
    ).toMatch(/0\.issuer_match/);
    expect(lintTlsIssuers([{ ...entries[0], field: 'serial' }]).problems.join('\n')).toMatch(/0\.field/);
    expect(lintTlsIssuers([{ ...entries[0], issuer_match: [' Zscaler Inc.'] }]).problems.join('\n')).toMatch(
      /surrounding spaces/,
    );
    expect(lintTlsIssuers([entries[0], entries[0]]).problems.join('\n')).toMatch(/listed twice/);
    expect(lintTlsIssuers({}).problems.length).toBeGreaterThan(0);
  });
});
