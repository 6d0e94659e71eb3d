// Schemas for what extension pages read from storage on every popup open. Written with zod/mini, the
// tree-shakable build of zod, because the popup must render fast and these are all it parses.
import { z } from 'zod/mini';
import { count, ownRecord } from '../core/zod-records';
import { PolicyComparison } from '../policy/comparison-schema';
import { SITE_ACCESS_IDS } from './site-access';

export { PolicyComparison };

const seen = { count, first: z.number(), last: z.number() };

export const SignalSeen = z.object({
  kind: z.enum(['host', 'vendor_domain', 'global', 'script_src', 'extension_id']),
  /** The rule's signal that matched: "rs.fullstory.com", "app.pendo.io/data/*", "window.pendo". */
  value: z.string(),
  /** Redacted evidence: URL without query or fragment, or the global's name. */
  evidence: z.string(),
  source: z.enum(['network', 'page', 'page_timing', 'browser']),
  ...seen,
  /** Requests that completed / failed (network signals only): whether the data went out. */
  completed: z._default(count, 0),
  failed: z._default(count, 0),
});
export type SignalSeen = z.infer<typeof SignalSeen>;

export const Finding = z.object({
  ruleId: z.string(),
  ...seen,
  signals: z.array(SignalSeen),
  /** How the product was sent who the worker is, as "email:sha256" (kind:form); never the identifier. */
  identifiedBy: z.optional(z.array(z.string())),
  /** Page loads of the site in this tab on which the product was seen (the unit the popup counts in). */
  pageLoads: z.optional(count),
  /** The tab's page-load number (TabReport.pageLoads) the product was last seen on. */
  lastLoad: z.optional(count),
});
export type Finding = z.infer<typeof Finding>;

/** One browser API the page used (page-reported), with the scripts that called it. */
/**
 * What the site may use beyond the page (src/shared/site-access.ts): permissions the person granted it,
 * read after each page load, and what the browser says it is capturing now (Firefox only).
 */
export const SiteAccess = z.object({
  granted: z.array(z.enum(SITE_ACCESS_IDS)),
  /** Absent where the browser cannot tell (Chromium). */
  live: z.optional(z.array(z.enum(SITE_ACCESS_IDS))),
  /** When the permissions were last read. */
  at: z.number(),
});
export type SiteAccess = z.infer<typeof SiteAccess>;

/**
 * Firefox only: what the certificate chain of the tab's last HTTPS page load says (src/tls/classify.ts).
 * Absent until a page of this site loads over HTTPS in a browser that can tell (Chromium never can).
 */
export const TlsCheck = z.object({
  verdict: z.enum(['product', 'private_root', 'ordinary']),
  /** The inspection product and its vendor (verdict "product"). */
  product: z.optional(z.string()),
  vendor: z.optional(z.string()),
  /** The certificate authority named: the product's issuer, or the root the browser does not ship. */
  authority: z.optional(z.string()),
  /** When the page's certificate chain was read. */
  at: z.number(),
});
export type TlsCheck = z.infer<typeof TlsCheck>;

export const TabReport = z.object({
  version: z.literal(1),
  /** Host of the tab's top-level page. */
  site: z.string(),
  startedAt: z.number(),
  findings: ownRecord(Finding),
  unknownThirdParties: ownRecord(z.object(seen)),
  policy: z.optional(PolicyComparison),
  access: z.optional(SiteAccess),
  tls: z.optional(TlsCheck),
  /** Requests to unknown hosts past the listed cap (tab-report.ts, MAX_UNKNOWN_HOSTS). */
  unlistedUnknownRequests: z.optional(z.number()),
  /** Top-level page loads of the site in this tab since the report started. */
  pageLoads: z.optional(count),
  /** The newest buffered observation folded in (background/kept-observations.ts). */
  written: z.optional(z.number()),
});
export type TabReport = z.infer<typeof TabReport>;
