import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { Declaration } from '../declaration';
import { readPolicyText } from './read-policy';
import { transparencyChecklist } from '../transparency';

const policy = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/policies/${name}.txt`, import.meta.url), 'utf8');
const read = (text: string) => readPolicyText(text, ruleCatalog);

describe('promises: the denials a policy makes are kept, not discarded', () => {
  it('the council policy: no keystroke logging, no screenshots (a bullet under "will never:")', () => {
    const { promises } = read(policy('council-monitoring-at-work'));
    expect(promises).toContainEqual({
      capability: 'typed_text',
      matched: 'keystroke logging',
      sentence: 'We do not use keystroke logging.',
    });
    expect(promises).toContainEqual(
      expect.objectContaining({
        capability: 'screen_capture',
        matched: 'screenshots',
        sentence: 'take screenshots of your screen;',
      }),
    );
  });

  it('a product the policy says is not used is a product promise', () => {
    const { promises } = read('We do not use Hotjar on any council site.');
    expect(promises).toContainEqual({
      ruleId: 'hotjar',
      product: expect.stringContaining('Hotjar'),
      matched: 'Hotjar',
      sentence: 'We do not use Hotjar on any council site.',
    });
  });

  it('a sentence that uses a tool makes no promise', () => {
    expect(read('We take screenshots of your screen every ten minutes. Keystrokes are logged.').promises).toEqual([]);
  });

  it('message contents: "the contents of your emails are not monitored"', () => {
    const { promises } = read('The contents of your emails are not monitored.');
    expect(promises.map((p) => p.capability)).toEqual(['message_content']);
  });
});

describe('policy-wide statements answer retention, access and rights', () => {
  it('the council policy says how long, who, and how to challenge', () => {
    const { statements } = read(policy('council-monitoring-at-work'));
    expect(statements.retention).toBe('Logs of internet activity are kept for 90 days.');
    expect(statements.access).toMatch(/can be heard only by the contact centre management team/);
    expect(statements.rights).toMatch(
      /^You can ask to see the information held about you by making a subject access request/,
    );
  });

  it('a policy that says none of them gets none', () => {
    expect(read('We use Hotjar to see where pages confuse people.').statements).toEqual({});
  });

  it('a statement answers its point for every item in the checklist', () => {
    const base = Declaration.parse({
      format: 'sightline-declaration',
      version: 2,
      id: 'd',
      employer: 'E',
      items: [
        { id: 'a', product: 'Hotjar' },
        { id: 'b', category: 'web_filtering' },
      ],
    });
    const answered = (d: Declaration) => Object.fromEntries(transparencyChecklist(d).map((l) => [l.point, l.answered]));
    expect(answered(base)).toMatchObject({ retention: 0, access: 0, rights: 0 });
    const withStatements = Declaration.parse({
      ...base,
      statements: { retention: 'Kept for 90 days.', rights: 'Make a subject access request.' },
    });
    expect(answered(withStatements)).toMatchObject({ retention: 2, access: 0, rights: 2 });
  });
});

describe('a promise names exactly one thing', () => {
  const declaration = (promises: unknown[]) =>
    Declaration.safeParse({ format: 'sightline-declaration', version: 2, id: 'd', employer: 'E', promises });
  it('refuses a promise naming nothing, or two things', () => {
    expect(declaration([{ id: 'p', quote: 'We do not.' }]).success).toBe(false);
    expect(
      declaration([{ id: 'p', quote: 'We do not.', capability: 'typed_text', category: 'session_recording' }]).success,
    ).toBe(false);
    expect(
      declaration([{ id: 'p', quote: 'We do not use keystroke logging.', capability: 'typed_text' }]).success,
    ).toBe(true);
  });
});

describe('bounded on hostile text', () => {
  // Finishing within the test's timeout is the check; speed is measured in sentences.test.ts.
  it('a megabyte of repeated capability words and punctuation is read, and makes no promise', () => {
    const hostile = 'keystroke screenshot webcam retained subject access. '.repeat(20_000) + '.'.repeat(200_000);
    const reading = read(hostile);
    expect(reading.promises).toEqual([]);
    expect(reading.statements.retention).toMatch(/^keystroke screenshot webcam retained/);
  });
});

describe("the demo work app's policy page", () => {
  const text = readFileSync(
    new URL('../../../tests/fixtures/sites/contoso.sharepoint.com/policies/monitoring.html', import.meta.url),
    'utf8',
  ).replace(/<[^>]+>/g, '\n');
  it('says how to see and challenge the data, how long it is kept and who sees it', () => {
    const { statements } = read(text);
    expect(statements.rights).toBe(
      'This policy explains what Contoso monitors, why, and how you can see and challenge the information we hold.',
    );
    expect(statements.retention).toBe(
      'Usage data is kept for 12 months and is seen only by the digital workplace team.',
    );
    expect(statements.access).toBe(statements.retention);
  });
  it('promises no keystroke logging and no screenshots', () => {
    expect(read(text).promises.map((p) => p.capability)).toEqual(['typed_text', 'screen_capture']);
  });
});
