import { describe, expect, it } from 'vitest';
import type { ReportModel } from './report-model';
import { renderReportHtml } from './report-html';
import { escapeHtml, safeHttpUrl } from './html-escape';
import { timelineDays } from './report-timeline-svg';
import { formatDay } from './report-words';
import { emptyReportModel, memberReportModel, reportExtension, reportModel, reportProduct } from './test-report-model';

const ALLOWED_TAGS = new Set(
  'html head meta title style body main header h1 h2 h3 div p strong em span nav ol ul li a section table thead tbody tr th td article dl dt dd figure figcaption svg desc defs pattern rect line g text footer'.split(
    ' ',
  ),
);

/** Every markup tag in the document (data can hold no raw `<`, so this is all of them). */
const tagsOf = (doc: string): string[] => doc.match(/<[^>]*>/g) ?? [];
const tagName = (tag: string): string => /^<\/?([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? tag;
const count = (doc: string, needle: string): number => doc.split(needle).length - 1;

function expectOnlySafeMarkup(doc: string, allowedHref: (href: string) => boolean = () => false): void {
  const tags = tagsOf(doc).filter((t) => !/^<!doctype html>$/i.test(t));
  expect(count(doc, '<')).toBe(tags.length + 1); // every '<' opens one of our tags (+1: doctype)
  for (const tag of tags) {
    expect(ALLOWED_TAGS, tag).toContain(tagName(tag));
    expect(tag, tag).not.toMatch(
      /\son[a-z]+\s*=|=\s*["']?\s*(javascript|data|vbscript):|\ssrc\s*=|<script|@import|url\((?!#)/i,
    );
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href !== undefined) expect(href.startsWith('#') || allowedHref(href), href).toBe(true);
  }
  expect(doc).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face/i);
  expect(doc.match(/url\([^)]*\)/g)?.every((u) => u.startsWith('url(#')) ?? true).toBe(true);
}

