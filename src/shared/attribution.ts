// Whose request is it? webRequest names the tab, but while a tab navigates from one site to another the
// leaving page's timers and pagehide beacons still run, under the same tab id. Attributing by tab would
// log a personal page's traffic (or findings a hostile page plants on purpose) under the work site the
// tab is moving to. So a request counts for the tab's site only when the browser says the document that
// made it belongs to that site:
// - Chromium: a request from the top frame must have been initiated by the site's origin; a request from
//   a frame must come from a frame whose parent document was already accepted for this tab (documentId /
//   parentDocumentId); documents being unloaded, prerendered or in the back/forward cache never count.
// - Firefox: the top-level document (documentUrl for the top frame, else the last frameAncestor) must be
//   on the site.
// Pure: the caller keeps the accepted document ids per tab (background/tab-documents.ts).
import { splitUrl } from '../core/url';

export interface RequestSource {
  frameId: number;
  /** Chromium: the origin of the document that made the request. */
  initiator?: string;
  documentId?: string;
  parentDocumentId?: string;
  documentLifecycle?: string;
  /** Firefox: the URL of the document the request is for, and the frames above it (top last). */
  documentUrl?: string;
  frameAncestors?: readonly { url: string }[];
}

const hostOf = (url: string | undefined): string | undefined => splitUrl(url)?.host;

export function belongsToSite(request: RequestSource, site: string, acceptedDocuments: ReadonlySet<string>): boolean {
  const lifecycle = request.documentLifecycle;
  if (lifecycle !== undefined && lifecycle !== 'active') return false;
  if (request.documentUrl !== undefined || request.frameAncestors !== undefined) {
    const top = request.frameId === 0 ? request.documentUrl : request.frameAncestors?.at(-1)?.url;
    return hostOf(top) === site;
  }
  if (request.frameId === 0) return hostOf(request.initiator) === site;
  return request.parentDocumentId !== undefined && acceptedDocuments.has(request.parentDocumentId);
}
