// Malformed, truncated, huge and hostile input: always a result, never an exception, and a reason a
// person can act on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCaptureEngine } from './bundled-engine';
import { MAX_HAR_BYTES, MAX_HAR_ENTRIES, readHar } from './read-har';
import { scanHarBytes } from './scan-har';
import { demoHar, harBytes, SECRETS } from './test-hars';

const engine = bundledCaptureEngine();
const text = (s: string) => new TextEncoder().encode(s);
const errorOf = (bytes: Uint8Array) => {
  const result = readHar(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('refusing what is not a HAR, with a specific reason', () => {
  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['not JSON', text('hello, world'), /not a HAR: it is not JSON/],
    ['a JSON array', text('[1,2]'), /JSON, but not a HAR/],
    ['JSON without log', text('{"entries":[]}'), /no "log" object/],
    ['log without entries', text('{"log":{"version":"1.2"}}'), /no "entries" list/],
    ['a web page', text('  <!doctype html><html></html>'), /web page or XML/],
    ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), /ZIP archive/],
    ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0]), /gzip/],
    ['a PDF', text('%PDF-1.7\n'), /PDF/],
    ['a Sightline export', text('{"format":"sightline-evidence","version":4}'), /evidence export/],
    ['a declaration', text('{"format":"sightline-declaration","version":1}'), /declaration/],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/],
  ])('%s', (_name, bytes, reason) => {
    expect(errorOf(bytes)).toMatch(reason);
  });

  it('says a truncated capture is cut short', () => {
    const whole = JSON.stringify(demoHar('chrome'));
    expect(errorOf(text(whole.slice(0, Math.floor(whole.length * 0.6))))).toMatch(/cut short/);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(errorOf(new Uint8Array(MAX_HAR_BYTES + 1))).toMatch(/500 MB/);
  });

  it('refuses more entries than it reads', () => {
    const many = `{"log":{"entries":[${'0,'.repeat(MAX_HAR_ENTRIES)}0]}}`;
    expect(errorOf(text(many))).toMatch(/at most 2000000/);
  });

  it('reads a HAR with a byte-order mark', () => {
    const bytes = harBytes(demoHar('safari'));
    const withBom = new Uint8Array(bytes.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(bytes, 3);
    expect(readHar(withBom).ok).toBe(true);
  });
});

describe('hostile and odd entries', () => {
  it('skips unreadable entries, counts them, and says why the first was skipped', () => {
    const har = demoHar('chrome') as { log: { entries: unknown[] } };
    har.log.entries.push(
      null,
      { startedDateTime: 'yesterday', request: { url: 'https://x.example/' } },
      { request: {} },
      'entry',
    );
    const result = readHar(harBytes(har));
    expect(result.ok && { skipped: result.skipped, reason: result.skipReason }).toEqual({
      skipped: 4,
      reason: 'entry 11: entry is missing or not as HAR 1.2 says',
    });
  });

  it('treats hosts and page ids named like object properties as ordinary strings', async () => {
    const at = new Date().toISOString();
    const har = {
      log: {
        pages: [{ id: '__proto__', startedDateTime: at, title: 'https://constructor.example/' }],
        entries: [
          {
            pageref: '__proto__',
            startedDateTime: at,
            request: { url: 'https://constructor.example/' },
            response: { status: 200, content: { mimeType: 'text/html' } },
          },
          { pageref: '__proto__', startedDateTime: at, request: { url: 'https://__proto__/x' } },
          { pageref: '__proto__', startedDateTime: at, request: { url: 'https://toString.example/x' } },
          { pageref: 'constructor', startedDateTime: at, request: { url: 'https://rs.fullstory.com/rec/page' } },
        ],
      },
    };
    const result = await scanHarBytes(harBytes(har), engine);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scan.sites.map((s) => s.site)).toEqual(['constructor.example']);
    expect(Object.keys(result.scan.sites[0]!.report.findings)).toEqual(['fullstory']);
    expect(Object.keys(result.scan.sites[0]!.report.unknownThirdParties)).toEqual(['tostring.example']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives JSON nested 100,000 deep inside an entry and at the top', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const har = `{"log":{"entries":[{"startedDateTime":"2026-01-01T00:00:00Z","request":{"url":"https://rs.fullstory.com/x","headers":${deep}}}]}}`;
    const inside = await scanHarBytes(text(har), engine);
    expect(inside.ok).toBe(true);
    const top = readHar(text(deep));
    expect(top.ok).toBe(false);
  });

  it('keeps a capture of 50,000 requests with large bodies fast and free of their content', async () => {
    const big = demoHar('chrome') as { log: { entries: Record<string, unknown>[] } };
    const template = big.log.entries[5]!;
    const body = `${SECRETS.responseBody}${'x'.repeat(400)}`;
    for (let i = 0; i < 50_000; i++) {
      big.log.entries.push({
        ...template,
        startedDateTime: new Date(Date.parse('2026-03-02T09:00:00Z') + i).toISOString(),
        response: { status: 200, content: { mimeType: 'application/json', text: body } },
      });
    }
    const bytes = harBytes(big);
    const started = performance.now();
    const result = await scanHarBytes(bytes, engine);
    const took = performance.now() - started;
    expect(result.ok && result.scan.sites[0]!.report.findings.fullstory!.count).toBe(4 + 50_000);
    expect(JSON.stringify(result)).not.toContain(SECRETS.responseBody);
    expect(took).toBeLessThan(5_000);
  });
});

describe('property: any input gives a result, never an exception', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => typeof readHar(bytes).ok === 'boolean'),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON, and arbitrary JSON in place of each part of a real HAR', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => typeof readHar(text(JSON.stringify(value) ?? 'null')).ok === 'boolean'),
      { numRuns: 500 },
    );
    const paths = [
      ['log'],
      ['log', 'pages'],
      ['log', 'entries'],
      ['log', 'entries', 0],
      ['log', 'entries', 0, 'request'],
      ['log', 'entries', 0, 'request', 'url'],
      ['log', 'entries', 0, 'pageref'],
      ['log', 'entries', 0, 'startedDateTime'],
      ['log', 'entries', 0, 'response'],
      ['log', 'pages', 0, 'title'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const har = demoHar('chrome') as Record<string, unknown>;
        let node = har as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = value;
        const result = readHar(harBytes(har));
        return result.ok ? result.requests.every((r) => !r.split.path.includes('?')) : result.error.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});
