// Sending and answering runtime messages by the contract in messages.ts. The receiver is the one place
// that holds each message to its route: a message addressed to another context is left for it; one from
// a sender the contract does not name (another extension, a web page, a content context, an extension
// page in a frame) is refused; then the payload's size and shape are checked. Only then does a handler
// run, so no handler checks its sender. The sender checks its own direction and the answer's shape.
//
// The runtime is a parameter (browser-messaging.ts passes browser.runtime) so tests can hand in a fake.
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { isEnvelope, makeEnvelope, MAX_MESSAGE_CHARS, payloadSize } from '../core/envelope';
import { senderKind, type OwnExtension, type SenderKind } from '../core/sender-kind';
import {
  Messages,
  type MessageName,
  type MessageRequest,
  type MessageResponse,
  type MessagesFrom,
  type MessagesTo,
  type Receiver,
} from './messages';

/** What the receiver needs of runtime: its own identity and somewhere to listen. */
export interface ReceivingRuntime {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: MessageListener): void };
}

export interface SendingRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** undefined: not this receiver's message (another listener may answer it). */
export type MessageListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

export type Handlers<R extends Receiver> = {
  [N in MessagesTo<R>]: (payload: MessageRequest<N>, sender: Runtime.MessageSender) => Promise<MessageResponse<N>>;
};

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function sizeProblem(name: MessageName, payload: unknown): string | null {
  const size = payloadSize(payload);
  if (size === null) return `"${name}" payload is not plain data`;
  if (size > MAX_MESSAGE_CHARS)
    return `"${name}" payload is too large: ${size} characters, at most ${MAX_MESSAGE_CHARS}`;
  return null;
}

/** The listener a context registers: refusals are rejected promises, which the sender receives as errors. */
export function messageListener<R extends Receiver>(self: OwnExtension, at: R, handlers: Handlers<R>): MessageListener {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const { name } = message;
    const route = Messages[name];
    if (route.to !== at) return undefined;
    const kind = senderKind(sender, self);
    if (kind !== route.from)
      return Promise.reject(new Error(`refused "${name}": it is accepted only from ${route.from}, not from ${kind}`));
    const tooBig = sizeProblem(name, message.payload);
    if (tooBig) return Promise.reject(new Error(`refused ${tooBig}`));
    const payload = route.request.safeParse(message.payload);
    if (!payload.success) return Promise.reject(new Error(`invalid "${name}" request: ${firstIssue(payload.error)}`));
    if (!Object.hasOwn(handlers, name)) return Promise.reject(new Error(`no handler for "${name}"`));
    const handler = (handlers as Record<string, (p: unknown, s: Runtime.MessageSender) => Promise<unknown>>)[name]!;
    return handler(payload.data, sender);
  };
}

export function handleMessagesOn<R extends Receiver>(runtime: ReceivingRuntime, at: R, handlers: Handlers<R>): void {
  runtime.onMessage.addListener(messageListener({ id: runtime.id, pageBase: runtime.getURL('') }, at, handlers));
}

/**
 * Send `name` from a context of kind `from`; resolves to the answer, checked against the contract. A
 * message the contract routes from another kind of sender, an oversized payload, a refusal and a
 * malformed answer are each an Error saying which.
 */
export async function sendMessageOn<S extends SenderKind, N extends MessagesFrom<S>>(
  runtime: SendingRuntime,
  from: S,
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const route = Messages[name];
  if (route.from !== from) throw new Error(`"${name}" is sent only from ${route.from}, not from ${from}`);
  const tooBig = sizeProblem(name, payload);
  if (tooBig) throw new Error(`not sent: ${tooBig}`);
  const response: unknown = await runtime.sendMessage(makeEnvelope(name, payload));
  const parsed = route.response.safeParse(response);
  if (!parsed.success) throw new Error(`malformed answer to "${name}": ${firstIssue(parsed.error)}`);
  return parsed.data as MessageResponse<N>;
}
