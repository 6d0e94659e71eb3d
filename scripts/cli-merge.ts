// `sightline merge DIR|FILE… [--csv OUT] [--report OUT] [--json]`: the rep view's merge from a terminal.
// Files are read one at a time and boiled down to a member summary (summariseExportText, the very
// function the rep view's workers run; capture evidence through summariseCapture) before the next is
// read, so memory holds summaries, never logs: 10,000 exports merge in bounded memory.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { summariseCapture } from '../src/capture/capture-summary';
import { looksLikeCapture, parseCaptureJson } from '../src/capture/read-capture-file';
import { verifyCapture } from '../src/capture/seal-capture';
import { describeKeyChange, findKeyChanges, signerLabel } from '../src/evidence/key-changes';
import type { MemberSummary } from '../src/evidence/member-summary';
import { mergedRows, reportModelFromSummaries, selectOnePerMember } from '../src/evidence/report-from-bundles';
import { renderReportHtml } from '../src/evidence/report-html';
import { summariseExportText } from '../src/evidence/summarise-file';
import type { RuleSummary } from '../src/rules/catalog';
import { mergedCsv } from './merged-csv';
import { UsageError } from './cli-usage';

export interface MergeOptions {
  csv?: string;
  report?: string;
  json?: boolean;
  /** Show a progress bar on stderr (default: when stderr is a terminal). */
  progress?: boolean;
}

/** Every *.json file under the arguments (folders walked, sorted, so the order never depends on the disk). */
export function collectFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (name.toLowerCase().endsWith('.json')) out.push(child);
    }
  };
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${arg}: no such file or folder`);
    if (stat.isDirectory()) walk(arg);
    else out.push(arg);
  }
  return out;
}

type Outcome = { ok: true; summary: MemberSummary } | { ok: false; error: string };

async function summariseFile(path: string, catalog: ReadonlyMap<string, RuleSummary>): Promise<Outcome> {
  let text: string;
  let bytes: number;
  try {
    bytes = statSync(path).size;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, error: `cannot read (${(error as Error).message})` };
  }
  // Capture evidence is told apart by its format field; anything else is read as the rep view reads it.
  if (text.length < 6 * 1024 * 1024 && /"format"\s*:\s*"sightline-capture"/.test(text.slice(0, 400))) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (looksLikeCapture(json)) {
      const parsed = parseCaptureJson(json);
      if (!parsed.ok) return parsed;
      return { ok: true, summary: summariseCapture(parsed.file, await verifyCapture(parsed.file)) };
    }
  }
  return summariseExportText(text, bytes, catalog);
}

export async function runMerge(args: readonly string[], options: MergeOptions, catalog: ReadonlyMap<string, RuleSummary>, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  if (args.length === 0) throw new UsageError('merge needs at least one file or folder');
  const files = collectFiles(args);
  if (files.length === 0) throw new UsageError('no .json files found in what was given');
  const bar = (options.progress ?? process.stderr.isTTY === true) ? new cliProgress.SingleBar({ stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000, format: 'merging {bar} {value}/{total} files ({percentage}%) eta {eta}s' }, cliProgress.Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  const summaries: MemberSummary[] = [];
  const failures: { file: string; error: string }[] = [];
  for (const file of files) {
    const outcome = await summariseFile(file, catalog);
    if (outcome.ok) summaries.push(outcome.summary);
    else failures.push({ file, error: outcome.error });
    bar?.increment();
  }
  bar?.stop();
  const { kept, duplicates } = selectOnePerMember(summaries);
  const rows = mergedRows(kept);
  const keyChanges = findKeyChanges(summaries);
  const broken = kept.filter((m) => m.integrity.status === 'broken');
  if (options.csv) writeFileSync(options.csv, mergedCsv(rows));
  if (options.report) writeFileSync(options.report, renderReportHtml(reportModelFromSummaries(kept, new Date())));
  if (options.json) {
    out(`${JSON.stringify({ files: files.length, members: kept.map((m) => ({ label: m.label, exportId: m.exportId, records: m.records, integrity: m.integrity, signer: signerLabel(m.signature), source: (m as { source?: string }).source ?? 'log' })), rows, duplicates, failures, keyChanges: keyChanges.map(describeKeyChange) }, null, 2)}\n`);
  } else {
    const lines = [`${kept.length} member file${kept.length === 1 ? '' : 's'} merged from ${files.length} file${files.length === 1 ? '' : 's'}: ${rows.length} product × site rows, ${broken.length} broken.`];
    for (const r of rows) lines.push(`  ${r.product} | ${r.category} | ${r.site} | ${r.members} member${r.members === 1 ? '' : 's'} | ${r.count} | ${new Date(r.first).toISOString()} – ${new Date(r.last).toISOString()} | ${r.status}`);
    for (const m of kept) lines.push(`  ${m.label}: ${m.integrity.status === 'intact' ? 'intact' : `BROKEN — ${m.integrity.detail ?? ''}`}, ${m.records} records, ${signerLabel(m.signature)}`);
    for (const d of duplicates) lines.push(`  not counted twice: ${d.label} (${d.reason})`);
    for (const c of keyChanges) lines.push(`  KEY CHANGED — ${describeKeyChange(c)}`);
    out(`${lines.join('\n')}\n`);
  }
  for (const f of failures) err(`${f.file}: not merged — ${f.error}`);
  return failures.length > 0 || broken.length > 0 || keyChanges.length > 0 ? 1 : 0;
}
