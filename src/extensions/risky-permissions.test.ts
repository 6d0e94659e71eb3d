import { describe, expect, it } from 'vitest';
import { englishText } from '../core/english-text';
import { isAllSitesPattern, RISK_IDS, riskKey, risksOf } from './risky-permissions';

describe('risksOf', () => {
  it('explains the permissions that matter, in one fixed order, and ignores harmless ones', () => {
    const found = risksOf({
      permissions: ['storage', 'webRequest', 'tabs', 'alarms', 'history', 'cookies', 'debugger', 'desktopCapture'],
      hostPermissions: ['<all_urls>'],
    });
    expect(found.risks).toEqual(['allSites', 'history', 'tabs', 'webRequest', 'cookies', 'debugger', 'desktopCapture']);
    expect(found.explained).toEqual(['cookies', 'debugger', 'desktopCapture', 'history', 'tabs', 'webRequest']);
    expect(found.sites).toEqual([]);
  });

  it('reads any web pattern with a "*" host as all sites', () => {
    for (const p of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/', 'wss://*/*'])
      expect(isAllSitesPattern(p), p).toBe(true);
    for (const p of ['https://*.example.com/*', 'https://example.com/*', 'file:///*', 'https://*example.com/*'])
      expect(isAllSitesPattern(p), p).toBe(false);
    expect(risksOf({ permissions: [], hostPermissions: ['https://*/*'] }).risks).toEqual(['allSites']);
    // Manifest V2 extensions may list host patterns among their API permissions.
    expect(risksOf({ permissions: ['<all_urls>'], hostPermissions: [] }).risks).toEqual(['allSites']);
  });

  it('lists the sites behind "some sites"', () => {
    const found = risksOf({
      permissions: ['identity.email'],
      hostPermissions: ['https://b.example/*', 'https://*.a.example/*', 'https://b.example/*'],
    });
    expect(found.risks).toEqual(['someSites', 'identityEmail']);
    expect(found.sites).toEqual(['https://*.a.example/*', 'https://b.example/*']);
  });

  it('finds nothing in an extension without risky permissions', () => {
    expect(risksOf({ permissions: ['storage', 'alarms'], hostPermissions: [] })).toEqual({
      risks: [],
      sites: [],
      explained: [],
    });
  });

  it('has plain words for every risk', () => {
    for (const id of RISK_IDS) expect(englishText(riskKey(id)), id).not.toBe(riskKey(id));
  });
});
