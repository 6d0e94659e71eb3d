// The view-model a printable report is made from: built from one member's export bundle or from a rep's
// merged view, so the HTML renderer (report-html.ts) knows nothing of either format.
import type { KindPicture } from '../../policy/kind-picture';
import type { CategoryId } from '../../core/taxonomy';
import type { DeclaredStatus } from '../../policy/declared-status';
import type { Citation } from '../../rules/catalog';

export interface ReportProduct {
  product: string;
  vendor?: string;
  category: CategoryId;
  /** Capability ids (src/core/taxonomy.ts CAPABILITY_IDS); rendered in plain words. */
  capabilities: string[];
  /** The public sources the rule cites, each with the capabilities it documents (absent for unknown rules). */
  citations?: Citation[];
  sites: string[];
  /** Observations in all: said only in "why flagged"; the report's unit is days. */
  count: number;
  /** Distinct UTC days with a record of it (absent in models made before days were counted). */
  days?: number;
  /** Page loads it was seen on, over all members (absent or 0 where the logs recorded none). */
  visits?: number;
  /** Observations per UTC day, so a version that withholds rows can recompute the timeline from what it keeps. */
  dayCounts?: Record<string, number>;
  /** ISO date-times. */
  first: string;
  last: string;
  status: DeclaredStatus;
  /** What the logs recorded when it was seen, when that differs from today's status (status). */
  recordedStatus?: DeclaredStatus;
  /** Merged view: how many members saw it. */
  members?: number;
  /**
   * Every record of it is what pages reported about themselves (globals, script lists, timing lists),
   * never seen by the browser itself: a page could have invented it, so it is labelled and counted apart.
   */
  pageOnly?: boolean;
  /** Merged view: how many of the members who saw it are browser captures (absent when none). */
  fromCapture?: number;
}

/** A browser extension recorded by the employer-extensions check, as the browser described it. */
export interface ReportExtension {
  id: string;
  name: string;
  version: string;
  /** management.ExtensionInfo installType: "admin" is installed by the employer's policy. */
  installType: string;
  enabled: boolean;
  /** When the rule database knows the extension id. */
  product?: string;
  category?: CategoryId;
  /** Risky API permissions and host patterns as the browser reported them; explained when rendered. */
  riskyPermissions: string[];
  hostPermissions: string[];
  /** Host patterns the entry had no room to list. */
  moreHosts: number;
  /** Times recorded (each check the person added to the log counts once). */
  count: number;
  /** ISO date-times. */
  first: string;
  last: string;
  /** Merged view: how many members' browsers had it. */
  members?: number;
}

export interface ReportModel {
  title: string;
  /** Declared, observed and reported per kind (kind-picture.ts); its "not declared" part leads the report. */
  kindPicture?: KindPicture;
  /** ISO date-time. */
  generatedAt: string;
  /** The IANA time zone the report's "generated" time is shown in (the person's own); UTC when absent. */
  timeZone?: string;
  scope: 'member' | 'merged';
  /** Merged view: number of member bundles. */
  members?: number;
  /** One line per bundle (merged) or one line (member): whether its hash chain verified. */
  integrity: { label: string; status: 'intact' | 'broken'; detail?: string }[];
  ruleDbVersions: string[];
  extensionVersions: string[];
  declaration?: { label: string; url?: string };
  /** ISO dates of the first and last observation, or null when there is none. */
  range: { from: string; to: string } | null;
  products: ReportProduct[];
  /** Declared items no finding matched (labels); absent when the report was made without the declaration's items. */
  declaredNotSeen?: string[];
  /** Merged view: how many of the members are named in their exports (the rest gave a member code). */
  namedMembers?: number;
  /** Monitoring products seen each UTC day (each product once a day), and how many of them were undeclared. */
  timeline: { day: string; count: number; undeclared: number }[];
  /** Merged view: the rep view's two pictures (merge/rep-charts-model.ts), so print and screen agree. */
  repCharts?: {
    members: number;
    perProduct: { key: string; label: string; value: number }[];
    perSite: { key: string; label: string; value: number }[];
  };
  /** `members`: how many members' exports name the host (a merge), so a rare one can be withheld. */
  unknownThirdParties: { host: string; sites: string[]; count: number; members?: number }[];
  /** Extensions found in the browser (absent in models made before the check existed). */
  extensions?: ReportExtension[];
  /** What the exports were allowed to show: full URL paths, hosts only, or categories only (the least detailed). */
  redaction: 'full' | 'host' | 'category';
  /** How many members' exports gave each level of detail. */
  detailLevels?: { full: number; host: number; category: number };
  /** Kinds of monitoring from kinds-only exports: counted in kinds and members, never as products or sites. */
  kindsOnly?: { category: CategoryId; members: number }[];
  /** Whether statuses were decided against the declarations that apply today (else as the logs recorded them). */
  statusNow?: boolean;
  /** Products that were sent the worker's identity, in which forms ("email:sha256"), and by how many members. */
  identity?: { product: string; forms: string[]; members: number }[];
  /** Promises of today's policy that what was seen goes against (policy/contradictions.ts); absent without one. */
  contradictions?: {
    quote: string;
    by: 'product' | 'category' | 'capability';
    subject: string;
    products: string[];
    pageOnlyProducts: string[];
    /** For a capability promise: the addresses of the sources that document the products capture it. */
    sources?: string[];
  }[];
  /** ICO transparency points (policy/transparency.ts) the applicable declaration answers for none of its items. */
  transparencyGaps?: string[];
  /** A version for management (report-audience.ts): nobody named, rows seen by too few members withheld. */
  audience?: {
    kind: 'management';
    minMembers: number;
    withheldProducts: number;
    withheldKinds: number;
    withheldExtensions: number;
    /** Unknown third-party hosts seen by too few members: a rare host can name a member's personal tool. */
    withheldHosts?: number;
  };
  /** A rep's merge: exactly which files the figures come from, which were left out, and what merged them. */
  files?: MergeProvenance;
}

/** What a merged report or CSV states about its inputs, so a second rep can check it (issue 16). */
export interface MergeProvenance {
  /** Files whose records are in the figures: each content once, under every name it was loaded as. */
  merged: { names: string[]; sha256: string; member: string; exportId: string; records: number; signer: string }[];
  /** Files kept out of every figure, and why (with the first broken entry when there is one). */
  leftOut: { names: string[]; sha256: string | null; reason: string }[];
  /** Two or more different files under one export id, and which of them count. */
  conflicts: string[];
  /** The Sightline and rule database that merged them (products are named and grouped by its rules). */
  reader: { extensionVersion: string; ruleDbVersion: string };
  /** SHA-256 of the merged files' digests, sorted, one per line: one value two reps can compare. */
  inputDigest: string;
}
