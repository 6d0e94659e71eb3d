// The longest text each evidence field may hold, as the importer checks it (check-record.ts, and the zod
// schema in entry.ts). The writer bounds every draft with these before sealing (boundDraft), so an
// export is always importable: a sealed record cannot be shortened afterwards without breaking its hash.
// limits.test.ts holds these to what checkExportedRecord accepts and refuses.
import type { EntryDraft } from './entry';

export const FIELD_LIMITS = {
  site: 253,
  ruleId: 100,
  product: 200,
  signalValue: 600,
  evidence: 2100,
  ruleDbVersion: 40,
  declaration: 600,
} as const;

/** Ends a value that was cut, so a reader sees it is not the whole of it. */
export const CUT_MARK = '…';

/** `text` if it fits in `max` characters, else its start and CUT_MARK, `max` characters in all. */
export function boundText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - CUT_MARK.length;
  // Never keep half of a surrogate pair: a lone surrogate is not text in UTF-8.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARK;
}

/** The draft with every text field within FIELD_LIMITS (the same object when all fit). */
export function boundDraft<T extends EntryDraft>(draft: T): T {
  let bounded: T | null = null;
  for (const field of Object.keys(FIELD_LIMITS) as (keyof typeof FIELD_LIMITS)[]) {
    const value = draft[field];
    if (typeof value !== 'string' || value.length <= FIELD_LIMITS[field]) continue;
    bounded ??= { ...draft };
    bounded[field] = boundText(value, FIELD_LIMITS[field]);
  }
  return bounded ?? draft;
}

/** "id: label", how an entry names the declaration it was compared with, within its field's limit. */
export function declarationText(declarationId: string, label: string): string {
  return boundText(`${declarationId}: ${label}`, FIELD_LIMITS.declaration);
}
