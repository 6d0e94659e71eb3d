import { describe, expect, it } from 'vitest';
import { maskOpaqueInUrl, redactUrl, splitUrl } from './url';

describe('splitUrl', () => {
  it('splits a plain https URL and lower-cases the host', () => {
    expect(splitUrl('https://Edge.FullStory.com/s/fs.js?x=1#y')).toEqual({
      scheme: 'https',
      host: 'edge.fullstory.com',
      port: '',
      path: '/s/fs.js',
    });
  });

  it('keeps the port apart from the host', () => {
    expect(splitUrl('http://a.example:8080/p')).toMatchObject({ host: 'a.example', port: '8080', path: '/p' });
  });

  it('gives "/" for an empty path, before a query or fragment', () => {
    expect(splitUrl('https://a.example')?.path).toBe('/');
    expect(splitUrl('https://a.example?q=1')?.path).toBe('/');
    expect(splitUrl('https://a.example#frag')?.path).toBe('/');
  });

  it('drops a trailing dot so "host." is the same host', () => {
    expect(splitUrl('https://rs.fullstory.com./rec')?.host).toBe('rs.fullstory.com');
  });

  it('turns an internationalised host into punycode, as the browser does', () => {
    expect(splitUrl('https://bücher.example/x')?.host).toBe('xn--bcher-kva.example');
  });

  it('takes the host after userinfo, not the userinfo', () => {
    expect(splitUrl('https://edge.fullstory.com@evil.example/s/fs.js')?.host).toBe('evil.example');
  });

  it('accepts websocket URLs', () => {
    expect(splitUrl('wss://live.example/socket')?.scheme).toBe('wss');
  });

  it.each([
    'data:text/html,<p>hi</p>',
    'blob:https://a.example/1234',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.js',
    'moz-extension://1234/x.js',
    'about:blank',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    '',
    'https://',
  ])('returns null for %s', (url) => {
    expect(splitUrl(url)).toBeNull();
  });

  it('returns null for non-strings and very long input', () => {
    expect(splitUrl(undefined)).toBeNull();
    expect(splitUrl(42)).toBeNull();
    expect(splitUrl({ url: 'https://a.example' })).toBeNull();
    expect(splitUrl(`https://a.example/${'x'.repeat(9000)}`)).toBeNull();
  });
});

describe('redactUrl', () => {
  it('removes query and fragment and keeps a non-default port', () => {
    expect(redactUrl(splitUrl('https://a.example:8443/p/q?user=jo@x.example#t')!)).toBe('https://a.example:8443/p/q');
  });
});

// A page chooses the hosts it requests; a host must never be able to name a property every object has.
describe('splitUrl refuses hosts that are not DNS names or IP literals', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'CONSTRUCTOR', '_x_', 'a!b', 'a$b.example'])(
    'refuses https://%s/x',
    (host) => {
      expect(splitUrl(`https://${host}/x`)).toBeNull();
      expect(splitUrl(`wss://${host}:8443/x`)).toBeNull();
    },
  );

  it('lower-cases names that only look like object properties, so they are harmless keys', () => {
    expect(splitUrl('https://hasOwnProperty/x')?.host).toBe('hasownproperty');
    expect(splitUrl('https://toString/x')?.host).toBe('tostring');
  });

  it.each([
    ['https://edge-1.cdn2.example/x', 'edge-1.cdn2.example'],
    ['https://xn--bcher-kva.example/x', 'xn--bcher-kva.example'],
    ['https://my_app.example/x', 'my_app.example'],
    ['http://intranet/x', 'intranet'],
    ['http://10.0.0.1:8080/x', '10.0.0.1'],
    ['http://[::1]:8080/x', '[::1]'],
    ['http://[2001:db8::1]/x', '[2001:db8::1]'],
  ])('keeps %s', (url, host) => {
    expect(splitUrl(url)?.host).toBe(host);
  });
});

describe('evidence never keeps an opaque token from a path', () => {
  it('masks an encoded user context, a hashed email and a JWT, and keeps ordinary paths', () => {
    const context = Buffer.from(JSON.stringify({ kind: 'user', key: 'jo.bloggs@contoso.example' })).toString(
      'base64url',
    );
    const sha = '3f1c9a2b7d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8';
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqby5ibG9nZ3MifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const redact = (url: string) => maskOpaqueInUrl(redactUrl(splitUrl(url)!));
    expect(redact(`https://app.launchdarkly.com/sdk/evalx/5f0c/contexts/${context}?h=1`)).toBe(
      'https://app.launchdarkly.com/sdk/evalx/5f0c/contexts/(token)',
    );
    expect(redact(`https://t.example/u/${sha}/pixel.gif`)).toBe('https://t.example/u/(token)/pixel.gif');
    expect(redact(`https://t.example/s/${jwt}`)).toBe('https://t.example/s/(token)');
    expect(redact('https://rs.fullstory.com/rec/page')).toBe('https://rs.fullstory.com/rec/page');
    expect(redact('https://cdn.example/assets/main.3f9a8b7c6d5e4f3a2b1c.js')).toBe(
      'https://cdn.example/assets/main.3f9a8b7c6d5e4f3a2b1c.js',
    );
    expect(redact(`https://x.example/${context}`)).not.toContain('jo.bloggs');
    // A long host is never masked, and a name that is not a URL is left as it is.
    expect(maskOpaqueInUrl('https://abcdefghijklmnopqrstuvwxyz0123456789abcdef.example/x')).toBe(
      'https://abcdefghijklmnopqrstuvwxyz0123456789abcdef.example/x',
    );
    expect(maskOpaqueInUrl('window.abcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'window.abcdefghijklmnopqrstuvwxyz0123456789',
    );
  });
});
