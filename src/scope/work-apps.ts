// The built-in work domains grouped by the product a person knows them as, so the welcome and options
// pages can offer "Microsoft 365" or "Slack" as a choice instead of 48 bare domains. Every domain of
// BUILT_IN_WORK_DOMAINS belongs to exactly one app (work-apps.test.ts checks it), so a domain added to
// the list without an app fails a test rather than silently escaping the person's choice.

export interface WorkApp {
  /** Stable id, stored in the settings (never a display string). */
  id: string;
  /** Product name as the vendor writes it. */
  name: string;
  domains: readonly string[];
}

export const WORK_APPS: readonly WorkApp[] = [
  {
    id: 'microsoft-365',
    name: 'Microsoft 365',
    domains: [
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
    ],
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    domains: [
      'mail.google.com',
      'docs.google.com',
      'drive.google.com',
      'calendar.google.com',
      'meet.google.com',
      'chat.google.com',
      'sites.google.com',
      'admin.google.com',
    ],
  },
  { id: 'slack', name: 'Slack', domains: ['slack.com'] },
  { id: 'zoom', name: 'Zoom', domains: ['zoom.us', 'zoom.com'] },
  { id: 'webex', name: 'Webex', domains: ['webex.com'] },
  { id: 'salesforce', name: 'Salesforce', domains: ['salesforce.com', 'force.com', 'lightning.force.com'] },
  { id: 'workday', name: 'Workday', domains: ['workday.com', 'myworkday.com'] },
  { id: 'servicenow', name: 'ServiceNow', domains: ['service-now.com', 'servicenowservices.com'] },
  { id: 'atlassian', name: 'Atlassian (Jira, Confluence)', domains: ['atlassian.net', 'atlassian.com'] },
  {
    id: 'sap-successfactors',
    name: 'SAP SuccessFactors',
    domains: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'],
  },
  { id: 'bamboohr', name: 'BambooHR', domains: ['bamboohr.com'] },
  { id: 'personio', name: 'Personio', domains: ['personio.de'] },
  { id: 'hibob', name: 'HiBob', domains: ['hibob.com'] },
  { id: 'zendesk', name: 'Zendesk', domains: ['zendesk.com'] },
  { id: 'freshdesk', name: 'Freshdesk', domains: ['freshdesk.com'] },
  { id: 'monday', name: 'monday.com', domains: ['monday.com'] },
  { id: 'asana', name: 'Asana', domains: ['asana.com'] },
  { id: 'notion', name: 'Notion', domains: ['notion.so'] },
  { id: 'miro', name: 'Miro', domains: ['miro.com'] },
  { id: 'box', name: 'Box', domains: ['box.com'] },
  { id: 'dropbox', name: 'Dropbox', domains: ['dropbox.com'] },
  { id: 'hubspot', name: 'HubSpot', domains: ['hubspot.com'] },
  { id: 'adp', name: 'ADP', domains: ['adp.com'] },
  { id: 'ukg', name: 'UKG', domains: ['ukg.com'] },
  { id: 'deel', name: 'Deel', domains: ['deel.com'] },
];

/**
 * The built-in domains in scope for a choice of apps. No choice yet (`undefined`: settings from before
 * the choice existed, or a person who never made one) keeps every built-in app, as 0.1 did; ids this
 * version does not know (settings written by a later version) are ignored.
 */
export function chosenWorkDomains(workApps: readonly string[] | undefined): readonly string[] {
  if (workApps === undefined) return WORK_APPS.flatMap((app) => app.domains);
  const chosen = new Set(workApps);
  return WORK_APPS.filter((app) => chosen.has(app.id)).flatMap((app) => app.domains);
}
