// The log entry's `declared` field is a persisted word ("product", "category", "no", or no field): read
// into memory and written back through policy/declared-status.ts, real exports must come out byte for
// byte as they were, and so still verify.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPersistedDeclared, toPersistedDeclared } from '../../policy/declared-status';
import { code, exportOf, observations, sealLog } from '../merge/test-exports';
import { parseBundle, verifyBundle } from './read-bundle';
import type { EvidenceBundle } from './bundle';

/** Every record's `declared` read into memory and written back; a record without one stays without. */
function throughMemory(text: string): string {
  const bundle = JSON.parse(text) as { records: Record<string, unknown>[] };
  bundle.records = bundle.records.map((record) => {
    if (!('declared' in record)) return record;
    const persisted = toPersistedDeclared(fromPersistedDeclared(record.declared));
    return { ...record, declared: persisted };
  });
  return JSON.stringify(bundle, null, 2);
}

const reformat = (text: string) => JSON.stringify(JSON.parse(text), null, 2);

describe("the log entry's declared field, through memory and back", () => {
  it('leaves exports made before seal version 3 (real fixtures) unchanged and verifying', async () => {
    for (const redaction of ['full', 'host', 'category']) {
      const text = readFileSync(
        new URL(`../../../tests/fixtures/evidence-v2/${redaction}.json`, import.meta.url),
        'utf8',
      );
      expect(text, redaction).toMatch(/"declared": "product"/);
      const back = throughMemory(text);
      expect(back, redaction).toBe(reformat(text));
      const parsed = parseBundle(back);
      expect(parsed.ok, redaction).toBe(true);
      if (parsed.ok) expect(await verifyBundle(parsed.bundle), redaction).toMatchObject({ intact: true });
    }
  });

  it('leaves a version 3 export with every persisted word unchanged and verifying', async () => {
    const records = sealLog([
      ...observations([1, 2], { declared: 'no' }),
      ...observations([3], { declared: 'product', site: 'a.example' }),
      ...observations([4], { declared: 'category', site: 'b.example' }),
      ...observations([5], { site: 'c.example' }).map(({ declared: _none, ...noPolicy }) => noPolicy),
    ]);
    const bundle: EvidenceBundle = exportOf(records, code('M-DECLARED'), 'declared-words');
    const text = JSON.stringify(bundle, null, 2);
    for (const word of ['"no"', '"product"', '"category"']) expect(text).toContain(`"declared": ${word}`);
    const back = throughMemory(text);
    expect(back).toBe(text);
    const parsed = parseBundle(back);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(await verifyBundle(parsed.bundle)).toMatchObject({ intact: true, count: records.length });
  });
});
