// `sightline merge DIR|FILE… [--csv OUT] [--report OUT] [--json]`: the rep view's merge from a terminal.
// The same rules as the rep view (evidence/merge/): only files that verify count, duplicates are decided
// by content, a member's several files are united record by record, and the order never matters. Files
// are read one at a time and boiled down to summaries, so memory holds summaries, never logs.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { planWithCaptures, readableExports } from '../src/capture/plan-with-captures';
import { describeKeyChange, findKeyChanges, signerLabel } from '../src/evidence/seal/key-changes';
import { summariseMemberFiles, type MemberOutcome } from '../src/evidence/merge/member-exports';
import { membersToMerge } from '../src/evidence/merge/merge-files';
import { mergedCsv } from '../src/evidence/merge/merged-csv';
import { provenanceOf } from '../src/evidence/merge/provenance';
import { canonicalOrder, mergedRows, reportModelFromSummaries } from '../src/evidence/merge/report-from-bundles';
import { renderReportHtml } from '../src/evidence/report/report-html';
import type { LoadedFile } from '../src/evidence/merge/summarise-file';
import type { RuleSummary } from '../src/rules/catalog';
import { RULE_DB_VERSION } from '../src/rules/version';
import packageJson from '../package.json' with { type: 'json' };
import { nodeSha256Hex, readFileBytes } from './cli-file-bytes';
import { readEvidenceFiles } from './cli-read-files';
import { UsageError } from './cli-usage';

const VERSION = packageJson.version;

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

/**
 * The rep view's merge (evidence/merge/: plan-merge, member-exports, merge-files), one file at a time
 * per reader thread (cli-read-files.ts): each file is read, hashed and summarised, then dropped; only a member with several files has them
 * read again, together. Memory holds summaries, never logs. Capture files count beside the exports,
 * read and planned by the same functions as in the rep view (capture/summarise-evidence-file.ts,
 * capture/plan-with-captures.ts).
 */
export async function runMerge(
  args: readonly string[],
  options: MergeOptions,
  catalog: ReadonlyMap<string, RuleSummary>,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  if (args.length === 0) throw new UsageError('merge needs at least one file or folder');
  const files = collectFiles(args);
  if (files.length === 0) throw new UsageError('no .json files found in what was given');
  const bar =
    (options.progress ?? process.stderr.isTTY === true)
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            noTTYOutput: true,
            notTTYSchedule: 1000,
            format: 'merging {bar} {value}/{total} files ({percentage}%) eta {eta}s',
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0);
  const loaded: LoadedFile[] = [];
  const pathBySha = new Map<string, string>();
  const failures: { file: string; error: string }[] = [];
  const read = await readEvidenceFiles(files, catalog, () => bar?.increment());
  bar?.stop();
  read.forEach((outcome, i) => {
    if ('error' in outcome) failures.push({ file: files[i]!, error: outcome.error });
    else {
      if (outcome.loaded.sha256) pathBySha.set(outcome.loaded.sha256, files[i]!);
      loaded.push(outcome.loaded);
    }
  });
  const plan = planWithCaptures(loaded);
  const united = new Map<string, MemberOutcome>();
  for (const { memberKey, sha256 } of plan.members) {
    if (sha256.length < 2) continue;
    united.set(
      memberKey,
      await summariseMemberFiles(
        sha256.map((sha) => ({ sha256: sha, data: readFileBytes(pathBySha.get(sha)!) })),
        catalog,
        nodeSha256Hex,
      ),
    );
  }
  const result = membersToMerge(plan, loaded, united);
  const members = canonicalOrder(result.members);
  const provenance = provenanceOf(result.plan, { extensionVersion: VERSION, ruleDbVersion: RULE_DB_VERSION });
  const rows = mergedRows(members);
  const keyChanges = findKeyChanges(canonicalOrder(readableExports(loaded)));
  if (options.csv) writeFileSync(options.csv, mergedCsv(rows, provenance));
  if (options.report)
    writeFileSync(
      options.report,
      renderReportHtml(reportModelFromSummaries(members, new Date(), provenance, undefined, catalog)),
    );
  if (options.json) {
    out(
      `${JSON.stringify({ files: files.length, members: members.map((m) => ({ label: m.label, exportId: m.exportId, records: m.records, integrity: m.integrity, signer: signerLabel(m.signature), source: m.source ?? 'log' })), rows, merged: provenance.merged, leftOut: provenance.leftOut, conflicts: provenance.conflicts, inputDigest: provenance.inputDigest, failures, keyChanges: keyChanges.map(describeKeyChange) }, null, 2)}\n`,
    );
  } else {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const lines = [
      `${plural(members.length, 'member', 'members')} merged from ${plural(files.length, 'file', 'files')}: ${plural(rows.length, 'row', 'rows')}; ${plural(provenance.leftOut.length + failures.length, 'file', 'files')} left out of every figure.`,
    ];
    for (const r of rows)
      lines.push(
        `  ${r.product} | ${r.category} | ${r.site} | ${plural(r.members, 'member', 'members')} | ${r.count} | ${new Date(r.first).toISOString()} – ${new Date(r.last).toISOString()} | ${r.status}`,
      );
    for (const m of members) lines.push(`  ${m.label}: intact, ${m.records} records, ${signerLabel(m.signature)}`);
    for (const f of provenance.leftOut) lines.push(`  LEFT OUT ${f.names.join(' | ')}: ${f.reason}`);
    for (const c of provenance.conflicts) lines.push(`  CONFLICT ${c}`);
    for (const c of keyChanges) lines.push(`  KEY CHANGED — ${describeKeyChange(c)}`);
    lines.push(`  input digest ${provenance.inputDigest}`);
    out(`${lines.join('\n')}\n`);
  }
  for (const f of failures) err(`${f.file}: not merged — ${f.error}`);
  return failures.length > 0 || provenance.leftOut.length > 0 || keyChanges.length > 0 ? 1 : 0;
}
