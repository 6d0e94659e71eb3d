// Hostile input against the export importer the rep view runs on every file (issue 16), generated rather
// than hand-picked: truncation, flipped bytes, invalid UTF-8, duplicate and "__proto__" keys, numbers out of
// range, deep nesting, huge strings, reordered and replayed records, chains spliced from two members.
// Each file must give a specific error or a verdict, never a crash or a hang; it verifies only if it still
// says exactly what the original said; and merged with intact files it never moves a merged figure.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { mergedRows } from './report-from-bundles';
import { generateSigningKeys, signBundle } from '../seal/signature';
import { summariseExportFile } from './summarise-file';
import { mergeExportFiles } from './merge-files';
import { configureProperties } from './test-property';
import { bytesOf, code, exportOf, observations, sealLog } from './test-exports';

configureProperties('hostile exports');

const logA = sealLog(observations([1, 4, 2, 3]));
const logB = sealLog(observations([5, 1, 2], { site: 'acme.slack.com' }));
// Signed, as every version 4 export is: an unsigned file's chain can be recomputed by anyone (a splice
// with its entry count and chain head fixed up then verifies, and is reported as unsigned).
const exportA = await signBundle(exportOf(logA, code('M-AAAAAAAA'), 'export-aaaa'), await generateSigningKeys());
const exportB = await signBundle(exportOf(logB, code('M-BBBBBBBB'), 'export-bbbb'), await generateSigningKeys());
const textA = JSON.stringify(exportA, null, 1);
const bytesA = bytesOf(textA);
const decoder = new TextDecoder();

const parsedOrNull = (bytes: Uint8Array): unknown => {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
};
type Mutation = (bytes: Uint8Array) => Uint8Array;
const text = (bytes: Uint8Array) => decoder.decode(bytes);
const at = (bytes: Uint8Array, fraction: number) => Math.floor(fraction * bytes.length);
/** Replace the n-th match of `pattern` (wrapping round) in the file's text. */
const replaceNth =
  (pattern: RegExp, n: number, by: (match: string) => string): Mutation =>
  (bytes) => {
    const source = text(bytes);
    const matches = [...source.matchAll(pattern)];
    if (matches.length === 0) return bytes;
    const m = matches[n % matches.length]!;
    return bytesOf(source.slice(0, m.index) + by(m[0]) + source.slice(m.index! + m[0].length));
  };
/** A structural edit, applied only to a file that still parses (an earlier mutation may have broken it). */
const structural =
  (edit: (bundle: typeof exportA) => unknown): Mutation =>
  (bytes) => {
    const bundle = parsedOrNull(bytes) as typeof exportA | null;
    if (!Array.isArray(bundle?.records) || bundle.records.length === 0) return bytes;
    try {
      return bytesOf(edit(bundle));
    } catch {
      return bytes; // JSON.stringify cannot write a value nested 100,000 deep that JSON.parse read
    }
  };
