import { describe, expect, it } from 'vitest';
import { draftLetter, type LetterFinding, type LetterInput, type LetterKind } from './letter';

const NOTE = '--- Note (delete before sending) ---';
const KINDS: LetterKind[] = ['subject-access', 'monitoring-enquiry'];

const findings: LetterFinding[] = [
  {
    product: 'Hubstaff',
    vendor: 'Netsol Technologies',
    category: 'time and activity tracking',
    sites: ['app.acme.example', 'crm.acme.example'],
    firstSeen: '2026-03-03T09:12:00Z',
    lastSeen: '2026-09-30T16:00:00Z',
    declared: 'undeclared',
  },
  {
    product: 'Hotjar',
    vendor: 'Contentsquare',
    category: 'session recording',
    sites: ['portal.acme.example'],
    firstSeen: '2026-05-01T10:00:00Z',
    lastSeen: '2026-11-22T11:00:00Z',
    declared: 'category',
  },
  {
    product: 'Microsoft Clarity',
    category: 'usage analytics',
    sites: ['intranet.acme.example'],
    firstSeen: '2026-06-10',
    lastSeen: '2026-06-10',
    declared: 'product',
  },
];

const full = (kind: LetterKind, over: Partial<LetterInput> = {}): LetterInput => ({
  kind,
  date: '2026-11-23',
  employer: 'Acme Ltd',
  recipient: 'Data Protection Officer',
  senderName: 'Sam Jones',
  senderRole: 'Customer adviser',
  declarationLabel: 'Acme IT monitoring policy v2',
  findings,
  ...over,
});

/** The letter without the note that follows it. */
const body = (text: string): string => text.slice(0, text.indexOf(NOTE));

