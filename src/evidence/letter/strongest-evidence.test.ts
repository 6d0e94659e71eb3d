import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Declaration } from '../../policy/declaration';
import { policyNow } from '../../policy/status-now';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { draftLetter } from './letter';
import { letterEvidence } from './letter-evidence';
import { letterFindings } from './letter-findings';
import { strongestEvidence } from './strongest-evidence';
import { entry } from '../log/test-entries';

const declaration = Declaration.parse({
  format: 'sightline-declaration',
  version: 1,
  id: 'contoso',
  employer: 'Contoso Ltd',
  title: 'Monitoring at work',
  contact: 'Data Protection Officer',
  sites: ['contoso.sharepoint.com'],
  items: [{ id: 'pendo', product: 'Pendo' }],
  promises: [
    { id: 'keys', capability: 'typed_text', quote: 'We do not use keystroke logging.' },
    { id: 'replay', category: 'session_recording', quote: 'We never record your sessions.' },
    { id: 'cam', capability: 'camera', quote: 'We never switch on your webcam.' },
  ],
});
const now = policyNow(ruleCatalog, [declaration], 'contoso');
const typesText = (ruleId: string) => ruleCatalog.get(ruleId)!.capabilities.includes('typed_text');

const log = [
  entry(1), // Fullstory on the network
  entry(2, { ruleId: 'pendo', product: 'Pendo', category: 'digital_adoption', signalValue: 'app.pendo.io' }),
  entry(3, { ruleId: 'hotjar', product: 'Hotjar', signalKind: 'global', signalValue: 'window.hj', source: 'page' }), // page-only
  entry(4, { signalKind: 'identifier', signalValue: 'email:sha256', evidence: 'https://rs.fullstory.com' }),
  entry(5, { signalKind: 'identifier', signalValue: 'email:url_encoded', evidence: 'https://rs.fullstory.com' }),
  entry(6, { site: 'elsewhere.example', ruleId: 'pendo', product: 'Pendo', category: 'digital_adoption' }), // no declaration applies
];

describe('strongestEvidence', () => {
  const strongest = strongestEvidence(log, now, ruleCatalog);

  it("names each product sent the worker's identity, with every form", () => {
    expect(strongest.identity).toEqual([
      { product: 'Fullstory', forms: ['email:sha256', 'email:url_encoded'], sites: ['contoso.sharepoint.com'] },
    ]);
  });

  it('holds each promise against the products seen where that policy applies; page-only apart', () => {
    const byId = Object.fromEntries(strongest.contradictions.map((c) => [c.promise.id, c]));
    const typing = ['Fullstory', 'Pendo'].filter((p) => typesText(p.toLowerCase()));
    expect(byId.keys?.products ?? []).toEqual(typing);
    expect(byId.keys?.pageOnlyProducts ?? []).toEqual(typesText('hotjar') ? ['Hotjar'] : []);
    expect(byId.replay).toMatchObject({
      by: 'category',
      products: ['Fullstory'],
      pageOnlyProducts: ['Hotjar'],
      sites: ['contoso.sharepoint.com'],
    });
    expect(byId.cam).toBeUndefined();
  });

  it("cites, for a capability promise, the rule files' sources that document the capability", () => {
    // LiveSession's own rule cites a source for typed_text; Fullstory's may not yet.
    const withLiveSession = [
      ...log,
      entry(7, { ruleId: 'livesession', product: 'LiveSession', signalValue: 'cdn.livesession.io' }),
    ];
    const strongest = strongestEvidence(withLiveSession, now, ruleCatalog);
    const keys = strongest.contradictions.find((c) => c.promise.id === 'keys');
    expect(keys?.products).toContain('LiveSession');
    // From the rule files themselves: each source of an observed product that lists typed_text.
    const expected = (keys?.products ?? []).flatMap((product) => {
      const rule = JSON.parse(readFileSync(`src/rules/vendors/${product.toLowerCase()}.json`, 'utf8')) as {
        sources: { url: string; capabilities?: string[] }[];
      };
      return rule.sources.filter((s) => s.capabilities?.includes('typed_text')).map((s) => s.url);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(keys?.sources ?? []).toEqual([...new Set(expected)]);
    const letter = draftLetter({
      kind: 'monitoring-enquiry',
      date: '2026-12-05',
      employer: 'Contoso Ltd',
      findings: [],
      ...letterEvidence(strongest, false),
    });
    for (const url of expected) expect(letter).toContain(url);
  });

  it("breaks no promise with a product known only from a contact with its vendor's domain", () => {
    const contact = entry(7, {
      ruleId: 'hotjar',
      product: 'Hotjar',
      signalKind: 'vendor_domain',
      signalValue: 'hotjar.com',
      evidence: 'https://www.hotjar.com/pricing/',
    });
    const replay = (entries: typeof log) =>
      strongestEvidence(entries, now, ruleCatalog).contradictions.find((c) => c.promise.id === 'replay');
    expect(replay([entry(1, { ruleId: 'hotjar', product: 'Hotjar' })])?.products).toEqual(['Hotjar']);
    expect(replay([contact])).toBeUndefined();
  });

  it('with no declaration there is nothing to contradict', () => {
    expect(strongestEvidence(log, undefined, ruleCatalog).contradictions).toEqual([]);
  });
});

describe('the letter leads with the strongest evidence', () => {
  const strongest = strongestEvidence(log, now, ruleCatalog);
  const { findings, declarationLabel } = letterFindings(log, false, now);
  const make = (includePageOnly: boolean) =>
    draftLetter({
      kind: 'monitoring-enquiry',
      date: '2026-12-05',
      employer: 'Contoso Ltd',
      findings,
      declarationLabel,
      ...letterEvidence(strongest, includePageOnly),
    });

  it('quotes each broken promise and asks how it is consistent, and says what identity was sent', () => {
    const letter = make(false);
    expect(letter).toContain(
      '"Contoso Ltd - Monitoring at work" says: "We never record your sessions." However, Fullstory was running on contoso.sharepoint.com (Session recording).',
    );
    expect(letter).toContain(
      'How the use of Fullstory is consistent with the statement "We never record your sessions."',
    );
    expect(letter).toContain(
      '- Fullstory was sent my work email address (as a SHA-256 hash, URL-encoded) from contoso.sharepoint.com.',
    );
    expect(letter).toContain(
      'Why my identity is sent to Fullstory, what that vendor does with it, and under what agreement.',
    );
    expect(letter).not.toContain('webcam');
    // Page-only Hotjar is not in the letter unless the person asks.
    expect(letter).not.toContain('Hotjar');
    expect(make(true)).toContain(
      'However, Fullstory and Hotjar were running on contoso.sharepoint.com (Session recording).',
    );
  });

  it('the contradictions come before the list of tools', () => {
    const letter = make(false);
    expect(letter.indexOf('What I saw goes against what the policy says:')).toBeLessThan(
      letter.indexOf('- Fullstory (') === -1 ? letter.indexOf('- Fullstory:') : letter.indexOf('- Fullstory ('),
    );
  });
});
