// Which sites count as work: a built-in list of work-app domains plus sites the user adds, or every site
// when the user opts in. Out of scope means nothing is shown and nothing is stored.
import { chosenWorkDomains } from './work-apps';

/**
 * Domain suffixes of the major work web apps. Each entry covers the domain and its subdomains. Google's
 * entries are the Workspace app hosts only, so plain web search stays out of scope.
 */
export const BUILT_IN_WORK_DOMAINS: readonly string[] = [
  // Microsoft 365
  'cloud.microsoft',
  'office.com',
  'office365.com',
  'microsoft365.com',
  'sharepoint.com',
  'teams.microsoft.com',
  'teams.cloud.microsoft',
  'outlook.office.com',
  'outlook.office365.com',
  'onedrive.live.com',
  'powerbi.com',
  'dynamics.com',
  'yammer.com',
  'viva.cloud.microsoft',
  // Google Workspace
  'mail.google.com',
  'docs.google.com',
  'drive.google.com',
  'calendar.google.com',
  'meet.google.com',
  'chat.google.com',
  'sites.google.com',
  'admin.google.com',
  // Collaboration and HR / service platforms
  'slack.com',
  'zoom.us',
  'zoom.com',
  'webex.com',
  'salesforce.com',
  'force.com',
  'lightning.force.com',
  'workday.com',
  'myworkday.com',
  'service-now.com',
  'servicenowservices.com',
  'atlassian.net',
  'atlassian.com',
  'successfactors.com',
  'successfactors.eu',
  'sapsf.com',
  'sapsf.eu',
  'bamboohr.com',
  'personio.de',
  'hibob.com',
  'zendesk.com',
  'freshdesk.com',
  'monday.com',
  'asana.com',
  'notion.so',
  'miro.com',
  'box.com',
  'dropbox.com',
  'hubspot.com',
  'adp.com',
  'ukg.com',
  'deel.com',
];

export interface WorkScope {
  /** Domain suffixes the user added. */
  userDomains: readonly string[];
  /** Ids of the built-in work apps the person chose (work-apps.ts); absent means every built-in app. */
  workApps?: readonly string[] | undefined;
  /** The opt-in switch: every site is in scope. */
  allSites: boolean;
}

export function hostMatchesSuffix(host: string, suffix: string): boolean {
  return (
    host === suffix ||
    (host.length > suffix.length && host.endsWith(suffix) && host.charCodeAt(host.length - suffix.length - 1) === 46)
  );
}

export function isInScope(host: string | undefined, scope: WorkScope): boolean {
  if (!host) return false;
  if (scope.allSites) return true;
  return (
    chosenWorkDomains(scope.workApps).some((d) => hostMatchesSuffix(host, d)) ||
    scope.userDomains.some((d) => hostMatchesSuffix(host, d))
  );
}

export type DomainInputResult = { ok: true; domain: string } | { ok: false; reason: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turn what a person typed ("https://Intranet.Example.co.uk/home", "*.example.com", "example.com")
 * into a domain suffix, or say exactly what is wrong with it.
 */
export function parseDomainInput(input: string): DomainInputResult {
  let text = input.trim().toLowerCase();
  if (text.length === 0) return { ok: false, reason: 'Type a site such as intranet.example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, reason: 'That address could not be read. Type just the site, such as intranet.example.com.' };
    }
  }
  text = text.replace(/^\*\./, '').replace(/\.$/, '');
  if (/[/?#@:\s]/.test(text)) return { ok: false, reason: 'Type only the site name, without a path, port or spaces.' };
  let ascii = text;
  if (/[^\p{ASCII}]/u.test(text)) {
    try {
      ascii = new URL(`https://${text}/`).hostname;
    } catch {
      return { ok: false, reason: 'That site name has characters a web address cannot use.' };
    }
  }
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, reason: 'A site needs at least two parts, such as example.com.' };
  if (!labels.every((l) => LABEL.test(l))) {
    return {
      ok: false,
      reason: 'Each part of the name may use only letters, digits and hyphens, and not start or end with a hyphen.',
    };
  }
  if (ascii.length > 253) return { ok: false, reason: 'That site name is too long.' };
  return { ok: true, domain: ascii };
}
