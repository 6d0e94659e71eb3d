// The work scope as extension match patterns, for registering the page hooks on in-scope sites only.
// "*://*.example.com/*" matches example.com and every subdomain, over http and https.
import { BUILT_IN_WORK_DOMAINS, type WorkScope } from './work-scope';

export function scopeMatchPatterns(scope: WorkScope): string[] {
  if (scope.allSites) return ['http://*/*', 'https://*/*'];
  return [...new Set([...BUILT_IN_WORK_DOMAINS, ...scope.userDomains])].sort().map((domain) => `*://*.${domain}/*`);
}
