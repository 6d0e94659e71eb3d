import { describe, expect, it } from 'vitest';
import { compileRules, globToRegExp } from './compile';
import { matchExtensions, matchPageSignals, matchRequest } from './match';
import { loadRules } from './load-rules';
import { TEST_RULES, makeRule } from './test-rules';

const index = compileRules(TEST_RULES);
const ids = (url: unknown) =>
  matchRequest(index, { url: url as string, type: 'script' })
    .map((d) => d.ruleId)
    .sort();

describe('matchRequest: hosts', () => {
  it('matches the host itself and any subdomain', () => {
    expect(ids('https://rec.recorder.example/x')).toEqual(['recorder']);
    expect(ids('https://eu.rec.recorder.example/x')).toEqual(['recorder']);
  });

  it('does not match lookalikes on another label boundary or another registrable domain', () => {
    expect(ids('https://rec.recorder.example.evil.test/x')).toEqual([]);
    expect(ids('https://notrec.recorder.example/x')).toEqual([]);
    expect(ids('https://recorder.example/x')).toEqual([]);
    expect(ids('https://evil.test/rec.recorder.example/x')).toEqual([]);
    expect(ids('https://evil.test/?u=https://rec.recorder.example/')).toEqual([]);
  });

  it('ignores case, ports, query, fragment and a trailing dot', () => {
    expect(ids('HTTPS://REC.Recorder.EXAMPLE:8443/x?y#z')).toEqual(['recorder']);
    expect(ids('http://rec.recorder.example./x')).toEqual(['recorder']);
    expect(ids('wss://rec.recorder.example/socket')).toEqual(['recorder']);
  });

  it('matches internationalised hosts through their punycode form', () => {
    expect(ids('https://bücher.example/')).toEqual(['idn']);
    expect(ids('https://xn--bcher-kva.example/')).toEqual(['idn']);
  });

  it('reports each rule once even when two of its hosts match', () => {
    expect(ids('https://cdn.shared.example/a.js')).toEqual(['shared-host-a', 'shared-host-b']);
  });

  it('returns the signal and a redacted evidence URL', () => {
    const [detection] = matchRequest(index, {
      url: 'https://rec.recorder.example/ingest?email=jo@work.example#t',
      type: 'xmlhttprequest',
    });
    expect(detection).toEqual({
      ruleId: 'recorder',
      signal: { kind: 'host', domain: 'rec.recorder.example' },
      evidence: 'https://rec.recorder.example/ingest',
      source: 'network',
    });
  });
});

describe('matchRequest: each host worked out once', () => {
  it('answers by the index asked, not by one asked before for the same host', () => {
    const other = compileRules([makeRule({ id: 'other', signals: { hosts: [{ domain: 'rec.recorder.example' }] } })]);
    expect(ids('https://rec.recorder.example/x')).toEqual(['recorder']);
    expect(matchRequest(other, { url: 'https://rec.recorder.example/x', type: 'script' }).map((d) => d.ruleId)).toEqual(
      ['other'],
    );
    expect(ids('https://rec.recorder.example/x')).toEqual(['recorder']);
  });

  it('gives the same answers after a page has invented more hosts than are kept', () => {
    const before = [
      'https://rec.recorder.example/x',
      'https://app.platform.example/v1/log',
      'https://app.platform.example/inbox',
    ].map(ids);
    for (let i = 0; i < 40_000; i++) ids(`https://h${i}.rec.recorder.example/x`);
    expect(ids('https://h39999.rec.recorder.example/x')).toEqual(['recorder']);
    expect(
      [
        'https://rec.recorder.example/x',
        'https://app.platform.example/v1/log',
        'https://app.platform.example/inbox',
      ].map(ids),
    ).toEqual(before);
    expect(before).toEqual([['recorder'], ['platform-telemetry'], []]);
  });
});

describe('matchRequest: paths on shared platform hosts', () => {
  it('matches only listed paths, with "*" as a wildcard and anchored ends', () => {
    expect(ids('https://app.platform.example/api/telemetry')).toEqual(['platform-telemetry']);
    expect(ids('https://app.platform.example/api/telemetry/batch?x=1')).toEqual(['platform-telemetry']);
    expect(ids('https://app.platform.example/v1/log')).toEqual(['platform-telemetry']);
    expect(ids('https://app.platform.example/v1/log/more')).toEqual([]);
    expect(ids('https://app.platform.example/inbox')).toEqual([]);
    expect(ids('https://app.platform.example/')).toEqual([]);
  });

  it('walks up to parent-domain rules that have their own paths', () => {
    expect(ids('https://app.platform.example/activity/report')).toEqual(['platform-activity']);
    expect(ids('https://platform.example/activity/x')).toEqual(['platform-activity']);
  });

  it('treats paths case-sensitively and does not let the query satisfy a path', () => {
    expect(ids('https://app.platform.example/API/telemetry')).toEqual([]);
    expect(ids('https://app.platform.example/inbox?/api/telemetry')).toEqual([]);
  });

  it('reports which path pattern matched', () => {
    const [detection] = matchRequest(index, { url: 'https://app.platform.example/v1/log', type: 'ping' });
    expect(detection?.signal).toEqual({ kind: 'host', domain: 'app.platform.example', path: '/v1/log' });
  });
});

