// The `sightline` command run as a person runs it (a child process through package.json's bin), on files
// written here: HARs carrying session secrets, capture evidence, members' sealed exports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distinctMemberExportTexts as memberExportTexts } from '../../bench/evidence-fixtures';
import { demoHar, harBytes, SECRETS } from '../../src/capture/test-hars';

const root = join(import.meta.dirname, '..', '..');
const bin = join(
  root,
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { sightline: string } }).bin.sightline,
);
const dir = mkdtempSync(join(tmpdir(), 'sightline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sightline(...args: string[]) {
  const run = spawnSync(bin, args, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const har = join(dir, 'contoso.har');
writeFileSync(har, harBytes(demoHar('chrome')));
const declaration = join(root, 'tests', 'fixtures', 'declarations', 'contoso-monitoring.json');
const EXPECTED = ['fullstory', 'hotjar', 'microsoft-1ds-telemetry', 'pendo'];

describe('sightline (usage)', () => {
  it('prints help with exit 0, and refuses a wrong command line with exit 2 and a reason', () => {
    expect(sightline('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('sightline scan FILE.har') });
    expect(sightline('merge', '--help').code).toBe(0);
    expect(sightline()).toMatchObject({ code: 2 });
    expect(sightline('explode')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "explode"'),
    });
    expect(sightline('scan', har, '--csv', 'x.csv')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('scan does not take --csv'),
    });
    expect(sightline('scan', har, '--bogus')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
    expect(sightline('merge', join(dir, 'missing'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file or folder'),
    });
  });
});

describe('sightline scan', () => {
  it('finds the products, compares them with the declaration, and writes no secret anywhere', () => {
    const evidence = join(dir, 'evidence.json');
    const report = join(dir, 'report.html');
    const text = sightline('scan', har, '--declaration', declaration, '--evidence', evidence, '--report', report);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('contoso.sharepoint.com (1 page): 4 monitoring products, 2 undeclared');
    expect(text.stdout).toContain('What a capture cannot show');
    const json = sightline('scan', har, '--declaration', declaration, '--json');
    const parsed = JSON.parse(json.stdout) as {
      files: { ok: boolean; capture: { sites: { findings: { ruleId: string; status: string }[] }[] } }[];
    };
    const findings = parsed.files[0]!.capture.sites[0]!.findings;
    expect(findings.map((f) => f.ruleId).sort()).toEqual(EXPECTED);
    // The fixture declaration names Pendo and the telemetry category, nothing else seen here.
    expect(Object.fromEntries(findings.map((f) => [f.ruleId, f.status]))).toEqual({
      pendo: 'product',
      'microsoft-1ds-telemetry': 'category',
      fullstory: 'undeclared',
      hotjar: 'undeclared',
    });
    for (const output of [
      text.stdout,
      text.stderr,
      json.stdout,
      readFileSync(evidence, 'utf8'),
      readFileSync(report, 'utf8'),
    ]) {
      for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    }
    expect(readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('refuses a file that is not a HAR with exit 1 and says why, and still scans the others', () => {
    const notHar = join(dir, 'notes.txt');
    writeFileSync(notHar, 'just some notes');
    const run = sightline('scan', notHar, har);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notes.txt: not scanned — This file is not a HAR: it is not JSON');
    expect(run.stdout).toContain('contoso.sharepoint.com');
  });
});

describe('sightline verify and merge', () => {
  const members = join(dir, 'members');
  mkdirSync(join(members, 'sub'), { recursive: true });
  const texts = memberExportTexts([1, 2, 3], 40);
  texts.forEach((t, i) => writeFileSync(join(members, i === 2 ? 'sub' : '.', `member-${i + 1}.json`), t));
  const tampered = JSON.parse(texts[1]!) as {
    records: { count: number }[];
    member: { code: string };
    exportId: string;
  };
  tampered.records[3]!.count += 5;
  tampered.member.code = 'M-TTTTTTTT';
  tampered.exportId = 'export-tampered';
  const tamperedFile = join(dir, 'tampered.json');
  writeFileSync(tamperedFile, JSON.stringify(tampered));
  const capture = join(members, 'capture.json');
  execFileSync(bin, ['scan', har, '--evidence', capture], { cwd: dir });

  it('verifies exports and capture evidence, and says BROKEN with exit 1 for an edited file', () => {
    const good = sightline('verify', join(members, 'member-1.json'), capture);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/member-1\.json: INTACT/);
    expect(good.stdout).toMatch(/capture\.json: INTACT — capture evidence/);
    const editedCapture = join(dir, 'capture-edited.json');
    writeFileSync(editedCapture, readFileSync(capture, 'utf8').replace('"count": 4', '"count": 40'));
    const bad = sightline('verify', tamperedFile, editedCapture);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/tampered\.json: BROKEN/);
    expect(bad.stdout).toMatch(/capture-edited\.json: BROKEN — its seal does not match/);
  });

  it('merges a folder (recursively) with capture evidence beside exports, as CSV, JSON and a report', () => {
    const csv = join(dir, 'merged.csv');
    const run = sightline('merge', members, '--csv', csv, '--json', '--progress');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      files: number;
      members: { label: string; source: string; integrity: { status: string } }[];
      rows: { product: string; site: string; members: number }[];
    };
    expect(out.files).toBe(4);
    expect(out.members.map((m) => m.source).sort()).toEqual(['capture', 'log', 'log', 'log']);
    expect(out.members.every((m) => m.integrity.status === 'intact')).toBe(true);
    // The capture's Hotjar is on contoso.sharepoint.com; which synthetic members' logs also have it there
    // depends on the rule set the fixtures draw from, so it is counted from their files.
    const logsWithHotjar = texts.filter((text) =>
      (JSON.parse(text) as { records: { ruleId?: string; site?: string }[] }).records.some(
        (r) => r.ruleId === 'hotjar' && r.site === 'contoso.sharepoint.com',
      ),
    ).length;
    const hotjar = out.rows.find((r) => r.product === 'Hotjar' && r.site === 'contoso.sharepoint.com');
    expect(hotjar?.members).toBe(1 + logsWithHotjar);
    const csvText = readFileSync(csv, 'utf8');
    expect(
      csvText.startsWith(
        '\uFEFFproduct,category,site,members,count,first_seen_utc,last_seen_utc,status,page_reported_only,members_from_capture,days,page_loads\r\n',
      ),
    ).toBe(true);
    // The CSV is the rep view's: the rows, then the files merged and left out, then what merged them.
    expect(csvText).toContain('\r\nsightline_version,');
    // Progress on stderr, never in the output.
    expect(run.stderr).toMatch(/merging .* 4\/4 files/);
    expect(run.stdout).not.toContain('merging');
  });

  it('exits 1 when a file is broken or not an export, naming it, and still merges the rest', () => {
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"hello":1}');
    const run = sightline('merge', members, tamperedFile, junk);
    expect(run.code).toBe(1);
    // As in the rep view: a file that fails its check, or is not an export, is in no figure, and named.
    expect(run.stdout).toMatch(/LEFT OUT .*junk\.json: .*not a Sightline evidence export/);
    expect(run.stdout).toMatch(/LEFT OUT .*tampered\.json: /);
    expect(run.stdout).not.toMatch(/M-TTTTTTTT: intact/);
    expect(run.stdout).toMatch(/^4 members merged from 6 files: .*; 2 files left out of every figure\./);
  });
});
