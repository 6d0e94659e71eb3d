// Who sent a runtime message, read from what the browser says about the sender (runtime.MessageSender
// as plain data), so the receiver can hold each message to the sender the contract names. The browser
// fills these fields in, not the sender: a page cannot claim to be an extension page.

/**
 * - extension-page: a top-level page of this extension (options, popup, rep view).
 * - extension-frame: a page of this extension inside a frame (of another page, possibly a web page's).
 * - content: this extension's code running in a web page (a content script; Sightline declares none).
 * - other-extension: another extension's id.
 * - web-page: no extension id at all (a web page through externally_connectable, which Sightline lacks).
 */
export type SenderKind = 'extension-page' | 'extension-frame' | 'content' | 'other-extension' | 'web-page';

export interface SenderFacts {
  id?: string;
  url?: string;
  frameId?: number;
}

export interface OwnExtension {
  id: string;
  /** runtime.getURL(''): every page of this extension starts with it. */
  pageBase: string;
}

export function senderKind(sender: SenderFacts, self: OwnExtension): SenderKind {
  if (typeof sender.id !== 'string' || sender.id === '') return 'web-page';
  if (sender.id !== self.id) return 'other-extension';
  if (typeof sender.url !== 'string' || self.pageBase === '' || !sender.url.startsWith(self.pageBase)) return 'content';
  return sender.frameId ? 'extension-frame' : 'extension-page';
}
