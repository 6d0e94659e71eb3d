// Capture evidence merged beside members' exports, through the functions the rep view and the command
// line both run: a capture counts as one member marked as a capture (rows, members, files, CSV, report);
// one whose seal fails is left out with the reason, never merged; copies and second captures of the same
// HAR count once; the order files come in never changes a byte of the CSV.
import { describe, expect, it } from 'vitest';
import { mergedCsv } from '../evidence/merge/merged-csv';
import { provenanceOf } from '../evidence/merge/provenance';
import { canonicalOrder, mergedRows, reportModelFromSummaries } from '../evidence/merge/report-from-bundles';
import { bytesOf, code, exportOf, observations, sealLog } from '../evidence/merge/test-exports';
import { renderReportHtml } from '../evidence/report/report-html';
import { ruleCatalog } from '../rules/bundled-catalog';
import { buildCaptureFile, serialiseCapture } from './build-capture';
import { bundledCaptureEngine } from './bundled-engine';
import { mergeEvidenceFiles } from './merge-evidence-files';
import { scanHarBytes } from './scan-har';
import { demoHar, harBytes } from './test-hars';

const engine = bundledCaptureEngine();

async function captureText(captureId: string): Promise<string> {
  const result = await scanHarBytes(harBytes(demoHar('chrome')), engine);
  if (!result.ok) throw new Error(result.error);
  return serialiseCapture(
    buildCaptureFile(result.scan, result.har, engine, {
      captureId,
      createdAt: new Date('2026-03-02T10:00:00Z'),
      via: 'cli',
      member: { named: false, code: 'M-CAPTURE1' },
    }),
  );
}

const exportText = (member: string, counts: number[]) =>
  JSON.stringify(exportOf(sealLog(observations(counts)), code(member), `export-${member}`));

async function inputs() {
  const capture = await captureText('cap-00000001');
  return {
    capture,
    files: [
      { name: 'alice.json', data: bytesOf(exportText('M-AAAAAAAA', [2, 3])) },
      { name: 'bob.json', data: bytesOf(exportText('M-BBBBBBBB', [1])) },
      { name: 'capture.json', data: bytesOf(capture) },
    ],
  };
}

const csvOf = async (files: { name: string; data: Uint8Array<ArrayBuffer> }[]) => {
  const merge = await mergeEvidenceFiles(files, ruleCatalog);
  const provenance = provenanceOf(merge.plan, { extensionVersion: 'test', ruleDbVersion: 'test' });
  return { merge, provenance, csv: mergedCsv(mergedRows(merge.members), provenance) };
};

describe('capture evidence in the rep merge', () => {
  it('counts a capture as one member, marked as a capture in rows, members, files, CSV and report', async () => {
    const { files } = await inputs();
    const { merge, provenance, csv } = await csvOf(files);
    const members = canonicalOrder(merge.members);
    expect(members.map((m) => m.source ?? 'log')).toEqual(['capture', 'log', 'log']);
    expect(merge.plan.leftOut).toEqual([]);
    // Fullstory on contoso.sharepoint.com: both members' logs and the capture.
    const rows = mergedRows(members);
    const fullstory = rows.find((r) => r.product === 'Fullstory' && r.site === 'contoso.sharepoint.com')!;
    expect(fullstory).toMatchObject({ members: 3, fromCapture: 1 });
    // Hotjar only in the capture.
    expect(rows.find((r) => r.product === 'Hotjar')).toMatchObject({ members: 1, fromCapture: 1 });
    expect(provenance.merged).toHaveLength(3);
    expect(provenance.merged.find((f) => f.names[0] === 'capture.json')?.member).toMatch(/browser capture/);
    const [header, ...lines] = csv.split('\r\n');
    expect(header).toBe(
      '\uFEFFproduct,category,site,members,count,first_seen_utc,last_seen_utc,status,page_reported_only,members_from_capture,days,page_loads',
    );
    expect(lines.find((l) => l.startsWith('Fullstory,'))).toMatch(/,contoso\.sharepoint\.com,3,.*,1,2,0$/);
    const model = reportModelFromSummaries(members, new Date('2026-03-03T00:00:00Z'), provenance);
    expect(model.products.find((p) => p.product === 'Fullstory')).toMatchObject({ members: 3, fromCapture: 1 });
    expect(model.products.find((p) => p.product === 'Pendo')?.fromCapture).toBe(1);
    const html = renderReportHtml(model);
    expect(html).toContain('1 from a browser capture');
    expect(html).toContain('1 of these members is a browser capture');
  });

  it('leaves out a capture whose seal fails, with the reason, and merges the rest', async () => {
    const { files, capture } = await inputs();
    const tampered = capture.replace(/"count": (\d+)/, (_, n: string) => `"count": ${Number(n) + 10}`);
    expect(tampered).not.toBe(capture);
    const { merge } = await csvOf([...files.slice(0, 2), { name: 'edited-capture.json', data: bytesOf(tampered) }]);
    expect(merge.members.map((m) => m.source ?? 'log')).toEqual(['log', 'log']);
    expect(merge.plan.leftOut).toHaveLength(1);
    expect(merge.plan.leftOut[0]).toMatchObject({
      names: ['edited-capture.json'],
      reason: expect.stringMatching(/seal does not match/),
    });
    expect(merge.plan.leftOut[0]!.unverified?.source).toBe('capture');
    expect(mergedRows(merge.members).some((r) => r.product === 'Hotjar')).toBe(false);
  });

  it('counts one capture once: the same bytes twice, and another capture file of the same HAR', async () => {
    const { files } = await inputs();
    const again = await captureText('cap-00000002');
    const { merge } = await csvOf([
      ...files,
      { name: 'copy.json', data: files[2]!.data },
      { name: 'rescanned.json', data: bytesOf(again) },
    ]);
    expect(merge.members.filter((m) => m.source === 'capture')).toHaveLength(1);
    expect(merge.plan.copies.map((c) => c.names)).toEqual([['capture.json', 'copy.json']]);
    expect(merge.plan.leftOut).toHaveLength(1);
    expect(merge.plan.leftOut[0]!.reason).toMatch(/same HAR file as/);
    expect(mergedRows(merge.members).find((r) => r.product === 'Hotjar')?.members).toBe(1);
  });

  it('gives the same CSV whatever order the files come in', async () => {
    const { files } = await inputs();
    const again = { name: 'rescanned.json', data: bytesOf(await captureText('cap-00000002')) };
    const forward = await csvOf([...files, again]);
    const backward = await csvOf([again, ...files].reverse());
    expect(backward.csv).toBe(forward.csv);
  });

  it("reads a malformed capture-evidence file as left out, with the capture reader's reason", async () => {
    const { merge } = await csvOf([
      { name: 'bad.json', data: bytesOf('{"format": "sightline-capture", "version": 9}') },
    ]);
    expect(merge.members).toEqual([]);
    expect(merge.plan.leftOut[0]!.reason).toMatch(/capture-evidence version 9/);
  });
});
