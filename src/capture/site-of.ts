// Which page site each request of a capture belongs to. A HAR groups requests by page (pageref); a page's
// site is the host of its top document: the page's first document request, else the page's address
// when the HAR names it (Chrome, Safari), else its first request. A request with no page goes to the page
// open when it started. That document request itself is not matched, as the extension never matches a
// tab's main_frame load.
import type { CapturePage, CaptureRequest } from './read-har';

export interface SiteAssignment {
  /** Per request (same order), its page site, or null for a page document. */
  siteOf: (string | null)[];
  /** Page count per site. */
  pagesPerSite: Map<string, number>;
}

export function assignSites(pages: readonly CapturePage[], requests: readonly CaptureRequest[]): SiteAssignment {
  const byPage = new Map<string, number[]>();
  requests.forEach((request, i) => {
    if (request.pageId === null) return;
    const list = byPage.get(request.pageId);
    if (list) list.push(i);
    else byPage.set(request.pageId, [i]);
  });
  const siteOfPage = new Map<string, string>();
  const documents = new Set<number>();
  const ordered = [...pages].sort((a, b) => a.at - b.at);
  for (const page of ordered) {
    const members = byPage.get(page.id) ?? [];
    const firstDocument = earliest(
      requests,
      members.filter((i) => requests[i]!.kind === 'document'),
    );
    if (firstDocument !== undefined) documents.add(firstDocument);
    const host =
      firstDocument !== undefined
        ? requests[firstDocument]!.split.host
        : (page.split?.host ?? (members.length > 0 ? requests[earliest(requests, members)!]!.split.host : undefined));
    if (host !== undefined) siteOfPage.set(page.id, host);
  }
  const known = ordered.filter((page) => siteOfPage.has(page.id));
  // No pages at all (some tools omit them): the capture's first document, or its first request, is the page.
  let fallback: string | undefined;
  if (known.length === 0 && requests.length > 0) {
    const all = requests.map((_, i) => i);
    const doc =
      earliest(
        requests,
        all.filter((i) => requests[i]!.kind === 'document'),
      ) ?? earliest(requests, all)!;
    documents.add(doc);
    fallback = requests[doc]!.split.host;
  }
  const siteOf = requests.map((request, i): string | null => {
    if (documents.has(i)) return null;
    const byRef = request.pageId === null ? undefined : siteOfPage.get(request.pageId);
    if (byRef !== undefined) return byRef;
    let open = known[0];
    for (const page of known) if (page.at <= request.at) open = page;
    return open ? siteOfPage.get(open.id)! : (fallback ?? request.split.host);
  });
  const pagesPerSite = new Map<string, number>();
  for (const page of known) {
    const site = siteOfPage.get(page.id)!;
    pagesPerSite.set(site, (pagesPerSite.get(site) ?? 0) + 1);
  }
  if (fallback !== undefined) pagesPerSite.set(fallback, 1);
  return { siteOf, pagesPerSite };
}

function earliest(requests: readonly CaptureRequest[], indexes: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const i of indexes) if (best === undefined || requests[i]!.at < requests[best]!.at) best = i;
  return best;
}