describe('renderReportHtml: a realistic merged report', () => {
  const doc = renderReportHtml(reportModel());

  it('is one self-contained UTF-8 English document with inline style and no script', () => {
    expect(doc.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('Content-Security-Policy');
    expect(count(doc, '<style>')).toBe(1);
    expect(doc).toContain('@media print');
    expectOnlySafeMarkup(doc, (href) => href === 'https://intranet.contoso.example/policies/monitoring-v3.pdf');
  });

  it('opens with title, date, scope and a plain verdict', () => {
    expect(doc).toContain('<h1>Monitoring at Contoso Ltd: evidence from members</h1>');
    expect(doc).toContain('16 Nov 2026, 09:30 UTC');
    expect(doc).toContain('12 members&#39; exports, merged');
    expect(doc).toContain('2 Nov 2026 to 15 Nov 2026');
    expect(doc).toContain(
      'Across 12 members&#39; exports, Sightline saw 5 monitoring products on 5 work sites between 2 Nov 2026 and 15 Nov 2026.',
    );
    expect(doc).toContain('3 of them are undeclared');
    expect(doc).toContain('Fullstory, Pendo and Microsoft Purview DLP.');
    expect(doc).toContain('Warning: 1 of 12 exports failed the integrity check');
  });

  it('has the declared/undeclared table with plain statuses, categories and member counts', () => {
    const table = doc.slice(doc.indexOf('<table class="declared">'), doc.indexOf('</table>'));
    for (const text of [
      'Undeclared',
      'Declared (named)',
      'Declared (category only)',
      'Members who saw it',
      '9 of 12',
      '12 of 12',
    ]) {
      expect(table).toContain(text);
    }
    expect(table).toContain('Session recording');
    expect(table).toContain('First-party platform telemetry');
    expect(table.indexOf('Fullstory')).toBeLessThan(table.indexOf('WalkMe')); // undeclared first
    expect(table.indexOf('WalkMe')).toBeLessThan(table.indexOf('Microsoft 365 telemetry'));
  });

  it('describes each product in the words the popup uses', () => {
    expect(count(doc, '<article class="product')).toBe(5);
    expect(doc).toContain('what you type');
    expect(doc).toContain('who you are (name, email or account)');
    expect(doc).toContain('Records what you do on the page');
    expect(doc).toContain('Seen 412 times, over a span of 12 days, by 9 of 12 members.');
    expect(doc).toContain('Seen 12 times, all on one day');
    expect(doc).toContain('contoso.my.salesforce.com');
    expect(doc).toContain('not which features this employer switched on');
  });

  it('draws one bar per recorded day, hatched where undeclared, with a text alternative and table', () => {
    const svg = doc.slice(doc.indexOf('<svg'), doc.indexOf('</svg>'));
    expect(count(svg, '<g class="bar">')).toBe(12);
    expect(count(svg, '<rect class="undeclared"')).toBe(10 + 1); // 10 days + legend
    // The hatch comes from the style sheet (colours are tokens, so they follow the colour scheme).
    expect(doc).toMatch(/figure\.timeline rect\.undeclared \{ fill: url\(#sl-hatch\)/);
    expect(svg).toContain('<title id="tl-title">Monitoring products seen each day</title>');
    expect(svg).toMatch(
      /<desc id="tl-desc">Bar chart of the monitoring products seen each day between 2 Nov 2026 and 15 Nov 2026: 1,862 product-days on 12 days/,
    );
    expect(svg).toContain('aria-labelledby="tl-title tl-desc"');
    const tables = doc.slice(
      doc.indexOf('<div class="tl-tables">'),
      doc.indexOf('</section>', doc.indexOf('<div class="tl-tables">')),
    );
    expect(count(tables, '<tr><td>')).toBe(12);
  });

  it('places bars on a continuous day axis, so the weekend gap shows', () => {
    const xs = [...doc.matchAll(/<g class="bar"><title>([^<]*)<\/title><rect class="other" x="([\d.]+)"/g)].map((m) =>
      Number(m[2]),
    );
    const slot = xs[1]! - xs[0]!;
    expect(xs[5]! - xs[4]!).toBeCloseTo(3 * slot, 1); // 6 Nov -> 9 Nov
  });

  it('lists unknown third parties, method, versions, redaction, integrity, limits and declared-not-seen', () => {
    expect(doc).toContain('collect.tracker-unknown.example');
    expect(doc).toContain('2026.11.22');
    expect(doc).toContain('0.1.0');
    expect(doc).toContain('Host names only');
    expect(count(doc, '>Intact</span>')).toBe(11);
    expect(doc).toContain('entry 37 does not match the hash of entry 36');
    for (const limit of ['Productivity Score', 'Viva Insights', 'email', 'CCTV', 'Biometrics', 'Screenshots'])
      expect(doc).toContain(limit);
    expect(doc).toContain('Nothing seen never means not monitored.');
    expect(doc).toContain('<li>Microsoft Viva Insights</li>');
    expect(doc).toContain('is not evidence that it is absent');
    expect(doc).toContain('href="https://intranet.contoso.example/policies/monitoring-v3.pdf"');
  });

  it('lists browser extensions: who installed them, known products, and what they may do in plain words', () => {
    const section = doc.slice(
      doc.indexOf('<section id="extensions"'),
      doc.indexOf('</section>', doc.indexOf('<section id="extensions"')),
    );
    expect(count(section, '<article class="extension employer">')).toBe(2);
    expect(section.indexOf('Cyberhaven')).toBeLessThan(section.indexOf('Stand-in Workforce Monitor')); // known products first
    expect(section).toContain('Installed by the employer&#39;s policy: the worker cannot remove it or turn it off.');
    expect(section).toContain(
      'Cyberhaven Data Detection and Response (browser extension) (Data-loss prevention and insider risk)',
    );
    expect(section).toContain('Not in Sightline’s rule database.');
    expect(section).toContain(
      '<li>Read and change everything on every website opened in the browser, including what is typed into pages.</li>',
    );
    expect(section).toContain('<li>Read the browsing history: every page visited, and when.</li>');
    expect(section).toContain(
      '<li>Talk to a program installed on the computer (such as a monitoring or security agent) and pass it what the extension sees.</li>',
    );
    expect(section).toContain('these sites: https://*.contoso.example/*, https://contoso.sharepoint.com/*');
    expect(section).toContain('3 times, in 7 members&#39; browsers, first 4 Nov 2026, last 12 Nov 2026.');
    expect(section).toContain('hocmnkicolediddeajhaafdnnhciihlo');
    expect(doc).toContain(
      'Members&#39; browsers had 2 extensions installed by the employer&#39;s policy (see Browser extensions).',
    );
  });

  it('has every section, in order', () => {
    const ids = ['declared', 'products', 'extensions', 'timeline', 'unknown', 'method', 'not-seen'].map((id) =>
      doc.indexOf(`<section id="${id}"`),
    );
    expect(ids.every((i) => i > 0)).toBe(true);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });
});

describe('renderReportHtml: hostile strings', () => {
  const payloads = [
    '"><script>alert(1)</script>.evil.example',
    '<img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)' x='",
    '<a href="javascript:alert(1)">x</a>',
    '&lt;already&gt; & </style><svg onload=alert(1)>',
  ];

  function hostile(p: string): ReportModel {
    return reportModel({
      title: p,
      integrity: [{ label: p, status: 'broken', detail: p }],
      ruleDbVersions: [p],
      extensionVersions: [p],
      declaration: { label: p, url: `https://policy.example/${p}` },
      products: [
        reportProduct({
          product: p,
          vendor: p,
          sites: [p],
          capabilities: [p, 'clicks'],
          first: p,
          last: p,
          category: p as never,
        }),
      ],
      declaredNotSeen: [p],
      timeline: [
        { day: p, count: 3, undeclared: 1 },
        { day: '2026-11-02', count: 2, undeclared: 1 },
      ],
      unknownThirdParties: [{ host: p, sites: [p], count: 1 }],
      extensions: [
        reportExtension({
          id: p,
          name: p,
          version: p,
          installType: p,
          product: p,
          category: p as never,
          riskyPermissions: [p, 'tabs'],
          hostPermissions: [p],
          first: p,
          last: p,
        }),
      ],
    });
  }

  it.each(payloads)('escapes %s everywhere and injects no markup', (p) => {
    const doc = renderReportHtml(hostile(p));
    expectOnlySafeMarkup(doc, (href) => href.startsWith('https://policy.example/'));
    expect(count(doc, escapeHtml(p))).toBeGreaterThanOrEqual(10);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'reads %s from an imported file as a value, not an inherited property',
    (p) => {
      const doc = renderReportHtml(hostile(p));
      expect(doc).not.toContain('[native code]');
      expect(doc).toContain('Installed in some other way.');
    },
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ])('never links a %s policy URL, but still shows it as text', (url) => {
    const doc = renderReportHtml(reportModel({ declaration: { label: 'Policy', url } }));
    expectOnlySafeMarkup(doc);
    expect(doc).not.toContain('class="external"');
    expect(doc).toContain(`Policy (${escapeHtml(url)})`);
  });

  it('keeps only http(s) URLs as links', () => {
    expect(safeHttpUrl('https://a.example/x y')).toBe('https://a.example/x%20y');
    expect(safeHttpUrl('http://a.example')).toBe('http://a.example/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('//a.example')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});

describe('renderReportHtml: empty and member reports', () => {
  it('says nothing was recorded, without a chart, and still states the limits', () => {
    const doc = renderReportHtml(emptyReportModel());
    expectOnlySafeMarkup(doc);
    expect(doc).toContain('Sightline recorded no known monitoring products.');
    expect(doc).toContain('This does not mean there is no monitoring');
    expect(doc).toContain('no observations recorded');
    expect(doc).toContain('No monitoring product seen on any day, so there is nothing to chart.');
    expect(doc).not.toContain('<svg');
    expect(doc).toContain('No employer policy was recorded, so there are no declared items to list.');
    expect(doc).toContain('Nothing seen never means not monitored.');
    expect(doc).not.toContain('Members who saw it');
    expect(doc).toContain('None recorded. Sightline checks extensions only when the worker asks');
    expect(doc).not.toContain('installed by the employer&#39;s policy (see');
  });

  it('speaks of one member, without member columns', () => {
    const doc = renderReportHtml(memberReportModel());
    expect(doc).toContain('One member&#39;s evidence log.');
    expect(doc).toContain('Sightline saw 5 monitoring products on 5 work sites between 2 Nov 2026 and 15 Nov 2026.');
    expect(doc).not.toContain('Across');
    expect(doc).not.toContain('Members who saw it');
    expect(doc).not.toContain(' members.');
    expect(doc).toContain('Evidence log</th>');
    expect(doc).toContain('The browser had 2 extensions installed by the employer&#39;s policy');
    expect(doc).toContain('3 times, first 4 Nov 2026');
    expect(doc).not.toContain('members&#39; browsers');
  });

  it('uses the singular for one merged export and says when no policy was compared', () => {
    const doc = renderReportHtml(
      reportModel({
        members: 1,
        declaration: undefined,
        products: [reportProduct({ status: 'no-policy', members: 1 })],
      }),
    );
    expect(doc).toContain('Across 1 member&#39;s export, Sightline saw 1 monitoring product on 2 work sites');
    expect(doc).toContain('No employer policy was recorded, so none of them could be checked');
    expect(doc).toContain('No policy recorded');
  });

  it('says categories-only exports hold no hosts, and shows unknown ids as words', () => {
    const doc = renderReportHtml(
      reportModel({
        redaction: 'category',
        unknownThirdParties: [],
        products: [reportProduct({ sites: [], capabilities: ['brain_waves'] })],
      }),
    );
    expect(doc).toContain('Categories only');
    expect(doc).toContain('Not included: the export held categories only.');
    expect(doc).toContain('<li>brain waves</li>');
    const noExtensions = renderReportHtml(reportModel({ redaction: 'category', extensions: [] }));
    expect(noExtensions).toContain('Not included: the export held categories only, so extension names were removed.');
  });

  it('says which extensions were turned off, and counts host patterns it could not list', () => {
    const sites = Array.from({ length: 25 }, (_, i) => `https://s${String(i).padStart(2, '0')}.example/*`);
    const doc = renderReportHtml(
      memberReportModel({
        extensions: [
          reportExtension({
            installType: 'sideload',
            enabled: false,
            riskyPermissions: [],
            hostPermissions: sites,
            moreHosts: 3,
          }),
        ],
      }),
    );
    expect(doc).toContain(
      'Installed by a program on the computer, not from a web store by the worker. It was turned off when checked.',
    );
    expect(doc).toContain('https://s19.example/* and 8 more</li>');
    expect(doc).not.toContain('https://s20.example/*');
    expect(doc).not.toContain('installed by the employer&#39;s policy (see');
  });
});

describe('report helpers', () => {
  it('formats UTC dates for people', () => {
    expect(formatDay('2026-11-12')).toBe('12 Nov 2026');
    expect(formatDay('2026-11-12T23:59:59.000Z')).toBe('12 Nov 2026');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('sorts timeline days, sums duplicates, drops bad days and clamps counts', () => {
    const days = timelineDays([
      { day: '2026-11-03', count: 2, undeclared: 5 },
      { day: '2026-11-01', count: 1, undeclared: 0 },
      { day: '2026-11-03', count: 3, undeclared: 1 },
      { day: 'yesterday', count: 9, undeclared: 9 },
      { day: '2026-11-02', count: -4, undeclared: -1 },
    ]);
    expect(days.map((d) => [d.day, d.count, d.undeclared])).toEqual([
      ['2026-11-01', 1, 0],
      ['2026-11-02', 0, 0],
      ['2026-11-03', 5, 3],
    ]);
  });
});

describe('renderReportHtml: statements that depend on the data', () => {
  it('says whether members are named from how many are, never a fixed claim', () => {
    expect(renderReportHtml(reportModel({ namedMembers: 0 }))).toContain('merged. No member is named.');
    expect(renderReportHtml(reportModel({ namedMembers: 12 }))).toContain('merged. Every member is named.');
    const some = renderReportHtml(reportModel({ namedMembers: 2 }));
    expect(some).toContain('merged. 2 members are named; the others gave a member code.');
    expect(some).not.toContain('No member is named');
  });

  it("does not claim every declared item was seen when the report lacks the declaration's items", () => {
    const doc = renderReportHtml(reportModel({ declaredNotSeen: undefined }));
    expect(doc).not.toContain('Every item in the declared policy was seen');
    expect(doc).toContain('cannot say which declared items were not seen');
  });
});

describe('renderReportHtml: units and detail levels', () => {
  it('counts days, not signals, and says the observations only as detail', () => {
    const doc = renderReportHtml(
      memberReportModel({
        products: [
          reportProduct({
            product: 'Fullstory',
            count: 13,
            days: 2,
            first: '2026-11-02T09:00:00.000Z',
            last: '2026-11-03T10:00:00.000Z',
          }),
        ],
      }),
    );
    expect(doc).toContain('<th scope="col" class="num">Days seen</th>');
    expect(doc).toContain('Seen on 2 days, over a span of 2 days (13 observations in the log');
    expect(doc).not.toContain('13 times');
  });

  it('a kinds-only export adds kinds and members, and the method says how many members gave each detail', () => {
    const doc = renderReportHtml(
      reportModel({
        kindsOnly: [{ category: 'session_recording', members: 1 }],
        detailLevels: { full: 9, host: 2, category: 1 },
      }),
    );
    expect(doc).toContain(
      '1 member shared kinds of monitoring only: Session recording. These are counted as kinds and members, not as products or sites.',
    );
    expect(doc).toContain('9 members: Full detail');
    expect(doc).toContain('2 members: Host names only');
    expect(doc).toContain('1 member: Categories only');
  });

  it("says what the log recorded when today's status differs", () => {
    const doc = renderReportHtml(
      memberReportModel({
        products: [reportProduct({ status: 'undeclared', recordedStatus: 'no-policy' })],
        statusNow: true,
      }),
    );
    expect(doc).toContain('(when it was recorded: No policy recorded)');
  });
});

describe('renderReportHtml: the meeting pack prints with page numbers and local time', () => {
  it('names the time zone of the generated time, and numbers the pages', () => {
    const doc = renderReportHtml(reportModel({ generatedAt: '2026-07-01T09:30:00.000Z', timeZone: 'Europe/London' }));
    // 09:30 UTC is 10:30 in London in July (BST).
    expect(doc).toContain('1 Jul 2026, 10:30 BST (Europe/London)');
    expect(doc).toContain('counter(page)');
    expect(renderReportHtml(reportModel({ generatedAt: '2026-07-01T09:30:00.000Z' }))).toContain(
      '1 Jul 2026, 09:30 UTC',
    );
  });
});
