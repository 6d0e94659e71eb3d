// The documents accepted as each tab's work site (Chromium documentIds; see shared/attribution.ts), so a
// frame's requests can be traced to an accepted parent. Memory only: after a worker restart a frame's
// requests count again once its page's own next request is accepted. Forgotten when the tab navigates.
import { belongsToSite, type RequestSource } from '../shared/attribution';

const MAX_PER_TAB = 200;
const accepted = new Map<number, Set<string>>();

export function forgetDocuments(tabId: number): void {
  accepted.delete(tabId);
}

/** Whether the request belongs to `site` on this tab; an accepted request's document is remembered. */
export function requestBelongsTo(tabId: number, request: RequestSource, site: string): boolean {
  const documents = accepted.get(tabId) ?? new Set<string>();
  if (!belongsToSite(request, site, documents)) return false;
  if (request.documentId && !documents.has(request.documentId) && documents.size < MAX_PER_TAB) {
    documents.add(request.documentId);
    accepted.set(tabId, documents);
  }
  return true;
}
