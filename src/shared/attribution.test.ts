import { describe, expect, it } from 'vitest';
import { belongsToSite } from './attribution';

const SITE = 'contoso.sharepoint.com';
const none = new Set<string>();

describe('belongsToSite (Chromium)', () => {
  it("takes top-frame requests initiated by the site's own origin", () => {
    expect(
      belongsToSite(
        { frameId: 0, initiator: 'https://contoso.sharepoint.com', documentId: 'D1', documentLifecycle: 'active' },
        SITE,
        none,
      ),
    ).toBe(true);
  });

  it('refuses a leaving personal page: another initiator, or a document being unloaded', () => {
    expect(
      belongsToSite(
        { frameId: 0, initiator: 'https://news.example', documentId: 'OLD', documentLifecycle: 'active' },
        SITE,
        none,
      ),
    ).toBe(false);
    expect(
      belongsToSite(
        {
          frameId: 0,
          initiator: 'https://contoso.sharepoint.com',
          documentId: 'OLD',
          documentLifecycle: 'pending_deletion',
        },
        SITE,
        none,
      ),
    ).toBe(false);
    expect(
      belongsToSite(
        { frameId: 0, initiator: 'https://contoso.sharepoint.com', documentLifecycle: 'prerender' },
        SITE,
        none,
      ),
    ).toBe(false);
    expect(
      belongsToSite(
        { frameId: 0, initiator: 'https://contoso.sharepoint.com', documentLifecycle: 'cached' },
        SITE,
        none,
      ),
    ).toBe(false);
  });

  it('refuses top-frame requests with no initiator, or one that is not a URL', () => {
    expect(belongsToSite({ frameId: 0 }, SITE, none)).toBe(false);
    expect(belongsToSite({ frameId: 0, initiator: 'null' }, SITE, none)).toBe(false);
  });

  it("takes a frame's requests only when its parent document was accepted for the tab", () => {
    const accepted = new Set(['D1']);
    expect(
      belongsToSite(
        { frameId: 3, initiator: 'https://cdn.pendo.io', parentDocumentId: 'D1', documentLifecycle: 'active' },
        SITE,
        accepted,
      ),
    ).toBe(true);
    expect(
      belongsToSite(
        { frameId: 3, initiator: 'https://cdn.pendo.io', parentDocumentId: 'OLD', documentLifecycle: 'active' },
        SITE,
        accepted,
      ),
    ).toBe(false);
    expect(belongsToSite({ frameId: 3, initiator: 'https://cdn.pendo.io' }, SITE, accepted)).toBe(false);
  });
});

describe('belongsToSite (Firefox)', () => {
  it('takes requests whose top-level document is on the site', () => {
    expect(belongsToSite({ frameId: 0, documentUrl: 'https://contoso.sharepoint.com/timesheets' }, SITE, none)).toBe(
      true,
    );
    expect(
      belongsToSite(
        {
          frameId: 7,
          documentUrl: 'https://cdn.pendo.io/frame',
          frameAncestors: [{ url: 'https://contoso.sharepoint.com/' }],
        },
        SITE,
        none,
      ),
    ).toBe(true);
  });

  it('refuses requests from a leaving personal page or its frames', () => {
    expect(belongsToSite({ frameId: 0, documentUrl: 'https://news.example/' }, SITE, none)).toBe(false);
    expect(
      belongsToSite(
        { frameId: 7, documentUrl: 'https://ads.example/', frameAncestors: [{ url: 'https://news.example/' }] },
        SITE,
        none,
      ),
    ).toBe(false);
    expect(belongsToSite({ frameId: 7, documentUrl: 'https://ads.example/', frameAncestors: [] }, SITE, none)).toBe(
      false,
    );
  });

  it('is not fooled by a look-alike host', () => {
    expect(belongsToSite({ frameId: 0, documentUrl: 'https://contoso.sharepoint.com.evil.example/' }, SITE, none)).toBe(
      false,
    );
    expect(belongsToSite({ frameId: 0, initiator: 'https://contoso.sharepoint.com.evil.example' }, SITE, none)).toBe(
      false,
    );
  });
});
