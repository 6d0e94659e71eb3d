// Every rule names its vendor's own registrable domains (vendor_domains), each one the registrable domain
// of a host the rule cites or itself cited; platform telemetry names none, and shared platform domains
// are never vendor domains. A failure names the rule, so a new rule file missing the field is found.
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { parseRuleFile } from './lint';
import { PLATFORM_DOMAINS } from './platform-domains';
import { deriveVendorDomains, FILL_COMMAND, vendorDomainProblems } from './vendor-domains';
import { makeRule } from './test-rules';
import { readRuleFiles } from '../../scripts/read-rule-files';

const registrable = (host: string) => getDomain(host, { allowPrivateDomains: false });
const rules = readRuleFiles().flatMap((file) => {
  const parsed = parseRuleFile(file);
  return parsed.ok ? [parsed.rule] : [];
});

describe('vendor_domains of the shipped rules', () => {
  it('has no problem: present, registrable, cited, one rule each, none on a platform domain', () => {
    expect(vendorDomainProblems(rules, registrable)).toEqual([]);
  });

  it('is present on every rule that is not platform telemetry', () => {
    const missing = rules.filter((r) => r.category !== 'platform_telemetry' && r.vendor_domains === undefined);
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it('covers the registrable domain of a cited host for most rules with hosts (sanity of the fill)', () => {
    const withHosts = rules.filter((r) => r.category !== 'platform_telemetry' && r.signals.hosts.length > 0);
    const named = withHosts.filter((r) => (r.vendor_domains ?? []).length > 0);
    expect(named.length / withHosts.length).toBeGreaterThan(0.9);
  });
});

describe('vendorDomainProblems', () => {
  const hosted = (extra: Partial<Parameters<typeof makeRule>[0]> = {}) =>
    makeRule({ id: 'rec', signals: { hosts: [{ domain: 'cdn.rec.co.uk' }] }, ...extra });

  it('names the rule that lacks the field and the command that derives it', () => {
    expect(vendorDomainProblems([hosted()], registrable)).toEqual([
      `rec: vendor_domains is missing (derive it with \`${FILL_COMMAND}\`)`,
    ]);
  });

  it('accepts the registrable domain of a cited host, under a multi-label public suffix', () => {
    expect(vendorDomainProblems([hosted({ vendor_domains: ['rec.co.uk'] })], registrable)).toEqual([]);
  });

  it('accepts another domain only when a source covers it', () => {
    expect(vendorDomainProblems([hosted({ vendor_domains: ['rec-marketing.com'] })], registrable)).toEqual([
      'rec: vendor domain "rec-marketing.com" is neither the registrable domain of a cited host nor in a source\'s "covers"',
    ]);
    const cited = hosted({
      vendor_domains: ['rec-marketing.com'],
      sources: [
        {
          url: 'https://docs.example/',
          title: 'doc',
          kind: 'other',
          covers: ['rec-marketing.com'],
          accessed: '2026-12-06',
        },
      ],
    });
    expect(vendorDomainProblems([cited], registrable)).toEqual([]);
  });

  it('refuses a subdomain, a platform domain and a domain two rules name', () => {
    const problems = vendorDomainProblems(
      [
        hosted({ vendor_domains: ['cdn.rec.co.uk', 'rec.co.uk'] }),
        makeRule({ id: 'other', signals: { hosts: [{ domain: 'x.rec.co.uk' }] }, vendor_domains: ['rec.co.uk'] }),
        makeRule({
          id: 'cloudy',
          signals: { hosts: [{ domain: 'abc.cloudfront.net' }] },
          vendor_domains: ['cloudfront.net'],
        }),
      ],
      registrable,
    );
    expect(problems).toEqual([
      'rec: vendor domain "cdn.rec.co.uk" is not a registrable domain',
      'other: vendor domain "rec.co.uk" is also named by rec; one rule per vendor domain',
      'cloudy: vendor domain "cloudfront.net" is a shared platform domain (platform-domains.ts)',
    ]);
  });

  it('wants no vendor domain on platform telemetry, and its hosts on the platform list', () => {
    const telemetry = makeRule({
      id: 'suite-telemetry',
      category: 'platform_telemetry',
      signals: { hosts: [{ domain: 'events.suite.example', paths: ['/t'] }] },
      vendor_domains: ['suite.example'],
    });
    expect(vendorDomainProblems([telemetry], (host) => host.split('.').slice(-2).join('.'))).toEqual([
      'suite-telemetry: a platform_telemetry rule names no vendor_domains (only its precise signals count)',
      'suite-telemetry: "suite.example" (of events.suite.example) is missing from platform-domains.ts',
    ]);
  });
});

describe('deriveVendorDomains', () => {
  it('gives registrable domains of the cited hosts, sorted, without platform domains', () => {
    const rule = makeRule({
      id: 'mixed',
      signals: {
        hosts: [{ domain: 'b.vendor.example' }, { domain: 'a.vendor.example' }, { domain: 'd1.cloudfront.net' }],
      },
    });
    const twoLabels = (host: string) => host.split('.').slice(-2).join('.');
    expect(deriveVendorDomains(rule, twoLabels)).toEqual(['vendor.example']);
    expect(PLATFORM_DOMAINS.has('cloudfront.net')).toBe(true);
  });
});
