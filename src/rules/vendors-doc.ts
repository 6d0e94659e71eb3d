// docs/vendors.md, generated from the rule files and platform features (`npm run rules:docs`); a test
// keeps the committed file equal to what this renders, so the table never drifts from the data.
import type { PlatformFeature } from './platform-feature';
import type { Rule } from './schema';
import { CATEGORY_IDS, type CategoryId } from '../core/taxonomy';

/** Categories with fewer than five products, and why (the issue asks for five where that many exist). */
export const THIN_CATEGORIES: Partial<Record<CategoryId, string>> = {
  communication_surveillance:
    'Most communication surveillance reads mail, chat and documents on the provider side through platform APIs (Bark, Gaggle, Global Relay, archiving services), which a browser cannot see. The browser extensions among them (Lightspeed Alert, Senso, Calabrio) have store ids that only community lists or third-party code reviews show, so they are listed in docs/vendor-universe.md as checked and excluded until the vendor or a store listing shows the id.',
  dlp_insider_risk:
    "Most data-loss prevention and insider-risk products work in endpoint agents, proxies and the cloud services' own APIs, which a browser cannot see. Their browser extensions (Code42 Incydr, Cyberhaven, Forcepoint, Trellix, FortiDLP and others) have ids that, in what could be read here, only community lists and third-party code reviews show; docs/vendor-universe.md lists each as checked and excluded until the vendor's own page or store listing shows the id.",
  process_mining:
    "Every task- and process-mining product in docs/vendor-universe.md was checked, and each entry says what was read. Most record through desktop agents (UiPath, ABBYY Timeline, Soroco Scout, KYP.ai, Nintex, Blue Prism, IBM, ServiceNow) or analyse event logs on servers (SAP Signavio, Appian); the browser extensions among them (QPR TaskRecorder, Zeitworks for Chrome, TaskAdept Carina, Fullstory Workforce) are installed from the customer's own files or publish no store id we could cite. Desktop agents are outside what a browser can see.",
  productivity_scoring:
    'Most productivity scoring is computed on servers from platform data (Microsoft Adoption Score and Viva Insights, Google Work Insights, Time is Ltd., Humanyze): see the platform features below. Sapience, Enaible and Teambit publish no browser signal we could source.',
};

/** The workplace platforms the issue names, and what the browser can see of their own telemetry. */
export const PLATFORM_TELEMETRY: { platform: string; rules: string[]; note: string }[] = [
  {
    platform: 'Microsoft 365 (Teams, Outlook on the web, SharePoint, Office)',
    rules: ['microsoft-1ds-telemetry', 'microsoft-teams-telemetry'],
    note: 'The web apps report usage through the 1DS / OneCollector pipeline; Teams also through its own events host. Microsoft documents that Teams activity reports count foreground and typing activity, but not which endpoint carries it.',
  },
  {
    platform: 'Google Workspace',
    rules: ['google-workspace-telemetry', 'google-cloud-console-telemetry'],
    note: 'Client logging to play.google.com/log from Gmail, Docs, Drive and Meet.',
  },
  {
    platform: 'Slack',
    rules: [],
    note: 'The web client logs interface events to a /clog/track path on slack.com, but only third-party copies of its code show that path, so it is not a signal. Analytics, audit logs and exports are listed as platform features.',
  },
  { platform: 'Zoom', rules: ['zoom-web-telemetry'], note: 'Web client and Meeting SDK telemetry host.' },
  {
    platform: 'ServiceNow',
    rules: ['servicenow-usage-analytics'],
    note: 'Usage Insights web tracking (page-reported).',
  },
  {
    platform: 'Salesforce',
    rules: [],
    note: 'Lightning sends its instrumentation beacon to /aura with InstrumentationBeacon in the query string only; Sightline never reads query strings, so it cannot tell that beacon from ordinary Salesforce traffic. Event Monitoring and Login History are listed as platform features.',
  },
  {
    platform: 'GitHub',
    rules: [],
    note: 'github.com pages name an analytics collector and a browser-statistics endpoint in their markup, but no GitHub-published document or package shows those endpoints, so they are not signals.',
  },
  {
    platform: 'Webex',
    rules: ['webex-web-telemetry'],
    note: 'The web client and Webex JS SDK send behavioural events (such as clicks), call diagnostics and metrics, tagged with a device id, to metrics-a.wbx2.com.',
  },
  {
    platform: 'Atlassian (Jira, Confluence, Trello)',
    rules: ['atlassian-gasv3-analytics', 'trello-gasv3-analytics'],
    note: 'Pages post screen, interface and identify events with the account id to /gateway/api/gasv3/api/v1 on their own host (or as.atlassian.com, api-private.atlassian.com).',
  },
  {
    platform: 'Zendesk',
    rules: ['zendesk-web-widget-blips'],
    note: "The Web Widget (Classic) reports page views with the page address and, when set, the visitor's name and email to <subdomain>.zendesk.com/embeddable_blip and /embeddable_identify.",
  },
  {
    platform: 'Workday',
    rules: [],
    note: 'No sourced, distinct client telemetry endpoint. User Activity Logging is listed as a platform feature.',
  },
];

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function signalSummary(rule: Rule): string {
  const parts: string[] = [];
  for (const host of rule.signals.hosts)
    parts.push(
      code(
        host.paths
          ? `${host.domain}${host.paths.length === 1 ? host.paths[0] : ` ${host.paths.join(' ')}`}`
          : host.domain,
      ),
    );
  for (const name of rule.signals.globals) parts.push(`global ${code(name)}`);
  for (const pattern of rule.signals.script_src) parts.push(`script ${code(pattern)}`);
  for (const id of rule.signals.extension_ids) parts.push(`extension ${code(id)}`);
  return parts.join(', ');
}

