// The rights letters' kinds beyond the observed products (issue 21), checked against facts worked out
// here from the log and the declaration the test builds: which kinds the worker reported, where, when,
// how they know and how often; which kinds the policy declares, in which words. No letter is written out
// in full here: each sentence is found by its kind's name and held against those facts.
import { describe, expect, it } from 'vitest';
import { englishText } from '../../core/english-text';
import type { Declaration } from '../../policy/declaration';
import { KIND_IDS, KINDS, kindNameKey, type KindId } from '../../policy/kinds';
import { declaration, item } from '../../policy/test-declarations';
import { HOW_KNOWN, type HowKnown, type ReportFacts } from '../log/worker-report';
import { isWorkerReport, type LogRecord } from '../seal/log-record';
import { GENESIS_HASH } from '../seal/seal';
import { reportDraft, sealReport } from '../seal/seal-report';
import { draftLetter, type LetterFinding, type LetterKind } from './letter';
import { kindPlainWords, SAR_DATA } from './letter-kind-words';
import { letterKinds } from './letter-kinds';

const NOTE = '--- Note (delete before sending) ---';
const LETTERS: LetterKind[] = ['subject-access', 'monitoring-enquiry'];
const nameOf = (kind: KindId) => englishText(kindNameKey(kind));
const lowerName = (kind: KindId) => {
  const name = nameOf(kind);
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
};

/** A sealed log of the worker's reports, as the options page reads it: only the reports' facts. */
function sealedReports(facts: readonly ReportFacts[]): ReportFacts[] {
  let head = { seq: 0, hash: GENESIS_HASH };
  const records: LogRecord[] = [];
  facts.forEach((f, i) => {
    const { sealed, head: next } = sealReport(reportDraft(f, 1_700_000_000_000 + i), head);
    records.push(sealed);
    head = next;
  });
  return records.filter(isWorkerReport).map((r) => r.report);
}

