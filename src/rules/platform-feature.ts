// Informational entries: what a work platform offers the employer on its servers (Productivity Score,
// Viva Insights, audit logs, message exports...). A browser cannot see whether these are switched on, so
// they are never findings: the popup shows them on that platform's tabs, worded as "this platform offers
// X to your employer". One file per feature in src/rules/platform-features/<id>.json.
import { z } from 'zod';
import type { FeatureSummary } from './feature-summary';
import { CAPABILITY_IDS, CATEGORY_IDS } from '../core/taxonomy';

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

export const FeatureSource = z.strictObject({
  url: z.url(),
  title: z.string().min(3),
  kind: z.enum(['vendor_docs', 'allow_list', 'sdk', 'store_listing', 'other']),
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  detail: z.string().optional(),
});

export const PlatformFeature = z.strictObject({
  $schema: z.string().optional(),
  schema_version: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case, the same as the file name'),
  platform: z.string().min(1),
  feature: z.string().min(1),
  /** Other names a workplace policy might use for it. */
  aliases: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORY_IDS),
  capabilities: z.array(z.enum(CAPABILITY_IDS)).min(1),
  /** Whether, per the sources, the employer can see it per named person (not only in aggregate). */
  per_person: z.boolean(),
  /** Domain suffixes of the platform's work apps, where the entry is shown. */
  shown_on: z.array(z.string().regex(HOSTNAME, 'a lower-case domain such as "office.com"')).min(1),
  /** Plain words: what it lets the employer see, at what level, where it is switched on. */
  offers: z.string().min(20).max(700),
  /** Rules whose browser-visible telemetry the sources say feeds it. */
  fed_by: z.array(z.string()).default([]),
  sources: z.array(FeatureSource).min(1),
});
export type PlatformFeature = z.infer<typeof PlatformFeature>;

export function summariseFeature(feature: PlatformFeature): FeatureSummary {
  const { id, platform, aliases, category, capabilities, offers } = feature;
  return {
    id,
    platform,
    feature: feature.feature,
    aliases,
    category,
    capabilities,
    perPerson: feature.per_person,
    shownOn: feature.shown_on,
    offers,
    source: { url: feature.sources[0]!.url, title: feature.sources[0]!.title },
  };
}

export interface FeatureFile {
  fileId: string;
  data: unknown;
}

/** Parse every file; problems name the file and field. `ruleIds` are the rule database's ids (for fed_by). */
export function lintFeatureFiles(
  files: readonly FeatureFile[],
  ruleIds: ReadonlySet<string>,
): { features: PlatformFeature[]; problems: string[] } {
  const features: PlatformFeature[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const parsed = PlatformFeature.safeParse(file.data);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.map(
          (i) => `platform-features/${file.fileId}: ${i.path.join('.') || '(root)'}: ${i.message}`,
        ),
      );
      continue;
    }
    if (parsed.data.id !== file.fileId)
      problems.push(`platform-features/${file.fileId}: id "${parsed.data.id}" differs from the file name`);
    for (const id of parsed.data.fed_by)
      if (!ruleIds.has(id))
        problems.push(`platform-features/${file.fileId}: fed_by names "${id}", which is not a rule`);
    features.push(parsed.data);
  }
  return { features, problems };
}
