import { describe, expect, it } from 'vitest';
import { summariseRule } from '../../rules/catalog';
import { compileRules } from '../../rules/compile';
import { TEST_RULES } from '../../rules/test-rules';
import { declaration, item } from '../../policy/test-declarations';
import { BROWSER_SITE, EvidenceEntry } from './entry';
import { checkExtensions } from '../../extensions/check-extensions';
import { extensionDrafts, extensionEvidence, readExtensionEvidence } from './extension-evidence';
import { BOSSWARE_ID, installed, STAND_IN_ID } from '../../extensions/test-extensions';

const index = compileRules(TEST_RULES);
const catalog = new Map(TEST_RULES.map((r) => [r.id, summariseRule(r)]));
const AT = Date.UTC(2026, 10, 22, 10);

const standIn = checkExtensions(
  [
    installed({
      id: STAND_IN_ID,
      name: 'Stand-in "Monitor"; v2',
      installType: 'admin',
      permissions: ['tabs', 'history', 'storage'],
      hostPermissions: ['<all_urls>', 'https://a b.example/*'],
    }),
  ],
  index,
)[0]!;
const known = checkExtensions(
  [installed({ id: BOSSWARE_ID, name: 'Tracker', version: '3.1', installType: 'admin', enabled: false })],
  index,
)[0]!;

describe('extension evidence', () => {
  it('is one readable line that reads back to what the browser reported', () => {
    const text = extensionEvidence(standIn);
    expect(text).toBe(
      `extension ${STAND_IN_ID} "Stand-in \\"Monitor\\"; v2" 1.0.0; install admin; enabled; permissions history tabs; hosts <all_urls> https://a%20b.example/*`,
    );
    expect(readExtensionEvidence(text)).toEqual({
      id: STAND_IN_ID,
      name: 'Stand-in "Monitor"; v2',
      version: '1.0.0',
      installType: 'admin',
      enabled: true,
      riskyPermissions: ['history', 'tabs'],
      hostPermissions: ['<all_urls>', 'https://a b.example/*'],
      moreHosts: 0,
    });
  });

  it('stays within the evidence field, counting the host patterns it cannot list', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `https://site-${i}.example/*`);
    const text = extensionEvidence({ ...standIn, name: 'n'.repeat(200), hostPermissions: hosts });
    expect(text.length).toBeLessThanOrEqual(2100);
    const back = readExtensionEvidence(text)!;
    expect(back.name).toHaveLength(120);
    expect(back.hostPermissions.length + back.moreHosts).toBe(200);
    expect(back.moreHosts).toBeGreaterThan(0);
  });

  it('reads anything else as not extension evidence', () => {
    for (const other of [
      undefined,
      '',
      'https://rs.fullstory.com/rec/page',
      'extension abc',
      `extension ${STAND_IN_ID} "x 1.0; install admin; enabled; permissions; hosts`,
    ]) {
      expect(readExtensionEvidence(other), String(other)).toBeNull();
    }
  });
});

describe('extensionDrafts', () => {
  it('makes valid first-seen entries, at the browser rather than a site, keyed by id and version', () => {
    const drafts = extensionDrafts([known, standIn], { at: AT, ruleDbVersion: 'test', catalog, declaration: null });
    for (const [i, draft] of drafts.entries())
      expect(EvidenceEntry.parse({ ...draft, seq: i + 1 })).toEqual({ ...draft, seq: i + 1 });
    expect(drafts[0]).toMatchObject({
      kind: 'first_seen',
      site: BROWSER_SITE,
      ruleId: 'bossware',
      product: 'bossware',
      category: 'employee_monitoring',
      signalKind: 'extension_id',
      signalValue: `${BOSSWARE_ID} 3.1`,
      source: 'browser',
      count: 1,
      firstAt: AT,
      lastAt: AT,
    });
    expect(drafts[0]!.evidence).toContain('install admin; disabled;');
    expect(drafts[1]).toMatchObject({
      ruleId: undefined,
      product: undefined,
      category: undefined,
      signalValue: `${STAND_IN_ID} 1.0.0`,
    });
    expect(drafts[0]!.declared).toBeUndefined();
  });

  it("compares known products with the employer's active declaration", () => {
    const named = declaration({ items: [item({ product: 'bossware' })] });
    const silent = declaration({ items: [item({ category: 'session_recording' })] });
    const byCategory = declaration({ items: [item({ category: 'employee_monitoring' })] });
    const draft = (d: typeof named) =>
      extensionDrafts([known, standIn], { at: AT, ruleDbVersion: 'test', catalog, declaration: d });
    expect(draft(named)[0]).toMatchObject({ declared: 'product', declaration: 'contoso-2026: Contoso Ltd' });
    expect(draft(byCategory)[0]!.declared).toBe('category');
    expect(draft(silent)[0]!.declared).toBe('no');
    // An extension the rule database does not know is not a product a policy could name.
    expect(draft(silent)[1]!.declared).toBeUndefined();
  });
});
