// One product per rule file (src/rules/vendors/<id>.json). The zod schema is the source of truth;
// rule.schema.json (for editors) is generated from it by `npm run rules:schema`.
import { z } from 'zod';
import { CAPABILITY_IDS, CATEGORY_IDS } from '../core/taxonomy';

export const RULE_SCHEMA_VERSION = 1;

/** A lower-case DNS name of at least two labels, ASCII (punycode for IDNs), no port, no trailing dot. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * Path pattern: starts with "/", "*" matches any run of characters (including "/"), anchored at both
 * ends. "/rec/*" matches "/rec/page" and "/rec/"; "/s/fs.js" matches only that path. Compared
 * case-sensitively, as servers do.
 */
export const PathPattern = z
  .string()
  .regex(/^\/[^\s?#]*$/, 'a path pattern starts with "/" and has no spaces, "?" or "#"');

export const HostSignal = z.strictObject({
  /** Domain suffix: matches this host and any subdomain of it (on a label boundary). */
  domain: z.string().regex(HOSTNAME, 'a lower-case hostname such as "edge.fullstory.com"'),
  /** When present, only requests whose path matches one of these count. Required on shared platform hosts. */
  paths: z.array(PathPattern).min(1).optional(),
});
export type HostSignal = z.infer<typeof HostSignal>;

export const Signals = z.strictObject({
  hosts: z.array(HostSignal).default([]),
  /**
   * Page globals a MAIN-world script can see, e.g. "FS" or "pendo". Top-level names only: the page scan
   * asks whether a name exists on the window and never reads a value (a getter on a deeper path would see
   * us), so a dotted path could never match.
   */
  globals: z
    .array(
      z
        .string()
        .regex(/^[A-Za-z_$][\w$]*$/, 'a page global is one top-level name (no dots): the page scan reads no values'),
    )
    .default([]),
  /** Script URL patterns for self-hosted copies: "*" glob over host + path, lower-cased, no scheme or query. */
  script_src: z.array(z.string().regex(/^[^\s?#A-Z]+$/)).default([]),
  /** Browser extension ids (Chrome Web Store: 32 chars a-p; Firefox: email-like or {uuid}). */
  extension_ids: z.array(z.string().regex(/^(?:[a-p]{32}|[^\s@]+@[^\s@]+|\{[0-9a-fA-F-]{36}\})$/)).default([]),
});
export type Signals = z.infer<typeof Signals>;

export const Source = z.strictObject({
  url: z.url(),
  title: z.string().min(3),
  kind: z.enum(['vendor_docs', 'allow_list', 'sdk', 'store_listing', 'other']),
  /**
   * Every signal value (domain, path pattern, global, script pattern, extension id) this source shows;
   * empty for a page cited only for what the product captures (lint requires one or the other).
   */
  covers: z.array(z.string().min(1)),
  /**
   * The capabilities (from the rule's own list) that this source documents the product can capture; its
   * detail says where. Every capability a rule claims must be documented by one of its sources.
   */
  capabilities: z.array(z.enum(CAPABILITY_IDS)).optional(),
  /** When the source was read (YYYY-MM-DD), and for an SDK the package version and file. */
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  detail: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Rule = z.strictObject({
  $schema: z.string().optional(),
  schema_version: z.literal(RULE_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case, the same as the file name'),
  vendor: z.string().min(1),
  product: z.string().min(1),
  /** Other names a policy might use for this product (for matching declarations later). */
  aliases: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORY_IDS),
  capabilities: z.array(z.enum(CAPABILITY_IDS)).min(1),
  /** Whether the product can tie what it records to a named person. */
  identifies_user: z.boolean(),
  signals: Signals,
  /**
   * The vendor's own registrable domains ("hotjar.com"). A request from a work tab to any host under one
   * of them that no precise signal matched is reported as "contacted <vendor>" at low confidence. Each
   * is the registrable domain of a cited host or is itself in a source's "covers". Left out (or empty)
   * for platform telemetry and for shared platform domains (platform-domains.ts), where only the precise
   * signals count. Optional in the schema so older rule files still load; the data tests require it.
   */
  vendor_domains: z
    .array(z.string().regex(HOSTNAME, 'a lower-case registrable domain such as "hotjar.com"'))
    .optional(),
  sources: z.array(Source).min(1),
  examples: z.strictObject({
    match: z.array(z.url()).default([]),
    no_match: z.array(z.url()).default([]),
  }),
  confidence: z.enum(['high', 'medium', 'low']),
  notes: z.string().default(''),
});
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;
