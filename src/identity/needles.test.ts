import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findIdentifiers, needlesFor, scrubIdentifiers } from './needles';

const email = 'jo.bloggs@contoso.example';
const hex = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');
const needles = needlesFor([
  { kind: 'email', value: '  Jo.Bloggs@Contoso.example ' },
  { kind: 'employee_number', value: 'E12345' },
]);

describe('needlesFor', () => {
  it('makes the plain, URL-encoded, base64, MD5, SHA-1 and SHA-256 forms of the trimmed, lower-cased value', () => {
    const forms = Object.fromEntries(needles.filter((n) => n.kind === 'email').map((n) => [n.form, n.text]));
    expect(forms).toEqual({
      plain: email,
      url_encoded: 'jo.bloggs%40contoso.example',
      base64: Buffer.from(email).toString('base64').replace(/=+$/, ''),
      md5: hex('md5', email),
      sha1: hex('sha1', email),
      sha256: hex('sha256', email),
    });
  });

  it('skips identifiers too short to be told from chance, and URL-encoding that changes nothing', () => {
    expect(needlesFor([{ kind: 'username', value: ' ab ' }])).toEqual([]);
    expect(needles.filter((n) => n.kind === 'employee_number').map((n) => n.form)).toEqual([
      'plain',
      'base64',
      'md5',
      'sha1',
      'sha256',
    ]);
  });
});

describe('findIdentifiers', () => {
  it('finds each form, hex in any case, and reports only kind and form', () => {
    expect(findIdentifiers(needles, [`https://api.example/t?uid=${hex('sha256', email).toUpperCase()}`])).toEqual([
      'email:sha256',
    ]);
    expect(findIdentifiers(needles, ['{"user":"JO.BLOGGS%40contoso.example"}'])).toEqual(['email:url_encoded']);
    expect(findIdentifiers(needles, [`id=${Buffer.from(email).toString('base64')}`])).toEqual(['email:base64']);
    expect(findIdentifiers(needles, ['a', `m=${hex('md5', email)}&s=${hex('sha1', email)}&e=e12345`])).toEqual([
      'email:md5',
      'email:sha1',
      'employee_number:plain',
    ]);
  });

  it('finds nothing in unrelated traffic or when the worker entered nothing', () => {
    expect(findIdentifiers(needles, ['https://rs.fullstory.com/rec/page?OrgId=o-123', '{"events":[1,2,3]}'])).toEqual(
      [],
    );
    expect(findIdentifiers([], [email])).toEqual([]);
  });
});

describe('scrubIdentifiers', () => {
  const needles = needlesFor([{ kind: 'email', value: 'Jo.Bloggs@Contoso.example' }]);
  const email = 'jo.bloggs@contoso.example';
  const sha256 = createHash('sha256').update(email).digest('hex');
  const base64 = Buffer.from(email).toString('base64').replace(/=+$/, '');

  it('replaces every form, in any case where the form ignores case, with its label', () => {
    expect(scrubIdentifiers(needles, `https://t.example/u/${sha256.toUpperCase()}/p/${sha256}`)).toBe(
      'https://t.example/u/[email:sha256]/p/[email:sha256]',
    );
    expect(scrubIdentifiers(needles, 'https://t.example/u/Jo.Bloggs%40Contoso.example/x')).toBe(
      'https://t.example/u/[email:url_encoded]/x',
    );
    expect(scrubIdentifiers(needles, `https://t.example/JO.BLOGGS@contoso.example/${base64}`)).toBe(
      'https://t.example/[email:plain]/[email:base64]',
    );
  });

  it('leaves other text, and text with no identifier, as it was', () => {
    expect(scrubIdentifiers(needles, 'https://rs.fullstory.com/rec/page')).toBe('https://rs.fullstory.com/rec/page');
    expect(scrubIdentifiers([], `https://t.example/${email}`)).toBe(`https://t.example/${email}`);
  });

  it('keeps positions right around characters whose lower case is longer', () => {
    expect(scrubIdentifiers(needles, `İİ/${email}/İ`)).toBe('İİ/[email:plain]/İ');
  });

  it('leaves no form behind, whatever surrounds it', () => {
    // Hex digests and typed forms are found in any case; base64 is case-sensitive, so only as it is.
    const variants = (n: (typeof needles)[number]) => (n.lowerCase ? [n.text, n.text.toUpperCase()] : [n.text]);
    for (const needle of needles) {
      const scrubbed = scrubIdentifiers(needles, `a${variants(needle).join('b')}c`);
      for (const other of needles) {
        for (const variant of variants(other)) expect(scrubbed).not.toContain(variant);
      }
    }
  });
});
