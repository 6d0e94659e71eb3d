// `sightline merge` gives what the rep view gives for the same files: the same rows, members, files left
// out and input digest, and the same CSV byte for byte. The rep view's figures are computed here by the
// functions its workers and use-merge.ts run (capture/merge-evidence-files.ts); the Chromium test
// tests/e2e/rep-capture.e2e.test.ts downloads the rep view's CSV for these files and compares it with the
// command line's too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { mergeEvidenceFiles } from '../../src/capture/merge-evidence-files';
import { mergedCsv } from '../../src/evidence/merge/merged-csv';
import { provenanceOf } from '../../src/evidence/merge/provenance';
import { canonicalOrder, mergedRows } from '../../src/evidence/merge/report-from-bundles';
import { membersPerProduct, sitesByProducts } from '../../src/evidence/merge/rep-charts-model';
import { ruleCatalog } from '../../src/rules/bundled-catalog';
import { RULE_DB_VERSION } from '../../src/rules/version';
import { distinctMemberExportTexts } from '../../bench/evidence-fixtures';
import { demoCaptureText, repInputs, writeInputs, type RepInput } from './rep-merge-inputs';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sightline-cli-rep-'));
let inputs: RepInput[];

beforeAll(async () => {
  inputs = await repInputs();
  writeInputs(dir, inputs);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command line run from inside the folder, given the names, as the rep view is given them. */
function cliMerge(names: readonly string[], cwd = dir) {
  const run = spawnSync(
    join(root, 'scripts', 'sightline.mjs'),
    ['merge', ...names, '--csv', 'cli.csv', '--report', 'cli.html', '--json', '--no-progress'],
    { cwd, encoding: 'utf8', timeout: 110_000 },
  );
  return {
    code: run.status,
    json: JSON.parse(run.stdout) as CliJson,
    csv: readFileSync(join(cwd, 'cli.csv'), 'utf8'),
    report: readFileSync(join(cwd, 'cli.html'), 'utf8'),
  };
}

interface CliJson {
  members: { label: string; source: string }[];
  rows: unknown[];
  merged: { names: string[]; sha256: string }[];
  leftOut: { names: string[]; reason: string }[];
  inputDigest: string;
}

async function repView(order: readonly RepInput[]) {
  const merge = await mergeEvidenceFiles(
    order.map((f) => ({ name: f.name, data: new TextEncoder().encode(f.text) as Uint8Array<ArrayBuffer> })),
    ruleCatalog,
  );
  const members = canonicalOrder(merge.members);
  const provenance = provenanceOf(merge.plan, {
    extensionVersion: packageJson.version,
    ruleDbVersion: RULE_DB_VERSION,
  });
  const rows = mergedRows(members);
  return { members, provenance, rows, csv: mergedCsv(rows, provenance) };
}

describe('sightline merge and the rep view', () => {
  it('give the same rows, members, files and CSV bytes for exports and capture evidence', async () => {
    const cli = cliMerge(inputs.map((f) => f.name));
    const rep = await repView(inputs);
    // Two edited files are left out, so the command line says so with exit 1.
    expect(cli.code).toBe(1);
    expect(cli.json.rows).toEqual(rep.rows);
    expect(cli.json.members.map((m) => [m.label, m.source])).toEqual(
      rep.members.map((m) => [m.label, m.source ?? 'log']),
    );
    expect(cli.json.members.map((m) => m.source)).toEqual(['capture', 'log', 'log']);
    expect(cli.json.leftOut.map((f) => f.names)).toEqual(rep.provenance.leftOut.map((f) => f.names));
    expect(cli.json.leftOut.flatMap((f) => f.names).sort()).toEqual(['capture-edited.json', 'carol-edited.json']);
    expect(cli.json.inputDigest).toBe(rep.provenance.inputDigest);
    expect(cli.csv).toBe(rep.csv);
    expect(cli.csv).toContain('members_from_capture');
    // The report's two rep charts draw what the rep view's charts draw (the same model, same members).
    for (const [id, bars] of [
      ['rep-chart-members', membersPerProduct(rep.members)],
      ['rep-chart-sites', sitesByProducts(rep.members)],
    ] as const) {
      const start = cli.report.indexOf(`<figure class="rep-chart" data-chart="${id}">`);
      expect(start).toBeGreaterThan(-1);
      const figure = cli.report.slice(start, cli.report.indexOf('</table>', start));
      const pairs = (re: RegExp) => [...figure.matchAll(re)].map((m) => [m[1], Number(m[2])]);
      const want = bars.map((b) => [b.key, b.value]);
      expect(want.length).toBeGreaterThan(0);
      // The picture draws the longest 15 bars; its table lists every one.
      expect(pairs(/<g class="bar" data-key="([^"]*)" data-value="(\d+)">/g)).toEqual(want.slice(0, 15));
      expect(pairs(/<tr data-key="([^"]*)" data-value="(\d+)">/g)).toEqual(want);
    }
  }, 120_000);

  it('agree whatever order the files are given in', async () => {
    const reversed = [...inputs].reverse();
    const cli = cliMerge(reversed.map((f) => f.name));
    expect(cli.csv).toBe((await repView(reversed)).csv);
    expect(cli.csv).toBe((await repView(inputs)).csv);
  }, 120_000);

  it('agree when the command line reads in several threads (from 100 files)', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    const texts = distinctMemberExportTexts(
      Array.from({ length: 120 }, (_, i) => 100 + i),
      8,
    );
    const files: RepInput[] = [
      ...texts.map((text, i) => ({ name: `m${String(i).padStart(3, '0')}.json`, text })),
      { name: 'capture.json', text: await demoCaptureText() },
    ];
    writeInputs(many, files);
    const cli = cliMerge(
      files.map((f) => f.name),
      many,
    );
    expect(cli.code).toBe(0);
    expect(cli.json.members).toHaveLength(121);
    expect(cli.csv).toBe((await repView(files)).csv);
  }, 120_000);
});
