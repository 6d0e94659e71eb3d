// Fast, allocation-light URL splitting for the request hot path. webRequest hands us URLs the browser
// has already normalised, so the common case is a plain http(s)/ws(s) URL with an ASCII host; anything
// unusual (IDN hosts, percent-escapes, backslashes, userinfo tricks) falls back to the WHATWG parser so
// we see the host exactly as the browser does.

export interface SplitUrl {
  scheme: 'http' | 'https' | 'ws' | 'wss';
  /** Lower-case ASCII (punycode) host without port or trailing dot. */
  host: string;
  /** Port as written, or '' for the scheme default. */
  port: string;
  /** Path only, starting with "/", never containing "?" or "#". */
  path: string;
}

const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);
const PLAIN_HOST = /^[a-z0-9.-]+$/;

export function splitUrl(url: unknown): SplitUrl | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  const colon = url.indexOf(':');
  if (colon < 2 || colon > 5) return null;
  const scheme = url.slice(0, colon).toLowerCase();
  if (!NETWORK_SCHEMES.has(scheme) || url.charCodeAt(colon + 1) !== 47 || url.charCodeAt(colon + 2) !== 47) {
    return null;
  }
  const hostStart = colon + 3;
  let hostEnd = hostStart;
  while (hostEnd < url.length) {
    const c = url.charCodeAt(hostEnd);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    hostEnd++;
  }
  let authority = url.slice(hostStart, hostEnd).toLowerCase();
  let port = '';
  const portColon = authority.lastIndexOf(':');
  if (portColon !== -1 && authority.indexOf(']') === -1) {
    port = authority.slice(portColon + 1);
    authority = authority.slice(0, portColon);
  }
  if (authority.endsWith('.')) authority = authority.slice(0, -1);
  const rest = url.slice(hostEnd);
  if (!PLAIN_HOST.test(authority) || !/^\d*$/.test(port) || rest.indexOf('\\') !== -1 || rest.indexOf('%') !== -1) {
    return splitWithWhatwg(url, scheme as SplitUrl['scheme']);
  }
  let pathEnd = 0;
  while (pathEnd < rest.length) {
    const c = rest.charCodeAt(pathEnd);
    if (c === 63 || c === 35) break;
    pathEnd++;
  }
  const path = pathEnd === 0 ? '/' : rest.slice(0, pathEnd);
  if (authority.length === 0) return null;
  return { scheme: scheme as SplitUrl['scheme'], host: authority, port, path };
}

function splitWithWhatwg(url: string, scheme: SplitUrl['scheme']): SplitUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  let host = parsed.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return null;
  return { scheme, host, port: parsed.port, path: parsed.pathname || '/' };
}

/** The URL with query string and fragment removed: what evidence may keep. */
export function redactUrl(split: SplitUrl): string {
  return `${split.scheme}://${split.host}${split.port ? `:${split.port}` : ''}${split.path}`;
}
