// The work scope as extension match patterns, for registering the page hooks on in-scope sites only.
// "*://*.example.com/*" matches example.com and every subdomain, over http and https.
import { chosenWorkDomains } from './work-apps';
import type { WorkScope } from './work-scope';

export function scopeMatchPatterns(scope: WorkScope): string[] {
  if (scope.allSites) return ['http://*/*', 'https://*/*'];
  return [...new Set([...chosenWorkDomains(scope.workApps), ...scope.userDomains])]
    .sort()
    .map((domain) => `*://*.${domain}/*`);
}