describe.each(KINDS)('draftLetter (%s)', (kind) => {
  it('names every product with its vendor, category and sites', () => {
    const text = body(draftLetter(full(kind)));
    for (const f of findings) {
      expect(text).toContain(f.product);
      expect(text).toContain(f.category);
      for (const site of f.sites) expect(text).toContain(site);
    }
    expect(text).toContain('Hubstaff (Netsol Technologies)');
  });

  it("gives the overall date range and each finding's dates in long British form", () => {
    const text = body(draftLetter(full(kind)));
    expect(text).toContain('between 3 March 2026 and 22 November 2026');
    expect(text).toContain('Dates: 3 March 2026 to 30 September 2026');
    expect(text).toContain('Dates: 10 June 2026');
    expect(text).toMatch(/^23 November 2026$/m);
  });

  it('says which tools were not in the declared policy, naming it', () => {
    const text = body(draftLetter(full(kind)));
    expect(text).toContain('Hubstaff was not mentioned in "Acme IT monitoring policy v2".');
    expect(text).toContain('Hotjar is covered only by a general category in "Acme IT monitoring policy v2"');
    expect(text).toContain('Microsoft Clarity is named in "Acme IT monitoring policy v2".');
    expect(text).toContain('Policy: not mentioned in "Acme IT monitoring policy v2"');
  });

  it('uses "no policy provided" wording when there is no policy', () => {
    const noPolicy = findings.map((f) => ({ ...f, declared: 'no-policy' as const }));
    const text = body(draftLetter(full(kind, { findings: noPolicy, declarationLabel: undefined })));
    expect(text).toContain('I have not been given a monitoring policy');
    expect(text).toContain('Policy: no policy provided to compare with');
    expect(text).not.toMatch(/not mentioned in|is named in/);
  });

  it('refers to "your monitoring policy" when findings were compared with an unnamed one', () => {
    const text = body(draftLetter(full(kind, { declarationLabel: undefined })));
    expect(text).toContain('Hubstaff was not mentioned in your monitoring policy.');
  });

  it('fills the addressee and sender from the input', () => {
    const text = draftLetter(full(kind));
    expect(text.startsWith('Sam Jones\nCustomer adviser\n')).toBe(true);
    expect(text).toContain('Data Protection Officer\nAcme Ltd');
    expect(text).toContain('Dear Data Protection Officer,');
    expect(text).toContain('Yours sincerely,\n\nSam Jones\nCustomer adviser');
    expect(text).toMatch(/^Subject: .+/m);
    expect(text).not.toMatch(/\[[^\]]*\]/);
  });

  it('uses square-bracket placeholders for missing names', () => {
    const text = draftLetter({ kind, date: '', findings });
    expect(text).toContain('[Your name]');
    expect(text).toContain('[Your job title or role]');
    expect(text).toContain('[Employer name]');
    expect(text).toMatch(/\[Recipient, e\.g\. Data Protection Officer/);
    expect(text).toContain('[Date]');
    expect(text).toContain('Dear Sir or Madam,');
    expect(text).toContain('Yours faithfully,');
  });

  it('treats blank strings as missing', () => {
    const text = draftLetter({ kind, date: '2026-11-23', senderName: '  ', employer: '', recipient: ' ', findings });
    expect(text).toContain('[Your name]');
    expect(text).toContain('[Employer name]');
    expect(text).toContain('Dear Sir or Madam,');
  });

  it('asks numbered questions and ends with a separated not-legal-advice note', () => {
    const text = draftLetter(full(kind));
    expect(text).toMatch(/^1\. .+\n2\. .+\n3\. /m);
    const note = text.slice(text.indexOf(NOTE));
    expect(text.indexOf(NOTE)).toBeGreaterThan(text.indexOf('Yours sincerely'));
    expect(note).toContain('not legal advice');
    expect(note).toMatch(/union rep/);
    for (const unseen of ['desktop monitoring agents', 'server-side analytics', 'email scanning', 'CCTV']) {
      expect(note).toContain(unseen);
    }
  });

  it('still drafts a sensible letter that asks the questions with no findings', () => {
    const text = draftLetter(full(kind, { findings: [] }));
    expect(text).toMatch(/^1\. .+$/m);
    expect(text).toMatch(/^8\. .+$/m);
    expect(text).not.toMatch(/listed (above|below)|Seen on:|between .* and .* 20\d\d/);
    expect(text).toContain(NOTE);
  });

  it('is deterministic for the same input', () => {
    expect(draftLetter(full(kind))).toBe(draftLetter(full(kind)));
    expect(draftLetter({ kind, date: '2026-01-01', findings: [] })).toBe(
      draftLetter({ kind, date: '2026-01-01', findings: [] }),
    );
  });

  it('never prints "undefined" or "null", even from sparse or malformed input', () => {
    const sparse = [
      { product: 'Teramind', category: '', sites: [], firstSeen: 'not a date', lastSeen: '', declared: 'undeclared' },
      {
        product: 'Hotjar',
        category: 'session recording',
        sites: [''],
        firstSeen: '2026-13-40',
        lastSeen: '2026-02-01',
        declared: 'product',
        vendor: undefined,
      },
    ] as LetterFinding[];
    const inputs: LetterInput[] = [
      full(kind),
      full(kind, { findings: [] }),
      { kind, date: '', findings: sparse },
      { kind, date: 'garbage', findings: sparse, declarationLabel: undefined, employer: null as unknown as string },
    ];
    for (const input of inputs) {
      const text = draftLetter(input);
      expect(text).not.toMatch(/undefined|null|NaN|\[object/i);
    }
    const text = draftLetter({ kind, date: '', findings: sparse });
    expect(text).toContain('Seen on: sites not recorded');
    expect(text).toContain('Dates: not recorded');
    expect(text).toContain('Dates: 1 February 2026');
  });
});

describe('subject access request', () => {
  const text = draftLetter(full('subject-access'));

  it('cites Article 15 UK GDPR and asks for each item of the right of access', () => {
    expect(text).toMatch(/Subject: Subject access request under Article 15 UK GDPR/);
    expect(text).toContain('Article 15 of the UK General Data Protection Regulation');
    for (const item of ['copy of that data', 'purposes', 'recipients', 'kept', 'source', 'automated decision-making']) {
      expect(text).toContain(item);
    }
  });

  it('states the one-month time limit and that extensions are limited', () => {
    expect(text).toContain('within one month of receiving this request');
    expect(text).toMatch(/extended by up to two further months only in limited cases/);
  });
});

describe('monitoring enquiry', () => {
  const text = draftLetter(full('monitoring-enquiry'));

  it('names the ICO "Monitoring workers" guidance, transparency and the UK GDPR articles', () => {
    expect(text).toContain('"Monitoring workers" (2023)');
    expect(text).toContain('ICO');
    expect(text).toMatch(/transparency/i);
    expect(text).toContain('covert monitoring should be used only in exceptional circumstances');
    expect(text).toContain('Articles 13 and 14 UK GDPR');
    expect(text).toContain('Article 35 UK GDPR');
  });

  it('asks what, why, extent, retention, access, lawful basis, DPIA, consultation and challenge', () => {
    for (const q of [
      'What monitoring',
      'Why it is carried out',
      'To what extent and how',
      'How long the data is kept',
      'Who can see the data',
      'lawful basis',
      'impact assessment (DPIA)',
      'consulted',
      'challenge it',
    ]) {
      expect(text).toContain(q);
    }
  });

  it('asks why undeclared tools are missing from the named policy', () => {
    expect(text).toContain('Why Hubstaff is not mentioned in "Acme IT monitoring policy v2"');
  });

  it('asks where the policy is when none was provided', () => {
    const none = draftLetter({ kind: 'monitoring-enquiry', date: '2026-11-23', findings: [] });
    expect(none).toContain('Where your monitoring policy');
    expect(none).toContain('within one month of the date of this letter');
  });
});
