// The merge over generated sets of members' files (issue 16): each member's log exported once or twice
// (a full export and an earlier, shorter one), sometimes with a tampered copy under the same export id
// and sometimes loaded twice. Whatever the order, the merge gives the same bytes of CSV, and its figures
// are the oracle's: per site, the sum of every member's log counted once, and the members who saw it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../rules/bundled-catalog';
import { mergedRows } from './report-from-bundles';
import { mergeExportFiles } from './merge-files';
import { mergedCsv } from './merged-csv';
import { provenanceOf } from './provenance';
import { configureProperties } from './test-property';
import { bytesOf, code, edited, exportOf, observations, sealLog } from './test-exports';

configureProperties('merge order and duplicates');

const SITES = ['contoso.sharepoint.com', 'acme.slack.com', 'wd3.myworkday.com'];
const memberArb = fc.record({
  counts: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
  site: fc.constantFrom(...SITES),
  earlier: fc.option(fc.nat(), { nil: undefined }),
  tampered: fc.boolean(),
  twice: fc.boolean(),
});

function filesFor(
  members: { counts: number[]; site: string; earlier: number | undefined; tampered: boolean; twice: boolean }[],
) {
  const files: { name: string; data: Uint8Array<ArrayBuffer> }[] = [];
  const expected = new Map<string, { count: number; members: number }>();
  members.forEach((m, i) => {
    const member = code(`M-${String.fromCharCode(65 + i).repeat(8)}`);
    const log = sealLog(observations(m.counts, { site: m.site }));
    const full = exportOf(log, member, `export-${i}-full`);
    files.push({ name: `m${i}.json`, data: bytesOf(full) });
    if (m.twice) files.push({ name: `m${i} copy.json`, data: bytesOf(full) });
    if (m.earlier !== undefined)
      files.push({
        name: `m${i} earlier.json`,
        data: bytesOf(exportOf(log.slice(0, 1 + (m.earlier % log.length)), member, `export-${i}-earlier`)),
      });
    if (m.tampered)
      files.push({ name: `m${i} edited.json`, data: bytesOf(edited(full, m.counts.length - 1, { count: 100 })) });
    const row = expected.get(m.site) ?? { count: 0, members: 0 };
    expected.set(m.site, { count: row.count + m.counts.reduce((a, b) => a + b, 0), members: row.members + 1 });
  });
  return { files, expected };
}

const READER = { extensionVersion: '0.1.0', ruleDbVersion: 'test' };
const csvOf = async (files: { name: string; data: Uint8Array<ArrayBuffer> }[]) => {
  const { plan, members } = await mergeExportFiles(files, ruleCatalog);
  return { csv: mergedCsv(mergedRows(members), provenanceOf(plan, READER)), rows: mergedRows(members), plan };
};

describe("a merge of generated members' files", () => {
  it("gives the oracle's figures and the same CSV bytes in any order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(memberArb, { minLength: 1, maxLength: 4 }), fc.nat(), async (members, shuffleSeed) => {
        const { files, expected } = filesFor(members);
        const reference = await csvOf(files);
        expect(Object.fromEntries(reference.rows.map((r) => [r.site, { count: r.count, members: r.members }]))).toEqual(
          Object.fromEntries(expected),
        );
        expect(reference.plan.leftOut).toHaveLength(members.filter((m) => m.tampered).length);
        // A permutation from the seed (fc.shuffledSubarray would shrink poorly across variable lengths).
        const order = files
          .map((f, i) => ({ f, key: (Math.imul(i + 1, 2654435761) ^ shuffleSeed) >>> 0 }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.f);
        expect((await csvOf(order)).csv).toBe(reference.csv);
        expect((await csvOf([...files].reverse())).csv).toBe(reference.csv);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
