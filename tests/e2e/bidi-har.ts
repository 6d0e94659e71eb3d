// A HAR recorded from Firefox over WebDriver BiDi: puppeteer-core's request and response events (BiDi's
// network.beforeRequestSent and network.responseCompleted) for one page, written as HAR 1.2 with what a
// capture scan reads — when, which address, which page, what kind, the status — and a session cookie
// and an Authorization header on every request, as a real HAR carries them. Firefox has no HAR export
// over BiDi or the remote protocol (its own "Save All As HAR" lives in the developer tools' UI), so the
// test writes the file from the same network events the developer tools list.
import type { HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';

interface Seen {
  at: number;
  request: HTTPRequest;
  response?: HTTPResponse;
}

export const BIDI_SECRET = 'BIDI-SESSION-SECRET-4711';

export function recordHar(page: Page): { har: () => string } {
  const seen: Seen[] = [];
  page.on('request', (request) => seen.push({ at: Date.now(), request }));
  page.on('response', (response) => {
    const entry = seen.find((s) => s.request === response.request());
    if (entry) entry.response = response;
  });
  const har = () => {
    const first = seen[0]?.at ?? Date.now();
    const entries = seen.map(({ at, request, response }) => {
      const document = request.isNavigationRequest() && request.frame() === page.mainFrame();
      return {
        pageref: 'page_1',
        startedDateTime: new Date(at).toISOString(),
        time: -1,
        request: {
          method: request.method(),
          url: request.url(),
          httpVersion: 'HTTP/1.1',
          cookies: [{ name: 'session', value: BIDI_SECRET }],
          headers: [{ name: 'Authorization', value: `Bearer ${BIDI_SECRET}` }],
          queryString: [],
          headersSize: -1,
          bodySize: -1,
        },
        response: {
          status: response?.status() ?? 0,
          statusText: '',
          httpVersion: 'HTTP/1.1',
          cookies: [],
          headers: [],
          content: { size: -1, mimeType: response?.headers()['content-type'] ?? '' },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 0, receive: 0 },
        ...(document ? { _resourceType: 'document' } : {}),
      };
    });
    return JSON.stringify({
      log: {
        version: '1.2',
        creator: { name: 'Firefox (WebDriver BiDi network events)', version: '' },
        pages: [{ id: 'page_1', startedDateTime: new Date(first).toISOString(), title: '', pageTimings: {} }],
        entries,
      },
    });
  };
  return { har };
}
