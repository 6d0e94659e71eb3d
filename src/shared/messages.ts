// The one message contract between contexts. Each message names its route: who may send it (`from`, a
// sender kind the receiver reads from the browser's own account of the sender, see core/sender-kind.ts)
// and which context answers it (`to`). shared/messaging.ts enforces both before any handler runs and
// parses every payload with zod. Only the extension's own pages send messages: Sightline runs no
// content script a page could talk to (what it reads from pages comes back through
// scripting.executeScript, see background/page-scans.ts and core/page-limits.ts).
import { z } from 'zod';
import type { MessageName } from '../core/envelope';
import type { SenderKind } from '../core/sender-kind';
import { ExtensionFinding } from '../extensions/check-extensions';
import { InstalledExtension } from '../extensions/installed-extension';
import { ReportInput } from '../evidence/log/worker-report';

export type { MessageName } from '../core/envelope';

/** The contexts that answer messages. Only the background does today. */
export type Receiver = 'background' | 'extension-page';

export interface Route {
  from: SenderKind;
  to: Receiver;
  request: z.ZodType;
  response: z.ZodType;
}

const fromPagesToBackground = { from: 'extension-page', to: 'background' } as const;

export const Messages = {
  /**
   * options page -> background: write pending tallies into the log (before an export or a report);
   * `renewSalts` when the result is an export file, so later records are sealed with new salts.
   */
  'flush-evidence': {
    ...fromPagesToBackground,
    request: z.strictObject({ renewSalts: z.boolean().optional() }),
    response: z.strictObject({ written: z.number().int().nonnegative() }),
  },
  /** options page -> background: delete the whole log (a checkpoint records that it happened). */
  'clear-evidence': {
    ...fromPagesToBackground,
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
    ...fromPagesToBackground,
    request: z.strictObject({ installed: z.array(InstalledExtension).max(1000) }),
    response: z.strictObject({ granted: z.boolean(), extensions: z.array(ExtensionFinding).max(1000) }),
  },
  /** options page -> background: the same, read again at that moment, checked and appended to the log. */
  'record-extensions': {
    ...fromPagesToBackground,
    request: z.strictObject({ installed: z.array(InstalledExtension).max(1000) }),
    response: z.strictObject({ granted: z.boolean(), recorded: z.number().int().nonnegative() }),
  },
  /**
   * options page -> background: seal what the worker saw or was told (evidence/log/worker-report.ts)
   * into the log, as a worker report; the answer is its place in the chain.
   */
  'record-worker-report': {
    ...fromPagesToBackground,
    request: ReportInput,
    response: z.strictObject({ seq: z.number().int().positive() }),
  },
} as const satisfies Record<MessageName, Route>;

export type MessageRequest<N extends MessageName> = z.infer<(typeof Messages)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof Messages)[N]['response']>;
/** The messages a context answers. */
export type MessagesTo<R extends Receiver> = {
  [N in MessageName]: (typeof Messages)[N]['to'] extends R ? N : never;
}[MessageName];
/** The messages a kind of sender may send. */
export type MessagesFrom<S extends SenderKind> = {
  [N in MessageName]: (typeof Messages)[N]['from'] extends S ? N : never;
}[MessageName];