const sourceLinks = (sources: readonly { url: string; kind: string }[]) =>
  sources.map((s, i) => `[${i + 1}](${s.url}) ${s.kind.replace('_', ' ')}`).join('; ');

export function renderVendorsDoc(
  rules: readonly Rule[],
  features: readonly PlatformFeature[],
  ruleDbVersion: string,
): string {
  const lines: string[] = [
    '# Vendors and signals',
    '',
    `Generated from \`src/rules/vendors\` and \`src/rules/platform-features\` by \`npm run rules:docs\` (rule database ${ruleDbVersion}). Do not edit by hand: a test compares this file with the data.`,
    '',
    `${rules.length} products in ${CATEGORY_IDS.filter((c) => rules.some((r) => r.category === c)).length} categories, and ${features.length} server-side platform features.`,
    '',
    '| category | products |',
    '|---|---|',
    ...CATEGORY_IDS.map((c) => `| ${c} | ${rules.filter((r) => r.category === c).length} |`),
    '',
  ];
  const thin = CATEGORY_IDS.filter((c) => rules.filter((r) => r.category === c).length < 5);
  if (thin.length > 0) {
    lines.push('## Categories with fewer than five products', '');
    for (const c of thin) lines.push(`- **${c}**: ${THIN_CATEGORIES[c] ?? 'no reason recorded.'}`);
    lines.push('');
  }
  lines.push(
    '## Workplace platforms: browser-visible telemetry',
    '',
    '| platform | rules | what the browser can see |',
    '|---|---|---|',
  );
  for (const row of PLATFORM_TELEMETRY)
    lines.push(`| ${row.platform} | ${row.rules.map(code).join(', ') || 'none'} | ${escapeCell(row.note)} |`);
  lines.push('');
  for (const category of CATEGORY_IDS) {
    const inCategory = rules
      .filter((r) => r.category === category)
      .sort((a, b) => a.product.localeCompare(b.product, 'en'));
    if (inCategory.length === 0) continue;
    lines.push(
      `## ${category}`,
      '',
      '| product | vendor | can capture | identifies you | signals | sources | confidence |',
      '|---|---|---|---|---|---|---|',
    );
    for (const rule of inCategory) {
      lines.push(
        `| ${escapeCell(rule.product)} (${code(rule.id)}) | ${escapeCell(rule.vendor)} | ${rule.capabilities.join(', ')} | ${rule.identifies_user ? 'yes' : 'no'} | ${escapeCell(signalSummary(rule))} | ${sourceLinks(rule.sources)} | ${rule.confidence} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Platform features (server-side, informational)',
    '',
    'Shown on the platform\'s tabs as "this platform offers X to your employer"; a browser cannot see whether they are switched on.',
    '',
    '| platform | feature | category | per person | shown on | sources |',
    '|---|---|---|---|---|---|',
  );
  for (const f of [...features].sort(
    (a, b) => a.platform.localeCompare(b.platform, 'en') || a.feature.localeCompare(b.feature, 'en'),
  )) {
    lines.push(
      `| ${escapeCell(f.platform)} | ${escapeCell(f.feature)} (${code(f.id)}) | ${f.category} | ${f.per_person ? 'yes' : 'groups only'} | ${f.shown_on.map(code).join(', ')} | ${sourceLinks(f.sources)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
