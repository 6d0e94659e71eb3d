// What Sightline reads of `management.getAll()`: the few fields it shows, checked with zod at the edge.
// Anything odd about one extension (an overlong name, a huge permission list) is clipped, never a reason
// to drop it: an employer's extension must not disappear from the list because its data is unusual.
import { z } from 'zod';

/** Chromium's install types (Firefox reports the same names); anything else is read as "other". */
export const INSTALL_TYPES = ['admin', 'development', 'normal', 'sideload', 'other'] as const;
export type InstallType = (typeof INSTALL_TYPES)[number];

const MAX_TEXT = 200;
const MAX_LIST = 200;

const clippedText = z.string().transform((s) => s.slice(0, MAX_TEXT));
const clippedList = z.array(z.unknown()).transform((list) =>
  list
    .slice(0, MAX_LIST)
    .filter((v): v is string => typeof v === 'string')
    .map((s) => s.slice(0, MAX_TEXT)),
);

export const InstalledExtension = z.object({
  id: z.string().min(1).max(MAX_TEXT),
  name: clippedText.catch(''),
  version: clippedText.catch(''),
  installType: z.enum(INSTALL_TYPES).catch('other'),
  enabled: z.boolean().catch(true),
  /** "extension", "theme", "hosted_app", …: shown when it is not a plain extension. */
  type: clippedText.catch('extension'),
  /** API permissions, e.g. "tabs", "history". */
  permissions: clippedList.catch([]),
  /** Host match patterns, e.g. "<all_urls>", "https://*.example.com/*". */
  hostPermissions: clippedList.catch([]),
});
export type InstalledExtension = z.infer<typeof InstalledExtension>;

/** Validate what the browser returned, item by item; items without a usable id are skipped. */
export function parseInstalledExtensions(value: unknown): InstalledExtension[] {
  if (!Array.isArray(value)) return [];
  const out: InstalledExtension[] = [];
  for (const item of value.slice(0, 1000) as unknown[]) {
    const parsed = InstalledExtension.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
