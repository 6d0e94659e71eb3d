// `sightline scan FILE.har… [--declaration FILE] [--json] [--report OUT.html] [--evidence OUT]`: the
// capture scan of the extension's capture page, from a terminal. Each HAR is read, scanned and dropped
// before the next; only its findings are kept.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildCaptureFile, serialiseCapture } from '../src/capture/build-capture';
import type { CaptureFile } from '../src/capture/capture-file';
import { summariseCapture } from '../src/capture/capture-summary';
import type { CaptureEngine } from '../src/capture/engine';
import { captureLimits } from '../src/capture/limits';
import { scanHarBytes } from '../src/capture/scan-har';
import { verifyCapture } from '../src/capture/seal-capture';
import { reportModelFromSummaries } from '../src/evidence/merge/report-from-bundles';
import { renderReportHtml } from '../src/evidence/report/report-html';
import { parseDeclarationFile, type Declaration } from '../src/policy/declaration';
import { englishText } from '../src/core/english-text';
import { describeScan } from './cli-scan-text';
import { UsageError } from './cli-usage';

export interface ScanOptions {
  declaration?: string;
  json?: boolean;
  report?: string;
  evidence?: string;
}

function loadDeclaration(path: string): Declaration {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the declaration ${path}: ${(error as Error).message}`);
  }
  const parsed = parseDeclarationFile(Buffer.byteLength(text), text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  return parsed.declaration;
}

function evidencePath(target: string, har: string, many: boolean): string {
  if (!many) return target;
  return join(target, `${basename(har).replace(/\.har$/i, '')}.sightline-capture.json`);
}

/** Exit code: 0 when every file was scanned, 1 when any could not be read. */
export async function runScan(
  files: readonly string[],
  options: ScanOptions,
  engine: CaptureEngine,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  if (files.length === 0) throw new UsageError('scan needs at least one HAR file');
  if (
    options.evidence &&
    files.length > 1 &&
    !(statSync(options.evidence, { throwIfNoEntry: false })?.isDirectory() ?? false)
  )
    throw new UsageError('with several HAR files, --evidence must name an existing folder');
  const declaration = options.declaration ? loadDeclaration(options.declaration) : undefined;
  const results: unknown[] = [];
  const captures: CaptureFile[] = [];
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      failed++;
      err(`${file}: cannot read — ${(error as Error).message}`);
      results.push({ file, ok: false, error: (error as Error).message });
      continue;
    }
    const result = await scanHarBytes(bytes, engine, declaration);
    if (!result.ok) {
      failed++;
      err(`${file}: not scanned — ${result.error}`);
      results.push({ file, ok: false, error: result.error });
      continue;
    }
    const capture = buildCaptureFile(result.scan, result.har, engine, {
      captureId: crypto.randomUUID(),
      createdAt: new Date(),
      via: 'cli',
      ...(declaration ? { declaration } : {}),
    });
    captures.push(capture);
    if (options.evidence)
      writeFileSync(evidencePath(options.evidence, file, files.length > 1), serialiseCapture(capture));
    if (options.json) results.push({ file, ok: true, capture });
    else out(describeScan(file, capture, result.scan));
  }
  if (options.json) out(`${JSON.stringify({ files: results, limits: captureLimits(englishText) }, null, 2)}\n`);
  else if (captures.length > 0)
    out(
      `What a capture cannot show:\n${captureLimits(englishText)
        .map((l) => `  - ${l}`)
        .join('\n')}\n`,
    );
  if (options.report && captures.length > 0) {
    const summaries = await Promise.all(captures.map(async (c) => summariseCapture(c, await verifyCapture(c))));
    writeFileSync(
      options.report,
      renderReportHtml(reportModelFromSummaries(summaries, new Date(), undefined, undefined, engine.catalog)),
    );
  }
  return failed > 0 ? 1 : 0;
}
