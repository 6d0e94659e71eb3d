// Version 1 declarations (no kinds) still read, as files and as stored data, and come out as version 2
// with each item's category as its kind; version 2 items can name kinds no browser sees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePolicy } from './compare';
import { Declaration, parseDeclarationFile, serialiseDeclaration } from './declaration';
import { ruleCatalog } from '../rules/bundled-catalog';

const file = (value: unknown) => {
  const text = JSON.stringify(value);
  return parseDeclarationFile(text.length, text);
};

const v1 = {
  format: 'sightline-declaration',
  version: 1,
  id: 'council-2025',
  employer: 'A Council',
  contact: 'Data Protection Officer, dpo@council.example',
  items: [
    { id: 'filter', category: 'web_filtering', purpose: 'Security', frequency: 'continuous' },
    { id: 'hotjar', product: 'Hotjar', ruleId: 'hotjar', category: 'session_recording' },
    { id: 'named', product: 'Some tool' },
  ],
  promises: [{ id: 'no-keys', capability: 'typed_text', quote: 'We do not use keystroke logging.' }],
  statements: { retention: 'Logs are kept for 90 days.' },
};

describe('upgrading version 1 declarations', () => {
  it('reads a version 1 file as version 2: each category becomes the kind, nothing else changes', () => {
    const parsed = file(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const d = parsed.declaration;
    expect(d.version).toBe(2);
    expect(d.items.map((i) => [i.id, i.kind, i.category])).toEqual([
      ['filter', 'web_filtering', 'web_filtering'],
      ['hotjar', 'session_recording', 'session_recording'],
      ['named', undefined, undefined],
    ]);
    // The fields added to version 1 late (contact, promises, statements) come through untouched.
    expect(d.contact).toBe(v1.contact);
    expect(d.promises).toEqual(v1.promises);
    expect(d.statements).toEqual(v1.statements);
    expect(d.items[0]).toMatchObject({ purpose: 'Security', frequency: 'continuous' });
  });

  it('does not change the object it was given', () => {
    const copy = structuredClone(v1);
    file(copy);
    expect(copy).toEqual(v1);
  });

  it('reads the version 1 fixture a rep would have shared, and writes it back as version 2 that reads again', () => {
    const text = readFileSync(
      new URL('../../tests/fixtures/declarations/contoso-monitoring.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(text).version).toBe(1);
    const parsed = parseDeclarationFile(text.length, text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const out = serialiseDeclaration(parsed.declaration);
    expect(JSON.parse(out).version).toBe(2);
    expect(parseDeclarationFile(out.length, out)).toEqual(parsed);
  });

  it('an upgraded declaration compares findings by category as before', () => {
    const parsed = file(v1);
    if (!parsed.ok) throw new Error(parsed.error);
    const comparison = comparePolicy(['zscaler-internet-access', 'hotjar'], ruleCatalog, parsed.declaration);
    expect(comparison.statuses.get('zscaler-internet-access')).toMatchObject({ status: 'declared', by: 'category' });
    expect(comparison.statuses.get('hotjar')).toMatchObject({ status: 'declared', by: 'product' });
  });
});

describe('version 2 kinds', () => {
  const v2 = (items: unknown[]) =>
    Declaration.parse({ format: 'sightline-declaration', version: 2, id: 'd', employer: 'E', items });

  it('a kind no browser sees has no category; a browser kind gets its category', () => {
    const d = v2([
      { id: 'a', kind: 'biometrics' },
      { id: 'b', kind: 'web_filtering' },
      { id: 'c', category: 'session_recording' },
    ]);
    expect(d.items.map((i) => [i.kind, i.category])).toEqual([
      ['biometrics', undefined],
      ['web_filtering', 'web_filtering'],
      ['session_recording', 'session_recording'],
    ]);
    expect('category' in d.items[0]!).toBe(false);
  });

  it('round-trips every kind through export', () => {
    const d = v2([
      { id: 'cctv', kind: 'cctv_video', systems: 'Reception and car park', frequency: 'continuous' },
      { id: 'audio', kind: 'audio_recording' },
      { id: 'bio', kind: 'biometrics', lawfulBasis: 'Explicit consent' },
      { id: 'calls', kind: 'call_recording', frequency: 'occasional' },
      { id: 'gps', kind: 'location_tracking' },
      { id: 'doors', kind: 'access_logs' },
    ]);
    const text = serialiseDeclaration(d);
    expect(parseDeclarationFile(text.length, text)).toEqual({ ok: true, declaration: d });
  });

  it('declared kinds no browser sees never make a finding declared, and are not "declared, not seen here"', () => {
    const d = v2([
      { id: 'cctv', kind: 'cctv_video' },
      { id: 'filter', kind: 'web_filtering' },
    ]);
    const comparison = comparePolicy(['hotjar', 'zscaler-internet-access'], ruleCatalog, d);
    expect(comparison.statuses.get('hotjar')).toEqual({ status: 'undeclared' });
    expect(comparison.statuses.get('zscaler-internet-access')).toMatchObject({ status: 'declared', by: 'category' });
    expect(comparison.declaredNotSeen).toEqual([]);
    expect(comparison.declaredOffline.map((i) => i.id)).toEqual(['cctv']);
  });
});
