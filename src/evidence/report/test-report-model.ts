// Builders for report tests: a realistic merged ReportModel (five products, a fortnight with gaps, one
// broken bundle, two browser extensions), its one-member variant, and an empty one.
import type { ReportExtension, ReportModel, ReportProduct } from './report-model';

export function reportProduct(overrides: Partial<ReportProduct> = {}): ReportProduct {
  return {
    product: 'Fullstory',
    vendor: 'FullStory, Inc.',
    category: 'session_recording',
    capabilities: ['clicks', 'mouse_movement', 'typed_text', 'page_content', 'identity'],
    sites: ['contoso.sharepoint.com', 'contoso.my.salesforce.com'],
    count: 412,
    first: '2026-11-02T08:14:00.000Z',
    last: '2026-11-13T16:40:00.000Z',
    status: 'undeclared',
    members: 9,
    ...overrides,
  };
}

const PRODUCTS: ReportProduct[] = [
  reportProduct(),
  reportProduct({
    product: 'Pendo',
    vendor: 'Pendo.io',
    category: 'digital_adoption',
    capabilities: ['clicks', 'urls_visited', 'identity'],
    sites: ['contoso.service-now.com'],
    count: 233,
    first: '2026-11-03T09:01:00.000Z',
    last: '2026-11-12T15:22:00.000Z',
    members: 6,
  }),
  reportProduct({
    product: 'WalkMe',
    vendor: 'WalkMe Ltd.',
    category: 'digital_adoption',
    capabilities: ['clicks', 'urls_visited', 'identity'],
    sites: ['wd5.myworkday.com'],
    count: 97,
    first: '2026-11-04T10:00:00.000Z',
    last: '2026-11-13T11:30:00.000Z',
    status: 'category',
    members: 4,
  }),
  reportProduct({
    product: 'Microsoft 365 telemetry',
    vendor: 'Microsoft',
    category: 'platform_telemetry',
    capabilities: ['active_idle_time', 'identity'],
    sites: ['contoso.sharepoint.com', 'outlook.office.com'],
    count: 1508,
    first: '2026-11-02T08:00:00.000Z',
    last: '2026-11-15T17:55:00.000Z',
    status: 'product',
    members: 12,
  }),
  reportProduct({
    product: 'Microsoft Purview DLP',
    vendor: 'Microsoft',
    category: 'dlp_insider_risk',
    capabilities: ['files', 'clipboard', 'identity'],
    sites: ['outlook.office.com'],
    count: 12,
    first: '2026-11-10T13:00:00.000Z',
    last: '2026-11-10T13:20:00.000Z',
    status: 'undeclared',
    members: 2,
  }),
];

export function reportExtension(overrides: Partial<ReportExtension> = {}): ReportExtension {
  return {
    id: 'hocmnkicolediddeajhaafdnnhciihlo',
    name: 'Stand-in Workforce Monitor',
    version: '1.0.0',
    installType: 'admin',
    enabled: true,
    riskyPermissions: ['cookies', 'history', 'tabs', 'webRequest'],
    hostPermissions: ['<all_urls>'],
    moreHosts: 0,
    count: 3,
    first: '2026-11-04T09:00:00.000Z',
    last: '2026-11-12T09:00:00.000Z',
    members: 7,
    ...overrides,
  };
}

const EXTENSIONS: ReportExtension[] = [
  reportExtension({
    id: 'pajkjnmeojmbapicmbpliphjmcekeaac',
    name: 'Cyberhaven security extension V3',
    version: '24.10.5',
    product: 'Cyberhaven Data Detection and Response (browser extension)',
    category: 'dlp_insider_risk',
    riskyPermissions: ['cookies', 'nativeMessaging', 'webRequest'],
    hostPermissions: ['https://*.contoso.example/*', 'https://contoso.sharepoint.com/*'],
    members: 5,
  }),
  reportExtension(),
];

/** Per-day counts, 2 to 15 Nov 2026, with no observations on the weekend of 7–8 Nov. */
const TIMELINE: ReportModel['timeline'] = [
  ['2026-11-02', 210, 60],
  ['2026-11-03', 188, 71],
  ['2026-11-04', 176, 55],
  ['2026-11-05', 240, 90],
  ['2026-11-06', 121, 40],
  ['2026-11-09', 199, 64],
  ['2026-11-10', 230, 88],
  ['2026-11-11', 150, 41],
  ['2026-11-12', 171, 52],
  ['2026-11-13', 142, 51],
  ['2026-11-14', 20, 0],
  ['2026-11-15', 15, 0],
].map(([day, count, undeclared]) => ({ day: day as string, count: count as number, undeclared: undeclared as number }));

/** A rep's merged view of twelve members' exports. */
export function reportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    title: 'Monitoring at Contoso Ltd: evidence from members',
    generatedAt: '2026-11-16T09:30:00.000Z',
    scope: 'merged',
    members: 12,
    integrity: [
      ...Array.from({ length: 11 }, (_, i) => ({ label: `Member export ${i + 1}`, status: 'intact' as const })),
      { label: 'Member export 12', status: 'broken' as const, detail: 'entry 37 does not match the hash of entry 36' },
    ],
    ruleDbVersions: ['2026.11.22'],
    extensionVersions: ['0.1.0'],
    declaration: {
      label: 'Contoso IT Acceptable Use and Monitoring Policy v3 (Sep 2026)',
      url: 'https://intranet.contoso.example/policies/monitoring-v3.pdf',
    },
    range: { from: '2026-11-02T08:00:00.000Z', to: '2026-11-15T17:55:00.000Z' },
    products: PRODUCTS.map((p) => ({ ...p })),
    declaredNotSeen: ['Employee-monitoring software (category)', 'Microsoft Viva Insights'],
    timeline: TIMELINE.map((d) => ({ ...d })),
    unknownThirdParties: [
      { host: 'collect.tracker-unknown.example', sites: ['contoso.sharepoint.com'], count: 44 },
      { host: 'cdn.widgets.example', sites: ['contoso.service-now.com', 'wd5.myworkday.com'], count: 18 },
    ],
    redaction: 'host',
    extensions: EXTENSIONS.map((e) => ({ ...e })),
    ...overrides,
  };
}

/** One member's own log: no member counts, one integrity line. */
export function memberReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const merged = reportModel();
  return reportModel({
    title: 'My monitoring record',
    scope: 'member',
    members: undefined,
    integrity: [{ label: 'This evidence log', status: 'intact' }],
    products: merged.products.map(({ members: _members, ...p }) => p),
    extensions: merged.extensions?.map(({ members: _members, ...e }) => e),
    ...overrides,
  });
}

/** Nothing recorded at all. */
export function emptyReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return reportModel({
    title: 'My monitoring record',
    scope: 'member',
    members: undefined,
    integrity: [{ label: 'This evidence log', status: 'intact' }],
    declaration: undefined,
    range: null,
    products: [],
    declaredNotSeen: [],
    timeline: [],
    unknownThirdParties: [],
    extensions: [],
    ...overrides,
  });
}
