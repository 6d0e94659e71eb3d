// Candidate-vendor report: the third-party hosts seen on a work site that matched no rule, in a small
// documented format (docs/export-format.md) a person can send to the project by hand if they choose.
import { z } from 'zod';

export const UnknownHostsExport = z.strictObject({
  format: z.literal('sightline-unknown-hosts'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  site: z.string(),
  hosts: z.array(
    z.strictObject({
      host: z.string(),
      count: z.number().int().positive(),
      first: z.iso.datetime(),
      last: z.iso.datetime(),
    }),
  ),
});

export function unknownHostsExport(
  site: string,
  hosts: Record<string, { count: number; first: number; last: number }>,
  now: Date,
): string {
  const bundle = UnknownHostsExport.parse({
    format: 'sightline-unknown-hosts',
    version: 1,
    exportedAt: now.toISOString(),
    site,
    hosts: Object.entries(hosts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([host, seen]) => ({
        host,
        count: seen.count,
        first: new Date(seen.first).toISOString(),
        last: new Date(seen.last).toISOString(),
      })),
  });
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
