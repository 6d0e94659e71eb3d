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

const SCHEMES: Record<string, SplitUrl['scheme']> = { http: 'http', https: 'https', ws: 'ws', wss: 'wss' };

/** a-z, 0-9, "-" and "." are the only host characters the fast path accepts as they are. */
function isPlainHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

export function splitUrl(url: unknown): SplitUrl | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  const colon = url.indexOf('://');
  if (colon < 2 || colon > 5) return null;
  const scheme = SCHEMES[url.slice(0, colon)] ?? SCHEMES[url.slice(0, colon).toLowerCase()];
  if (scheme === undefined) return null;

  // One pass over the host: stop at the path, query or fragment; anything unusual (upper case, port,
  // userinfo, IPv6, IDN, escapes) goes to the WHATWG parser so we read it exactly as the browser does.
  const hostStart = colon + 3;
  const length = url.length;
  let hostEnd = hostStart;
  let plain = true;
  for (; hostEnd < length; hostEnd++) {
    const c = url.charCodeAt(hostEnd);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    if (plain && !isPlainHostChar(c)) plain = false;
  }
  let pathEnd = hostEnd;
  for (; pathEnd < length; pathEnd++) {
    const c = url.charCodeAt(pathEnd);
    if (c === 63 || c === 35) break;
    // A backslash is a path separator to the browser for http(s): let the WHATWG parser say so.
    if (c === 92) plain = false;
  }
  if (!plain || hostEnd === hostStart) return splitWithWhatwg(url, scheme);
  let host = url.slice(hostStart, hostEnd);
  if (host.charCodeAt(host.length - 1) === 46) host = host.slice(0, -1);
  if (host.length === 0 || host.charCodeAt(0) === 46) return null;
  return { scheme, host, port: '', path: pathEnd === hostEnd ? '/' : url.slice(hostEnd, pathEnd) };
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
  if (host.length === 0 || host.startsWith('.')) return null;
  return { scheme, host, port: parsed.port, path: parsed.pathname || '/' };
}

/** The URL with query string and fragment removed: what evidence may keep. */
export function redactUrl(split: SplitUrl): string {
  return `${split.scheme}://${split.host}${split.port ? `:${split.port}` : ''}${split.path}`;
}
