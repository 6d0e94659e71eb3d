// The JSON export: the interchange format reps merge. Versioned, documented in docs/export-format.md,
// validated with zod when written and when read.
import { z } from 'zod';
import { EvidenceEntry } from './entry';

export const EXPORT_FORMAT = 'sightline-evidence';
export const EXPORT_VERSION = 1;

export const EvidenceExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  extensionVersion: z.string().max(40),
  ruleDbVersion: z.string().max(40),
  /** Entries in log order (by seq). */
  entries: z.array(EvidenceEntry),
});
export type EvidenceExport = z.infer<typeof EvidenceExport>;

export interface ExportContext {
  exportedAt: Date;
  extensionVersion: string;
  ruleDbVersion: string;
}

export function exportEvidenceJson(entries: readonly EvidenceEntry[], context: ExportContext): string {
  const bundle = EvidenceExport.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: context.exportedAt.toISOString(),
    extensionVersion: context.extensionVersion,
    ruleDbVersion: context.ruleDbVersion,
    entries: [...entries].sort((a, b) => a.seq - b.seq),
  });
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export type ParsedExport = { ok: true; bundle: EvidenceExport } | { ok: false; error: string };

/** Read an export back (for tests now, for the rep view later), with a specific reason on failure. */
export function parseEvidenceJson(text: string): ParsedExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  if ((data as { format?: unknown } | null)?.format !== EXPORT_FORMAT) return { ok: false, error: 'not a Sightline evidence export (format field missing or different)' };
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) return { ok: false, error: `export version ${String(version)} is not supported (this version reads ${EXPORT_VERSION})` };
  const parsed = EvidenceExport.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `invalid export at ${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { ok: true, bundle: parsed.data };
}
