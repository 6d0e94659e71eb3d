import { describe, expect, it } from 'vitest';
import { describeDeclaration, MAX_DECLARATION_BYTES, parseDeclarationFile, serialiseDeclaration } from './declaration';
import { declaration, item } from './test-declarations';
import { transparencyChecklist } from './transparency';

const file = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return parseDeclarationFile(text.length, text);
};
const valid = { format: 'sightline-declaration', version: 2, id: 'contoso', employer: 'Contoso Ltd' };

describe('parseDeclarationFile', () => {
  it('reads a minimal declaration and fills the defaults', () => {
    const parsed = file(valid);
    expect(parsed).toMatchObject({ ok: true, declaration: { employer: 'Contoso Ltd', items: [], sites: [] } });
  });

  it('round-trips through export', () => {
    const d = declaration({
      title: 'Monitoring at work',
      url: 'https://intranet.contoso.example/policy',
      items: [item({ product: 'Hotjar', dpia: 'yes' })],
    });
    const again = file(serialiseDeclaration(d));
    expect(again).toEqual({ ok: true, declaration: d });
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another format', { ...valid, format: 'something-else' }, /not a Sightline declaration file/],
    ['a JSON array', [], /not a Sightline declaration file/],
    ['a newer version', { ...valid, version: 3 }, /version 3; this version of Sightline reads versions 1 to 2/],
    [
      'no version',
      { ...valid, version: undefined },
      /version undefined; this version of Sightline reads versions 1 to 2/,
    ],
    ['no employer', { ...valid, employer: '  ' }, /at employer: the employer is required/],
    ['a javascript: policy link', { ...valid, url: 'javascript:alert(1)' }, /at url/],
    ['an unknown field', { ...valid, surprise: true }, /Unrecognized key/i],
    [
      'a prototype-polluting key',
      `{"format":"sightline-declaration","version":1,"id":"x","employer":"E","__proto__":{"admin":true}}`,
      /Unrecognized key/i,
    ],
    ['an unknown category', { ...valid, items: [{ id: 'a', category: 'mind_reading' }] }, /at items\.0\.category/],
    ['an unknown kind', { ...valid, items: [{ id: 'a', kind: 'mind_reading' }] }, /at items\.0\.kind/],
    [
      'a kind and a category that differ',
      { ...valid, items: [{ id: 'a', kind: 'web_filtering', category: 'session_recording' }] },
      /at items\.0\.category: the kind and the category differ/,
    ],
    [
      'a category for a kind no browser sees',
      { ...valid, items: [{ id: 'a', kind: 'cctv_video', category: 'session_recording' }] },
      /at items\.0\.category/,
    ],
    [
      'a version 1 file with a kind',
      { ...valid, version: 1, items: [{ id: 'a', kind: 'biometrics' }] },
      /at items\.0\.kind: a version 1 file has no "kind"/,
    ],
    ['duplicate item ids', { ...valid, items: [{ id: 'a' }, { id: 'a' }] }, /two items share an id/],
    ['an overlong field', { ...valid, items: [{ id: 'a', purpose: 'x'.repeat(5000) }] }, /at items\.0\.purpose/],
  ])('rejects %s with a specific reason', (_what, input, reason) => {
    const parsed = file(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });

  it('refuses an oversized file before parsing it', () => {
    const parsed = parseDeclarationFile(MAX_DECLARATION_BYTES + 1, '{}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/at most 512 KB/);
  });
});

describe('describeDeclaration', () => {
  it('names employer, title, version and date', () => {
    expect(
      describeDeclaration({ employer: 'Contoso', title: 'Monitoring at work', policyVersion: '3', date: '2026-01-10' }),
    ).toBe('Contoso - Monitoring at work v3 (2026-01-10)');
    expect(describeDeclaration({ employer: 'Contoso' })).toBe('Contoso');
  });
});

describe('transparencyChecklist', () => {
  it('counts which of the ICO points each item answers', () => {
    const d = declaration({
      items: [
        item({ product: 'Hotjar', purpose: 'improve pages', retention: '90 days' }),
        item({ category: 'web_filtering', systems: 'all company devices', access: 'IT security team' }),
      ],
    });
    expect(Object.fromEntries(transparencyChecklist(d).map((l) => [l.point, l.answered]))).toEqual({
      what: 2,
      why: 1,
      extent: 1,
      how: 0,
      retention: 1,
      access: 1,
      rights: 0,
    });
  });
});
