// send/handle over runtime messaging. The receiver checks the sender is this extension, parses the
// envelope and the payload, and only then calls the handler. The handler map must cover every message.
import browser, { type Runtime } from 'webextension-polyfill';
import { Envelope, Messages, type MessageName, type MessageRequest, type MessageResponse } from './messages';

/** Messages the background handles: all of them. */
type BackgroundMessage = MessageName;

export type Handlers = {
  [N in BackgroundMessage]: (payload: MessageRequest<N>, sender: Runtime.MessageSender) => Promise<MessageResponse<N>>;
};

export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const response: unknown = await browser.runtime.sendMessage({ sightline: 1, name, payload });
  return Messages[name].response.parse(response) as MessageResponse<N>;
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const name = envelope.data.name;
    if (!Object.hasOwn(handlers, name)) return undefined;
    const payload = Messages[name].request.safeParse(envelope.data.payload);
    if (!payload.success)
      return Promise.reject(new Error(`invalid "${name}" message: ${payload.error.issues[0]?.message}`));
    const handler = handlers[name as BackgroundMessage] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return handler(payload.data, sender);
  });
}
