// The message contract bound to this browser's runtime: extension pages send with sendMessage, the
// background answers with handleMessages. The rules themselves are in messaging.ts.
import browser from 'webextension-polyfill';
import type { MessageRequest, MessageResponse, MessagesFrom } from './messages';
import { handleMessagesOn, sendMessageOn, type Handlers } from './messaging';

/** From an extension page (options, popup, rep view) to the background. */
export function sendMessage<N extends MessagesFrom<'extension-page'>>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  return sendMessageOn(browser.runtime, 'extension-page', name, payload);
}

/** In the background: answer every message addressed to it (a missing handler is a compile error). */
export function handleMessages(handlers: Handlers<'background'>): void {
  handleMessagesOn(browser.runtime as Parameters<typeof handleMessagesOn>[0], 'background', handlers);
}
