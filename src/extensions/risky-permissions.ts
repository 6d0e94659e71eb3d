// Which of an extension's permissions matter to a worker, as ids whose plain words live in
// _locales/en/messages.json under `extensionRisk_<id>` (pages read them through browser.i18n, pure code
// such as the report through englishText). Host access is one risk, all sites or some sites.
import type { InstalledExtension } from './installed-extension';

export const RISK_IDS = [
  'allSites',
  'someSites',
  'history',
  'tabs',
  'webRequest',
  'webRequestBlocking',
  'webNavigation',
  'cookies',
  'debugger',
  'desktopCapture',
  'tabCapture',
  'clipboardRead',
  'nativeMessaging',
  'proxy',
  'identityEmail',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

/** API permission name (as the browser reports it) -> risk. Anything not listed is not explained. */
const API_RISKS: Readonly<Record<string, RiskId>> = {
  history: 'history',
  tabs: 'tabs',
  webRequest: 'webRequest',
  webRequestBlocking: 'webRequestBlocking',
  webNavigation: 'webNavigation',
  cookies: 'cookies',
  debugger: 'debugger',
  desktopCapture: 'desktopCapture',
  tabCapture: 'tabCapture',
  clipboardRead: 'clipboardRead',
  nativeMessaging: 'nativeMessaging',
  proxy: 'proxy',
  'identity.email': 'identityEmail',
};

export const riskKey = (id: RiskId): string => `extensionRisk_${id}`;

// "<all_urls>", or a pattern whose host is "*" on any web scheme, such as "*://*/*" or "https://*/*".
export function isAllSitesPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || /^(?:\*|https?|wss?):\/\/\*\//.test(pattern);
}

export interface Risks {
  /** In RISK_IDS order, so every view lists them the same way. */
  risks: RiskId[];
  /** The host patterns behind "someSites" (empty when the extension can read all sites). */
  sites: string[];
  /** The raw permission names that were explained (what the browser reported, for the evidence). */
  explained: string[];
}

export function risksOf(extension: Pick<InstalledExtension, 'permissions' | 'hostPermissions'>): Risks {
  const found = new Set<RiskId>();
  const explained = new Set<string>();
  for (const permission of extension.permissions) {
    const risk = Object.hasOwn(API_RISKS, permission) ? API_RISKS[permission] : undefined;
    if (risk) {
      found.add(risk);
      explained.add(permission);
    }
  }
  const hosts = extension.hostPermissions.filter((p) => p.length > 0);
  const allSites = hosts.some(isAllSitesPattern);
  // Some extensions list "<all_urls>" as an API permission (Manifest V2 style).
  if (allSites || extension.permissions.some(isAllSitesPattern)) found.add('allSites');
  else if (hosts.length > 0) found.add('someSites');
  return {
    risks: RISK_IDS.filter((id) => found.has(id)),
    sites: found.has('someSites') ? [...new Set(hosts)].sort() : [],
    explained: [...explained].sort(),
  };
}
