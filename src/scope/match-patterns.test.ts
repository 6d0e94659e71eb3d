import { describe, expect, it } from 'vitest';
import { scopeMatchPatterns } from './match-patterns';
import { BUILT_IN_WORK_DOMAINS } from './work-scope';

describe('scopeMatchPatterns', () => {
  it('covers each built-in and added work domain with its subdomains, over http and https, once', () => {
    const patterns = scopeMatchPatterns({
      userDomains: ['intranet.contoso.example', 'sharepoint.com'],
      allSites: false,
    });
    expect(patterns).toContain('*://*.sharepoint.com/*');
    expect(patterns).toContain('*://*.intranet.contoso.example/*');
    expect(patterns.length).toBe(new Set([...BUILT_IN_WORK_DOMAINS, 'intranet.contoso.example']).size);
    expect(patterns.every((p) => /^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
  });

  it('is every http(s) site only when the worker chose all sites', () => {
    expect(scopeMatchPatterns({ userDomains: [], allSites: true })).toEqual(['http://*/*', 'https://*/*']);
  });
});