describe('matchRequest: hostile and malformed input', () => {
  it.each([
    'data:text/javascript,rec.recorder.example',
    'blob:https://rec.recorder.example/uuid',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/rec.recorder.example',
    'moz-extension://rec.recorder.example/x',
    'about:blank',
    '',
    '   ',
    'https://',
    '::::',
    '\u0000\u0001',
    'https://rec.recorder.example%00.evil.test/',
  ])('no detection and no exception for %j', (url) => {
    expect(ids(url)).toEqual([]);
  });

  it('never throws on non-string or missing input', () => {
    for (const bad of [undefined, null, 1, {}, [], Symbol('x')]) {
      expect(() => matchRequest(index, { url: bad as unknown as string, type: 'other' })).not.toThrow();
      expect(ids(bad)).toEqual([]);
    }
    expect(matchRequest(index, null as never)).toEqual([]);
  });
});

describe('matchPageSignals', () => {
  it('matches globals, script hosts and self-hosted script names, labelled as page-reported', () => {
    const found = matchPageSignals(
      index,
      ['_rec', 'jQuery'],
      [
        'https://rec.recorder.example/r.js',
        'https://intranet.example/static/recorder-2.1.js?v=3',
        'https://intranet.example/app.js',
      ],
    );
    expect(found).toEqual([
      { ruleId: 'recorder', signal: { kind: 'global', name: '_rec' }, evidence: 'window._rec', source: 'page' },
      {
        ruleId: 'recorder',
        signal: { kind: 'host', domain: 'rec.recorder.example' },
        evidence: 'https://rec.recorder.example/r.js',
        source: 'page',
      },
      {
        ruleId: 'recorder',
        signal: { kind: 'script_src', pattern: '*/recorder-*.js' },
        evidence: 'https://intranet.example/static/recorder-2.1.js',
        source: 'page',
      },
    ]);
  });

  it('ignores junk from a hostile page', () => {
    expect(matchPageSignals(index, 'nope', { length: 5 })).toEqual([]);
    expect(matchPageSignals(index, [1, null, {}, '_rec'.repeat(1000)], ['x'.repeat(5000), 42])).toEqual([]);
  });
});

describe('matchExtensions', () => {
  it('matches installed extensions by id', () => {
    const found = matchExtensions(index, [
      { id: 'abcdefghijklmnopabcdefghijklmnop', installType: 'admin' },
      { id: 'other' },
    ]);
    expect(found.map((d) => d.ruleId)).toEqual(['bossware']);
  });

  it('ignores malformed lists', () => {
    expect(matchExtensions(index, undefined)).toEqual([]);
    expect(matchExtensions(index, [null, 3, { id: 7 }])).toEqual([]);
  });
});

describe('compileRules', () => {
  it('rejects duplicate ids', () => {
    expect(() => compileRules([makeRule({ id: 'a' }), makeRule({ id: 'a' })])).toThrow(/duplicate rule id "a"/);
  });

  it('turns globs into anchored regular expressions with everything else literal', () => {
    expect(globToRegExp('/a.b/*').test('/a.b/c/d')).toBe(true);
    expect(globToRegExp('/a.b/*').test('/axb/c')).toBe(false);
    expect(globToRegExp('/x(y)+').test('/x(y)+')).toBe(true);
  });
});

describe('the shipped rules', () => {
  const shipped = loadRules();
  const shippedIds = (url: string) => matchRequest(shipped, { url, type: 'script' }).map((d) => d.ruleId);

  it('catch the real recorder and not its lookalikes', () => {
    expect(shippedIds('https://edge.fullstory.com/s/fs.js')).toEqual(['fullstory']);
    expect(shippedIds('https://fullstory.com.evil.example/s/fs.js')).toEqual([]);
    expect(shippedIds('https://notfullstory.com/s/fs.js')).toEqual([]);
    expect(shippedIds('https://edge.fullstory.com.evil.example/s/fs.js')).toEqual([]);
  });
});
