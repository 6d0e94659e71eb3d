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

const SCHEMES = new Map<string, SplitUrl['scheme']>([
  ['http', 'http'],
  ['https', 'https'],
  ['ws', 'ws'],
  ['wss', 'wss'],
]);

const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
// What the WHATWG parser may hand back that we still accept: a DNS name whose labels start and end with
// a letter or digit (underscores allowed inside, as real hosts use them), or a bracketed IPv6 literal.
// The parser lets through hosts such as "__proto__" or "a!b"; no browser request needs those, and a page
// could pick them to name a property every object has (issue 13).
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]+\]$/;
// Single-label hosts that are property names of objects and functions: refused on both paths.
const PROPERTY_HOSTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Index of the first of two characters at or after `from`, or `length` when neither occurs. */
function firstOf(url: string, a: string, b: string, from: number): number {
  const i = url.indexOf(a, from);
  const j = url.indexOf(b, from);
  if (i === -1) return j === -1 ? url.length : j;
  return j === -1 || i < j ? i : j;
}

export function splitUrl(url: unknown): SplitUrl | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  const colon = url.indexOf('://');
  if (colon < 2 || colon > 5) return null;
  // "https" is nearly every request: recognise it without allocating the scheme string.
  const scheme =
    colon === 5 && url.startsWith('https')
      ? 'https'
      : (SCHEMES.get(url.slice(0, colon)) ?? SCHEMES.get(url.slice(0, colon).toLowerCase()));
  if (scheme === undefined) return null;

  // Native indexOf finds where the host and the path end. Anything unusual in the host (upper case,
  // port, userinfo, IPv6, IDN, escapes, a trailing dot) or a backslash in the path goes to the WHATWG
  // parser, so we read the URL exactly as the browser does.
  const hostStart = colon + 3;
  const queryOrFragment = firstOf(url, '?', '#', hostStart);
  const slash = url.indexOf('/', hostStart);
  const hostEnd = slash === -1 || slash > queryOrFragment ? queryOrFragment : slash;
  const host = url.slice(hostStart, hostEnd);
  const backslash = url.indexOf('\\', hostEnd);
  if (!PLAIN_HOST.test(host) || (backslash !== -1 && backslash < queryOrFragment)) return splitWithWhatwg(url, scheme);
  if (PROPERTY_HOSTS.has(host)) return null;
  return { scheme, host, port: '', path: queryOrFragment === hostEnd ? '/' : url.slice(hostEnd, queryOrFragment) };
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
  if (!isDnsNameOrIp(host)) return null;
  return { scheme, host, port: parsed.port, path: parsed.pathname || '/' };
}

function isDnsNameOrIp(host: string): boolean {
  if (IPV6_LITERAL.test(host)) return true;
  if (host.length === 0 || host.length > 253 || PROPERTY_HOSTS.has(host)) return false;
  return host.split('.').every((label) => DNS_LABEL.test(label));
}

/** The URL with query string and fragment removed (opaque path tokens are masked when stored: maskOpaqueInUrl). */
export function redactUrl(split: SplitUrl): string {
  return `${split.scheme}://${split.host}${split.port ? `:${split.port}` : ''}${split.path}`;
}

/** An evidence string with the opaque tokens of its URL path masked; anything but a URL is returned as it is. */
export function maskOpaqueInUrl(text: string): string {
  const start = text.indexOf('://');
  if (start < 0) return text;
  const pathAt = text.indexOf('/', start + 3);
  return pathAt < 0 ? text : text.slice(0, pathAt) + maskOpaqueSegments(text.slice(pathAt));
}

/**
 * A path segment that is one long token (32+ characters of base64, base64url, hex or percent-encoding, or
 * a dotted token such as a JWT) is where products put encoded user contexts, hashed emails and session
 * ids (LaunchDarkly's /sdk/evalx/<env>/contexts/<base64 user context>). Evidence keeps the path's shape,
 * never the token. Detection reads the unmasked path; only what is stored is masked, after the worker's own
 * identifiers are named (so a hashed email reads "[email:sha256]", not "(token)").
 */
const OPAQUE_SEGMENT = /^(?:[A-Za-z0-9_\-+=%]{32,}|[A-Za-z0-9_\-=]{8,}(?:\.[A-Za-z0-9_\-=]{8,}){2,})$/;
export const OPAQUE_PLACEHOLDER = '(token)';

export function maskOpaqueSegments(path: string): string {
  if (path.length < 33) return path;
  let masked = false;
  const segments = path.split('/').map((segment) => {
    if (segment.length < 32 || !OPAQUE_SEGMENT.test(segment)) return segment;
    masked = true;
    return OPAQUE_PLACEHOLDER;
  });
  return masked ? segments.join('/') : path;
}