const withRecords = (edit: (records: unknown[]) => unknown[]): Mutation =>
  structural((bundle) => ({ ...bundle, records: edit(bundle.records) }));

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const OUT_OF_RANGE = [
  '1e309',
  '-1',
  '9007199254740993',
  '1.5',
  '-0',
  '1e-400',
  '18446744073709551616',
  '"7"',
  'null',
  'true',
  '[]',
  '{}',
];

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fraction.map((f) => ({ name: `truncated at ${f}`, apply: (b: Uint8Array) => b.slice(0, at(b, f)) })),
  fc.tuple(fraction, fc.integer({ min: 0, max: 255 })).map(([f, v]) => ({
    name: `byte at ${f} set to ${v}`,
    apply: (b: Uint8Array) => {
      const c = b.slice();
      c[at(b, f)] = v;
      return c;
    },
  })),
  fc
    .tuple(
      fraction,
      fc.constantFrom([0xff], [0x80], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]),
    )
    .map(([f, bad]) => ({
      name: `invalid UTF-8 ${bad} at ${f}`,
      apply: (b: Uint8Array) => {
        const i = at(b, f);
        return Uint8Array.from([...b.slice(0, i), ...bad, ...b.slice(i)]);
      },
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 99 })).map(([n, v]) => ({
    name: `duplicate key count ${n} = ${v}`,
    apply: replaceNth(/"count": \d+/g, n, (m) => `${m}, "count": ${v}`),
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        '"__proto__": {"polluted": 1}',
        '"__proto__": null',
        '"constructor": {"prototype": {"polluted": 1}}',
        '"prototype": 1',
      ),
    )
    .map(([n, key]) => ({ name: `${key} in object ${n}`, apply: replaceNth(/\{/g, n, (m) => `${m}${key}, `) })),
  fc
    .tuple(fc.nat(), fc.constantFrom(...OUT_OF_RANGE))
    .map(([n, v]) => ({ name: `number ${n} replaced by ${v}`, apply: replaceNth(/(?<=": )\d+/g, n, () => v) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 200_000 })).map(([n, depth]) => ({
    name: `value ${n} nested ${depth} deep`,
    apply: replaceNth(/(?<=": )(\d+|"[^"]*")/g, n, () => '['.repeat(depth) + ']'.repeat(depth)),
  })),
  // The envelope fields read before the schema, or that decide completeness, most often.
  fc
    .tuple(
      fc.constantFrom('format', 'version', 'exportId', 'entryCount', 'chainHead', 'records', 'member', 'redaction'),
      fc.oneof(
        fc.constantFrom(...OUT_OF_RANGE),
        fc.integer({ min: 1, max: 200_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
      ),
    )
    .map(([key, value]) => ({
      name: `"${key}" replaced by ${value.slice(0, 20)}`,
      apply: (b: Uint8Array) =>
        bytesOf(text(b).replace(new RegExp(`(?<="${key}": )("[^"]*"|\\d+|\\{[^}]*\\}|\\[)`), value)),
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4_000_000 })).map(([n, size]) => ({
    name: `string ${n} made ${size} long`,
    apply: replaceNth(/(?<=": )"[^"]*"/g, n, () => `"${'x'.repeat(size)}"`),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => ({
    name: `records ${i} and ${j} swapped`,
    apply: withRecords((r) => {
      const c = [...r];
      const a = i % c.length;
      const b = j % c.length;
      [c[a], c[b]] = [c[b], c[a]];
      return c;
    }),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => ({
    name: `record ${i} replayed at ${j}`,
    apply: withRecords((r) => {
      const c = [...r];
      c.splice(j % (c.length + 1), 0, r[i % r.length]);
      return c;
    }),
  })),
  fc.tuple(fc.nat(), fc.boolean()).map(([cut, fixCount]) => ({
    name: `spliced with member B at ${cut}${fixCount ? ', entry count fixed' : ''}`,
    apply: structural((bundle) => {
      const k = cut % (bundle.records.length + 1);
      const records = [...bundle.records.slice(0, k), ...exportB.records.slice(k)];
      return {
        ...bundle,
        records,
        ...(fixCount
          ? { entryCount: records.length, chainHead: { seq: records.at(-1)!.seq, hash: records.at(-1)!.hash } }
          : {}),
      };
    }),
  })),
);

/** Mutations applied one after another. */
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });
const apply = (list: readonly { apply: Mutation }[]) => list.reduce((b, m) => m.apply(b), bytesA as Uint8Array);
const original = JSON.parse(textA) as unknown;

describe('a hostile export file', () => {
  it('gives a specific error or a verdict, and verifies only when it says exactly what the original said', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        const bytes = apply(list) as Uint8Array<ArrayBuffer>;
        const loaded = await summariseExportFile('hostile.json', bytes, ruleCatalog);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        if (!loaded.outcome.ok) {
          expect(loaded.outcome.error.length).toBeGreaterThan(10);
          return;
        }
        const { integrity } = loaded.outcome.summary;
        if (integrity.status === 'broken') {
          expect(integrity.detail!.length).toBeGreaterThan(10);
          expect(integrity.index).toBeGreaterThanOrEqual(0);
          return;
        }
        expect(isDeepStrictEqual(parsedOrNull(bytes), original), list.map((m) => m.name).join('; ')).toBe(true);
      }),
    );
  });

  it('gives a specific error or a broken verdict for every envelope field replaced by each kind of hostile value', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const key of [
      'format',
      'version',
      'exportId',
      'createdAt',
      'member',
      'redaction',
      'entryCount',
      'chainHead',
      'records',
      'signature',
    ]) {
      for (const value of [deep, '{"__proto__": {"polluted": 1}}', '1e309', '-1', 'null', '"x"']) {
        const mutatedText = textA.replace(new RegExp(`(?<="${key}": )("[^"]*"|\\d+|\\{[^}]*\\}|\\[)`), value);
        const { outcome } = await summariseExportFile('hostile.json', bytesOf(mutatedText), ruleCatalog);
        const verdict = outcome.ok ? outcome.summary.integrity : null;
        expect(verdict?.status ?? 'refused', `${key} = ${value.slice(0, 12)}`).not.toBe('intact');
      }
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('merged with intact files never moves a merged figure, in any order', async () => {
    const intactRows = mergedRows(
      (
        await mergeExportFiles(
          [
            { name: 'a.json', data: bytesA },
            { name: 'b.json', data: bytesOf(exportB) },
          ],
          ruleCatalog,
        )
      ).members,
    );
    expect(intactRows.map((r) => [r.site, r.count])).toEqual([
      ['contoso.sharepoint.com', 10],
      ['acme.slack.com', 8],
    ]);
    await fc.assert(
      fc.asyncProperty(mutations, fc.shuffledSubarray([0, 1, 2], { minLength: 3 }), async (list, order) => {
        const files = [
          { name: 'a.json', data: bytesA },
          { name: 'b.json', data: bytesOf(exportB) },
          { name: 'hostile.json', data: apply(list) as Uint8Array<ArrayBuffer> },
        ];
        const { members } = await mergeExportFiles(
          order.map((i) => files[i]!),
          ruleCatalog,
        );
        expect(mergedRows(members)).toEqual(intactRows);
      }),
    );
  });
});
