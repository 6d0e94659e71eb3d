// Journey (d) of the truth suite, the plan: seven members, each in their own browser profile, each
// browsing a different part of the demo work app, some with the employer's policy imported (before or
// after browsing), exporting at mixed detail, named or anonymous; one member's file is then tampered with.
// What each page loads is known from the fixture pages themselves (tests/fixtures/sites), so the facts
// a rep's merge must state are worked out here from the plan and the rule files, never from the extension.
import type { Redaction } from '../../src/evidence/seal/redaction';
import { rule } from './truth-facts';

const CONTOSO = 'contoso.sharepoint.com';
const FABRIKAM = 'fabrikam.sharepoint.com';

/** One page of the demo work app, and the products its stand-in vendor scripts call (by rule id). */
export interface WorkPage {
  url: string;
  site: string;
  products: readonly string[];
  /** Text the page shows once its own scripts have finished sending. */
  readyText?: string;
}

export const PAGES = {
  // snippets.js, fs.js, hotjar-123456.js, pendo.js and app.js (its 1DS call).
  timesheets: {
    url: `https://${CONTOSO}/`,
    site: CONTOSO,
    products: ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'pendo'],
  },
  news: { url: `https://${CONTOSO}/sites/team/news.html`, site: CONTOSO, products: ['microsoft-clarity', 'pendo'] },
  profile: {
    url: `https://${CONTOSO}/sites/team/profile.html`,
    site: CONTOSO,
    products: ['fullstory', 'mixpanel'],
    readyText: 'Loaded',
  },
  account: {
    url: `https://${CONTOSO}/sites/team/account.html`,
    site: CONTOSO,
    products: ['heap', 'logrocket'],
    readyText: 'Loaded',
  },
  // Element ids named like monitoring globals, and no monitoring at all.
  directory: { url: `https://${CONTOSO}/sites/team/directory.html`, site: CONTOSO, products: [] },
  expenses: { url: `https://${FABRIKAM}/expenses.html`, site: FABRIKAM, products: ['hotjar', 'microsoft-clarity'] },
} as const satisfies Record<string, WorkPage>;

/** Hosts no rule knows that the front page's app.js calls: a kinds-only export must not name them. */
export const UNKNOWN_ON_TIMESHEETS = ['metrics.unknown-vendor.example', 'res.cdn.office.net'];

export interface MemberPlan {
  /** The file name the rep loads it under. */
  file: string;
  /** Named members type their name; the others export with a member code. */
  name?: string;
  redaction: Redaction;
  /** When the member imports the employer's policy, if at all. */
  policy: 'before' | 'after' | 'never';
  pages: readonly WorkPage[];
  tamper?: boolean;
}

export const MEMBERS: readonly MemberPlan[] = [
  {
    file: 'alice.json',
    name: 'Alice Example',
    redaction: 'full',
    policy: 'before',
    pages: [PAGES.news, PAGES.expenses],
  },
  { file: 'member-b.json', redaction: 'full', policy: 'never', pages: [PAGES.profile, PAGES.directory] },
  { file: 'member-c.json', redaction: 'host', policy: 'after', pages: [PAGES.news, PAGES.profile] },
  // Kinds only: the front page's products (1DS among them) reach the rep only as kinds.
  { file: 'dan.json', name: 'Dan Kinds', redaction: 'category', policy: 'before', pages: [PAGES.timesheets] },
  {
    file: 'member-e.json',
    redaction: 'category',
    policy: 'never',
    pages: [PAGES.timesheets, PAGES.expenses],
  },
  {
    file: 'fay.json',
    name: 'Fay Hosts',
    redaction: 'host',
    policy: 'before',
    pages: [PAGES.expenses, PAGES.news],
  },
  // Tampered with after export: the only member who saw LogRocket and Heap, so neither may appear.
  {
    file: 'gus.json',
    name: 'Gus Tamper',
    redaction: 'full',
    policy: 'never',
    pages: [PAGES.account, PAGES.timesheets],
    tamper: true,
  },
];

/** What one member's browsing put in front of the extension: product -> the sites it was on. */
export function seenBy(member: MemberPlan): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const page of member.pages)
    for (const id of page.products) seen.set(id, (seen.get(id) ?? new Set()).add(page.site));
  return seen;
}

/** One member's sightings, with the time window the member browsed in (filled in as the journey runs). */
export interface Browsed {
  plan: MemberPlan;
  /** Browsing started and the export was made (ms). */
  from: number;
  to: number;
  /** Hosts no rule knows that the profile's own log recorded. */
  unknownHosts: string[];
}

const DAY = 86_400_000;

/** Facts of the merge: only files that verify count; only detailed exports name products and sites. */
export function mergeFacts(browsed: readonly Browsed[]) {
  const counted = browsed.filter((b) => !b.plan.tamper);
  const detailed = counted.filter((b) => b.plan.redaction !== 'category');
  const kindsOnly = counted.filter((b) => b.plan.redaction === 'category');
  /** product|site -> members */
  const rows = new Map<string, Set<string>>();
  const productMembers = new Map<string, Set<string>>();
  const productDays = new Map<string, Set<number>>();
  for (const b of detailed)
    for (const [id, sites] of seenBy(b.plan)) {
      productMembers.set(id, (productMembers.get(id) ?? new Set()).add(b.plan.file));
      const days = productDays.get(id) ?? new Set();
      for (let d = Math.floor(b.from / DAY); d <= Math.floor(b.to / DAY); d++) days.add(d);
      productDays.set(id, days);
      for (const site of sites) {
        const key = `${id}|${site}`;
        rows.set(key, (rows.get(key) ?? new Set()).add(b.plan.file));
      }
    }
  /** category -> kinds-only members that saw something of it */
  const kinds = new Map<string, Set<string>>();
  for (const b of kindsOnly)
    for (const id of seenBy(b.plan).keys())
      kinds.set(rule(id).category, (kinds.get(rule(id).category) ?? new Set()).add(b.plan.file));
  const products = [...productMembers.keys()].sort();
  const sites = new Set([...rows.keys()].map((k) => k.split('|')[1]!));
  /** uncatalogued host -> detailed members whose pages called it */
  const unknownHosts = new Map<string, Set<string>>();
  for (const b of detailed)
    for (const host of b.unknownHosts) unknownHosts.set(host, (unknownHosts.get(host) ?? new Set()).add(b.plan.file));
  // A kinds-only export keeps that uncatalogued hosts were reached, not which: one unnamed row.
  for (const b of kindsOnly)
    if (b.unknownHosts.length > 0)
      unknownHosts.set('(not exported)', (unknownHosts.get('(not exported)') ?? new Set()).add(b.plan.file));
  return { counted, detailed, kindsOnly, rows, productMembers, productDays, kinds, products, sites, unknownHosts };
}
export type MergeFacts = ReturnType<typeof mergeFacts>;
