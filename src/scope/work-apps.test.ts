import { describe, expect, it } from 'vitest';
import { scopeMatchPatterns } from './match-patterns';
import { chosenWorkDomains, WORK_APPS } from './work-apps';
import { BUILT_IN_WORK_DOMAINS, isInScope } from './work-scope';

describe('WORK_APPS', () => {
  it('puts every built-in work domain in exactly one app, and nothing else', () => {
    const grouped = WORK_APPS.flatMap((app) => app.domains);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...BUILT_IN_WORK_DOMAINS].sort());
  });

  it('has unique ids that can be stored', () => {
    const ids = WORK_APPS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,64}$/);
  });
});

describe('the chosen work apps are the built-in scope', () => {
  const only = (workApps: string[]) => ({ userDomains: [], allSites: false, workApps });

  it('keeps every built-in app when no choice was made (settings from 0.1)', () => {
    expect([...chosenWorkDomains(undefined)].sort()).toEqual([...BUILT_IN_WORK_DOMAINS].sort());
    expect(isInScope('acme.slack.com', { userDomains: [], allSites: false })).toBe(true);
  });

  it('keeps a chosen app in scope and leaves an unchosen one out', () => {
    const scope = only(['microsoft-365']);
    expect(isInScope('contoso.sharepoint.com', scope)).toBe(true);
    expect(isInScope('teams.microsoft.com', scope)).toBe(true);
    expect(isInScope('acme.slack.com', scope)).toBe(false);
    expect(isInScope('docs.google.com', scope)).toBe(false);
  });

  it('leaves every built-in app out when none is chosen, but keeps the sites the person added and "all sites"', () => {
    for (const domain of BUILT_IN_WORK_DOMAINS) expect(isInScope(`x.${domain}`, only([])), domain).toBe(false);
    expect(isInScope('acme.slack.com', { userDomains: ['slack.com'], allSites: false, workApps: [] })).toBe(true);
    expect(isInScope('acme.slack.com', { userDomains: [], allSites: true, workApps: [] })).toBe(true);
  });

  it('ignores ids it does not know (settings from a later version)', () => {
    expect(chosenWorkDomains(['slack', 'some-future-app'])).toEqual(['slack.com']);
  });

  it('gives the same scope as match patterns', () => {
    expect(scopeMatchPatterns(only(['zoom', 'slack']))).toEqual([
      '*://*.slack.com/*',
      '*://*.zoom.com/*',
      '*://*.zoom.us/*',
    ]);
    expect(scopeMatchPatterns(only([]))).toEqual([]);
  });
});
