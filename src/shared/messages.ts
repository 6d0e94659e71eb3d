// The one message contract between contexts. Every payload is parsed with zod at the receiver. Only the
// extension's own pages send messages: Sightline runs no content script a page could talk to (what it
// reads from pages comes back through scripting.executeScript, see background/page-scans.ts).
import { z } from 'zod';
import { ExtensionFinding } from '../extensions/check-extensions';
import { InstalledExtension } from '../extensions/installed-extension';

export const Messages = {
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
} as const;

export type MessageName = keyof typeof Messages;
export type MessageRequest<N extends MessageName> = z.infer<(typeof Messages)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof Messages)[N]['response']>;

export const Envelope = z.strictObject({
  sightline: z.literal(1),
  name: z.enum(Object.keys(Messages) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
