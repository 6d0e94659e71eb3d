import { describe, expect, it } from 'vitest';
import { hostMatchesSuffix, isInScope, parseDomainInput } from './work-scope';

const none = { userDomains: [], allSites: false };

describe('isInScope', () => {
  it('includes built-in work apps and their subdomains', () => {
    expect(isInScope('contoso.sharepoint.com', none)).toBe(true);
    expect(isInScope('teams.microsoft.com', none)).toBe(true);
    expect(isInScope('docs.google.com', none)).toBe(true);
    expect(isInScope('acme.slack.com', none)).toBe(true);
  });

  it('leaves personal browsing out, including plain Google search', () => {
    expect(isInScope('www.google.com', none)).toBe(false);
    expect(isInScope('news.example', none)).toBe(false);
    expect(isInScope('evilsharepoint.com', none)).toBe(false);
    expect(isInScope('sharepoint.com.evil.example', none)).toBe(false);
    expect(isInScope(undefined, none)).toBe(false);
  });

  it('adds the user\'s own sites, and everything when "all sites" is on', () => {
    expect(isInScope('hr.intranet.example', { userDomains: ['intranet.example'], allSites: false })).toBe(true);
    expect(isInScope('news.example', { userDomains: [], allSites: true })).toBe(true);
  });
});

describe('hostMatchesSuffix', () => {
  it('matches on a label boundary only', () => {
    expect(hostMatchesSuffix('a.b.example', 'b.example')).toBe(true);
    expect(hostMatchesSuffix('ab.example', 'b.example')).toBe(false);
  });
});

describe('parseDomainInput', () => {
  it.each([
    ['intranet.example.com', 'intranet.example.com'],
    ['  Intranet.Example.COM ', 'intranet.example.com'],
    ['https://hr.example.co.uk/home?x=1', 'hr.example.co.uk'],
    ['*.example.org', 'example.org'],
    ['example.org.', 'example.org'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('accepts %j as %s', (input, domain) => {
    expect(parseDomainInput(input)).toEqual({ ok: true, domain });
  });

  it.each([
    ['', /Type a site/],
    ['localhost', /two parts/],
    ['example.com/path', /without a path/],
    ['exa mple.com', /without a path, port or spaces/],
    ['-bad.example', /hyphen/],
    ['bad_underscore.example', /letters, digits and hyphens/],
    ['https://', /could not be read/],
  ])('rejects %j with a specific reason', (input, reason) => {
    const result = parseDomainInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
