// HAR files as Chrome/Edge, Firefox and Safari write them, for tests: each carries a session cookie, an
// Authorization header, identity in query strings and fragments, request and response bodies, and a
// confidential page title, so a test can show none of it reaches any output.

export const SECRETS = {
  cookie: 'SESSIONCOOKIE-7f3a9c',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.BEARERSECRET.sig',
  query: 'QUERYSECRET-jo.bloggs',
  fragment: 'FRAGMENTSECRET',
  postBody: 'POSTBODYSECRET',
  responseBody: 'RESPONSEBODYSECRET',
  title: 'CONFIDENTIAL-TITLE salary review',
  header: 'X-Employee-Id-SECRETHEADER',
} as const;

export type Browser = 'chrome' | 'firefox' | 'safari';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

interface Req {
  url: string;
  offset: number;
  type?: string;
  mime?: string;
  status?: number;
  pageref?: string | null;
}

function entry(browser: Browser, page: string, r: Req): Record<string, unknown> {
  const withSecret = r.url.includes('?') ? r.url : `${r.url}?uid=${SECRETS.query}#${SECRETS.fragment}`;
  const base: Record<string, unknown> = {
    startedDateTime: iso(T0 + r.offset),
    time: 42.5,
    request: {
      method: 'POST',
      url: withSecret,
      httpVersion: 'HTTP/2',
      cookies: [{ name: 'session', value: SECRETS.cookie, httpOnly: true }],
      headers: [
        { name: 'Authorization', value: `Bearer ${SECRETS.bearer}` },
        { name: 'Cookie', value: `session=${SECRETS.cookie}` },
        { name: 'X-Employee', value: SECRETS.header },
      ],
      queryString: [{ name: 'uid', value: SECRETS.query }],
      postData: { mimeType: 'application/json', text: JSON.stringify({ body: SECRETS.postBody }) },
      headersSize: -1,
      bodySize: 20,
    },
    response: {
      status: r.status ?? 200,
      statusText: 'OK',
      httpVersion: 'HTTP/2',
      cookies: [{ name: 'session', value: SECRETS.cookie }],
      headers: [{ name: 'Set-Cookie', value: `session=${SECRETS.cookie}; Secure` }],
      content: { size: 30, mimeType: r.mime ?? 'application/json', text: SECRETS.responseBody },
      redirectURL: '',
      headersSize: -1,
      bodySize: 30,
    },
    cache: {},
    timings: { send: 1, wait: 40, receive: 1.5 },
  };
  if (r.pageref !== null) base.pageref = r.pageref ?? page;
  if (browser === 'chrome') {
    base._resourceType = r.type ?? 'xhr';
    base._initiator = { type: 'script', url: `https://contoso.sharepoint.com/app.js?token=${SECRETS.query}` };
  }
  if (browser === 'firefox') base._securityState = 'secure';
  return base;
}

/** The demo work app's front page, as each browser would save it. */
export function demoHar(browser: Browser, extra: Req[] = []): Record<string, unknown> {
  const page = browser === 'firefox' ? 'page_1' : browser === 'safari' ? 'page_0' : 'page_3';
  const requests: Req[] = [
    { url: 'https://contoso.sharepoint.com/', offset: 0, type: 'document', mime: 'text/html; charset=utf-8' },
    { url: 'https://contoso.sharepoint.com/snippets.js', offset: 50, type: 'script', mime: 'text/javascript' },
    { url: 'https://edge.fullstory.com/s/fs.js', offset: 60, type: 'script', mime: 'application/javascript' },
    { url: 'https://static.hotjar.com/c/hotjar-123456.js', offset: 70, type: 'script', mime: 'application/javascript' },
    {
      url: 'https://cdn.pendo.io/agent/static/demo-key/pendo.js',
      offset: 80,
      type: 'script',
      mime: 'application/javascript',
    },
    { url: 'https://rs.fullstory.com/rec/page', offset: 900, type: 'fetch' },
    { url: 'https://rs.fullstory.com/rec/bundle', offset: 1900, type: 'ping', status: 0 },
    { url: 'https://browser.events.data.microsoft.com/OneCollector/1.0/', offset: 1200 },
    { url: 'https://metrics.unknown-vendor.example/collect', offset: 1300, type: 'image', mime: 'image/gif' },
    { url: 'data:image/png;base64,iVBORw0KGgo=', offset: 1400, type: 'image', mime: 'image/png' },
    ...extra,
  ];
  const title = browser === 'firefox' ? SECRETS.title : `https://contoso.sharepoint.com/?title=${SECRETS.title}`;
  return {
    log: {
      version: '1.2',
      creator:
        browser === 'chrome'
          ? { name: 'WebInspector', version: '537.36' }
          : browser === 'firefox'
            ? { name: 'Firefox', version: '128.0' }
            : { name: 'WebKit Web Inspector', version: '18.0' },
      ...(browser === 'firefox' ? { browser: { name: 'Firefox', version: '128.0' } } : {}),
      pages: [{ startedDateTime: iso(T0), id: page, title, pageTimings: { onContentLoad: 300, onLoad: 800 } }],
      entries: requests.map((r) => entry(browser, page, r)),
    },
  };
}

export const DEMO_START = T0;

export function harBytes(har: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(har, null, 2));
}