/** A deterministic spread of reports: kinds, places (in two spellings), dates and how the worker knows. */
function generatedReports(seed: number, count: number, kinds: readonly KindId[]): ReportFacts[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const places = ['Town Hall team room', 'town hall  TEAM room', 'Depot', 'Bus garage'];
  return Array.from({ length: count }, () => ({
    kind: kinds[next(kinds.length)]!,
    where: places[next(places.length)]!,
    when: `2026-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
    how: HOW_KNOWN[next(HOW_KNOWN.length)]!,
  }));
}

const longDate = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** The letter's block for a kind: the paragraph that starts "- <name>:". */
function blockOf(letter: string, kind: KindId): string | undefined {
  return letter.split('\n\n').find((p) => p.startsWith(`- ${nameOf(kind)}:`));
}

const body = (text: string) => text.slice(0, text.indexOf(NOTE));
const note = (text: string) => text.slice(text.indexOf(NOTE));

const fullstory: LetterFinding = {
  product: 'Fullstory',
  category: 'Session recording',
  sites: ['contoso.sharepoint.com'],
  firstSeen: '2026-11-02T09:00:00Z',
  lastSeen: '2026-11-20T16:00:00Z',
  declared: 'undeclared',
};

function draft(letter: LetterKind, reports: readonly ReportFacts[], policy: Declaration | undefined) {
  return draftLetter({
    kind: letter,
    date: '2026-12-06',
    declarationLabel: policy ? 'Contoso Ltd - Monitoring at work' : undefined,
    findings: [fullstory],
    kinds: letterKinds(sealedReports(reports), policy),
  });
}

const POLICY = declaration({
  title: 'Monitoring at work',
  items: [
    item({ kind: 'cctv_video', quote: 'CCTV operates in all public areas.' }),
    item({ kind: 'call_recording', quote: 'Telephone calls may be recorded.' }),
    item({ kind: 'session_recording', quote: 'We record sessions in the case system.' }),
  ],
});

describe('rights letters without reported or declared kinds', () => {
  it.each(LETTERS)('%s: no section about them, no ask for them, and the note speaks of the browser only', (letter) => {
    const text = draft(letter, [], undefined);
    expect(text).not.toContain('seen, or been told about');
    expect(text).not.toContain('What I know:');
    expect(text).not.toContain('also declares the following monitoring');
    expect(text).not.toMatch(/^\d+\. (From|For) /m);
    for (const kind of KIND_IDS) expect(blockOf(text, kind)).toBeUndefined();
    expect(note(text)).toContain('drafted by Sightline from what it recorded in your browser. It is not legal advice.');
    expect(note(text)).not.toContain('Further reading');
    // The observed product is still there as before.
    expect(body(text)).toContain('- Fullstory: Session recording');
  });

  it('a SAR cites Article 15, and the ICO guidance sentence only once kinds are listed', () => {
    const without = draft('subject-access', [], undefined);
    const withKinds = draft(
      'subject-access',
      [{ kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' }],
      undefined,
    );
    for (const text of [without, withKinds])
      expect(text).toContain('Article 15 of the UK General Data Protection Regulation');
    expect(without).not.toContain('"Monitoring workers" (2023)');
    expect(withKinds).toContain(
      'guidance "Monitoring workers" (2023) explains that workers\' data protection rights, including this right of access,',
    );
  });
});

describe.each([1, 2, 3, 4])('rights letters from a generated log of reports (seed %i)', (seed) => {
  const offline: KindId[] = ['cctv_video', 'audio_recording', 'biometrics', 'call_recording', 'location_tracking'];
  const reports = generatedReports(seed, 3 + seed * 3, offline);
  const reportedKinds = [...new Set(reports.map((r) => r.kind))];

  it.each(LETTERS)(
    "%s: each reported kind is the worker's own account, with its places, dates, how and count",
    (letter) => {
      const text = body(draft(letter, reports, POLICY));
      expect(text).toContain(
        'These are my own reports, which I recorded in Sightline; they are not something Sightline observed',
      );
      for (const kind of reportedKinds) {
        const mine = reports.filter((r) => r.kind === kind);
        const block = blockOf(text, kind);
        expect(block, kind).toBeDefined();
        // Places: each once, whatever the case or spacing of its spelling.
        const places = new Map(
          mine.map((r) => [r.where.replace(/\s+/g, ' ').toLowerCase(), r.where.replace(/\s+/g, ' ')]),
        );
        const said = (/What I know: .*/.exec(block!)?.[0] ?? '').toLowerCase();
        for (const key of places.keys()) expect(said.split(key).length - 1, key).toBe(1);
        // Dates: the earliest and latest reported.
        const days = mine.map((r) => r.when).sort();
        const range =
          days[0] === days.at(-1)
            ? `on ${longDate(days[0]!)}`
            : `between ${longDate(days[0]!)} and ${longDate(days.at(-1)!)}`;
        expect(block).toContain(range);
        // How the worker knows: said only for what they said.
        const hows = new Set<HowKnown>(mine.map((r) => r.how));
        expect(block!.includes('I saw it myself')).toBe(hows.has('saw'));
        expect(block!.includes('I was told about it')).toBe(hows.has('told'));
        expect(block!.includes('I read about it in a policy or notice')).toBe(hows.has('policy_or_notice'));
        expect(block!.includes('I know of it in another way')).toBe(hows.has('other'));
        // The count, in its plural form.
        expect(block).toContain(`(${mine.length} ${mine.length === 1 ? 'report' : 'reports'} in my record)`);
        // What it can capture: one phrase per capture of the vocabulary, in the first person.
        const captures = /Such monitoring can capture: (.*)\.$/m.exec(block!)?.[1] ?? '';
        expect(captures.split('; ')).toHaveLength(KINDS[kind].captures.length);
        expect(block).not.toMatch(/\byou(r)?\b/i);
        expect(block).not.toContain('Seen on:');
      }
      for (const kind of offline.filter((k) => !reportedKinds.includes(k) && !POLICY.items.some((i) => i.kind === k)))
        expect(blockOf(text, kind)).toBeUndefined();
    },
  );

  it('the SAR asks each listed kind for the data it produced, and no other kind', () => {
    const text = body(draft('subject-access', reports, POLICY));
    const declaredBeyond = POLICY.items.map((i) => i.kind!).filter((k) => KINDS[k].visibility !== 'browser');
    const listed = new Set<KindId>([...reportedKinds, ...declaredBeyond]);
    const asks = [...text.matchAll(/^\d+\. From (.+?): (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(asks.map(([name]) => name).sort()).toEqual([...listed].map(lowerName).sort());
    for (const kind of listed) expect(asks).toContainEqual([lowerName(kind), `${SAR_DATA[kind]}.`]);
    // Session recording is declared but a browser sees it: the observed products speak for it.
    expect(blockOf(text, 'session_recording')).toBeUndefined();
  });
});

describe('a reported kind the policy declares, and one it does not', () => {
  const reports: ReportFacts[] = [
    { kind: 'cctv_video', where: 'Depot', when: '2026-11-30', how: 'saw' },
    { kind: 'biometrics', where: 'Depot', when: '2026-12-01', how: 'told' },
    { kind: 'biometrics', where: 'Leisure centre', when: '2026-12-03', how: 'told' },
  ];

  it.each(LETTERS)('%s: the declared one quotes the policy, the other is "not mentioned"', (letter) => {
    const text = body(draft(letter, reports, POLICY));
    expect(blockOf(text, 'cctv_video')).toContain(
      'Policy: declared in "Contoso Ltd - Monitoring at work", in these words: "CCTV operates in all public areas."',
    );
    expect(blockOf(text, 'biometrics')).toContain('Policy: not mentioned in "Contoso Ltd - Monitoring at work"');
    // Declared but not reported: in its own section, with the policy's words and no report line.
    const calls = blockOf(text, 'call_recording');
    expect(calls).toContain('"Telephone calls may be recorded."');
    expect(calls).not.toContain('What I know:');
    expect(text.indexOf('also declares the following monitoring, which no web browser can see:')).toBeLessThan(
      text.indexOf(`- ${nameOf('call_recording')}:`),
    );
  });

  it('the enquiry asks why the policy is silent on the undeclared one, and how the declared one works', () => {
    const text = body(draft('monitoring-enquiry', reports, POLICY));
    expect(text).toMatch(
      /^\d+\. Whether you carry out biometrics for attendance or access at Depot and Leisure centre, as I have seen or been told, and, if so, why "Contoso Ltd - Monitoring at work" does not mention it, given that Articles 13 and 14 UK GDPR/m,
    );
    expect(text).toMatch(
      /^\d+\. For CCTV video, which "Contoso Ltd - Monitoring at work" declares: .*\(Article 35 UK GDPR\)\.$/m,
    );
    expect(text).not.toMatch(/Whether you carry out CCTV video/);
  });

  it('with no policy loaded nothing is called declared or undeclared', () => {
    for (const letter of LETTERS) {
      const text = body(draft(letter, reports, undefined));
      expect(blockOf(text, 'cctv_video')).not.toContain('Policy:');
      expect(blockOf(text, 'biometrics')).not.toContain('Policy:');
      expect(text).not.toContain('does not mention');
      expect(text).not.toContain('also declares');
    }
  });

  it("the note says the reports are the worker's, cites the guidance on these kinds, and stays a template", () => {
    const text = note(draft('subject-access', reports, POLICY));
    expect(text).toContain('from what it recorded in your browser, your own reports and the policy you recorded.');
    expect(text).toContain('It is not legal advice.');
    expect(text).toContain('not as something Sightline observed');
    expect(text).toContain('"Employment practices and data protection: monitoring workers" (2023-10-03)');
    expect(text).toContain('"Biometric data guidance: Biometric recognition"');
    expect(text).toContain('"Video surveillance (including guidance for organisations using CCTV)"');
  });
});

describe('a policy known from its kinds but applying to none of the observed sites', () => {
  it.each(LETTERS)('%s: says so, instead of saying no policy was given', (letter) => {
    const text = body(
      draftLetter({
        kind: letter,
        date: '2026-12-06',
        declarationLabel: 'Contoso Ltd - Depots',
        findings: [{ ...fullstory, declared: 'no-policy' }],
        kinds: letterKinds([], POLICY),
      }),
    );
    expect(text).not.toContain('I have not been given a monitoring policy');
    expect(text).not.toContain('no policy provided');
    expect(text).toContain('Policy: "Contoso Ltd - Depots" does not apply to the sites where it was seen');
    expect(text).toContain('Fullstory was seen on sites "Contoso Ltd - Depots" does not apply to.');
    expect(blockOf(text, 'call_recording')).toContain('Policy: declared in "Contoso Ltd - Depots"');
  });
});

describe('letterKinds', () => {
  it('counts a named product of the declaration as declaring its category, and keeps browser kinds out unless reported', () => {
    const policy = declaration({
      items: [item({ product: 'Smarsh', ruleId: 'smarsh' }), item({ kind: 'product_analytics' })],
    });
    const categoryOf = (id: string) => (id === 'smarsh' ? 'communication_surveillance' : undefined);
    const none = letterKinds([], policy, categoryOf);
    expect(none.lines.map((l) => [l.kind, l.declared?.words])).toEqual([['communication_surveillance', ['Smarsh']]]);
    const reported = letterKinds(
      [{ kind: 'product_analytics', where: 'HQ', when: '2026-10-01', how: 'other' }],
      policy,
      categoryOf,
    );
    expect(reported.lines.map((l) => l.kind)).toEqual(['product_analytics', 'communication_surveillance']);
  });
});

describe('the first-person words', () => {
  it.each(KIND_IDS)('%s: plain words with no "you" left and no "I" after a preposition', (kind) => {
    const words = kindPlainWords(kind);
    expect(words).not.toMatch(/\byou(r)?\b/i);
    expect(words).not.toMatch(/\b(of|to|for|about|with|by|from|at|on|in) I\b/);
    expect(SAR_DATA[kind]).toMatch(/\b(me|my|I)\b/);
  });
});
