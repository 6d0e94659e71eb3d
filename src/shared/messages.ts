// The one message contract between contexts. Every payload is parsed with zod at the receiver;
// messages from content scripts are untrusted (a page can influence what they see) and size-limited.
import { z } from 'zod';
import { BROWSER_API_IDS } from './browser-apis';
import { ExtensionFinding } from '../extensions/check-extensions';
import { InstalledExtension } from '../extensions/installed-extension';

const UrlString = z.string().max(2048);
/** About 400 pages of text: more than any monitoring policy, small enough to handle at once. */
export const MAX_POLICY_TEXT = 1_000_000;

export const Messages = {
  /**
   * content -> background: what the page loaded (script srcs, resource timing, for backfill) and which
   * rule-named globals the page defines (reported from the MAIN world, so page-reported).
   */
  'page-scan': {
    request: z.strictObject({
      scripts: z.array(UrlString).max(500),
      resources: z.array(UrlString).max(1000),
      globals: z.array(z.string().max(100)).max(200),
      /** Browser API uses the MAIN-world hooks noticed (in-scope sites only), with the calling script. */
      apis: z.array(z.strictObject({ api: z.enum(BROWSER_API_IDS), caller: UrlString, count: z.number().int().min(1).max(10_000) })).max(50).default([]),
    }),
    response: z.strictObject({ accepted: z.boolean() }),
  },
  /**
   * options page -> background: write pending tallies into the log (before an export or a report);
   * `renewSalts` when the result is an export file, so later records are sealed with new salts.
   */
  'flush-evidence': {
    request: z.strictObject({ renewSalts: z.boolean().optional() }),
    response: z.strictObject({ written: z.number().int().nonnegative() }),
  },
  /** options page -> background: delete the whole log (a checkpoint records that it happened). */
  'clear-evidence': {
    request: z.strictObject({}),
    response: z.strictObject({ removed: z.number().int().nonnegative() }),
  },
  /**
   * options page -> background, after the person granted the optional `management` permission: what
   * management.getAll() returned (the page reads it: see options/read-installed-extensions.ts), to be
   * checked against the rule index; the answer is the extensions to know about (policy-installed,
   * sideloaded, or known monitoring products).
   */
  'check-extensions': {
    request: z.strictObject({ installed: z.array(InstalledExtension).max(1000) }),
    response: z.strictObject({ granted: z.boolean(), extensions: z.array(ExtensionFinding).max(1000) }),
  },
  /** options page -> background: the same, read again at that moment, checked and appended to the log. */
  'record-extensions': {
    request: z.strictObject({ installed: z.array(InstalledExtension).max(1000) }),
    response: z.strictObject({ granted: z.boolean(), recorded: z.number().int().nonnegative() }),
  },
  /**
   * popup -> content (tabs.sendMessage), only when the person presses "this tab is my employer's
   * policy": the page's visible text, to suggest declared items from. Nothing else ever reads page text.
   */
  'extract-policy-text': {
    request: z.strictObject({}),
    response: z.strictObject({ url: z.string().max(8192), title: z.string().max(1000), text: z.string().max(MAX_POLICY_TEXT) }),
  },
} as const;

export type MessageName = keyof typeof Messages;
export type MessageRequest<N extends MessageName> = z.infer<(typeof Messages)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof Messages)[N]['response']>;

export const Envelope = z.strictObject({
  sightline: z.literal(1),
  name: z.enum(Object.keys(Messages) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
