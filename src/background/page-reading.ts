// What read-page.ts hands back from a page, checked: the page influences every string in it (its URL,
// script srcs, resource names), so anything malformed is dropped and everything is size-limited.
import { z } from 'zod';
import { PAGE_READING_LIMITS as LIMITS } from '../core/page-limits';
import type { PageReading } from '../content/read-page';

const Url = z.string();
const PageReadingSchema = z.object({
  href: Url.max(LIMITS.href),
  scripts: z.array(Url).max(LIMITS.scripts),
  resources: z.array(Url).max(LIMITS.resources),
  domNamed: z.array(z.string().max(LIMITS.globalName)).max(LIMITS.domNamed),
  permissions: z.record(z.string().max(LIMITS.permissionName), z.string().max(LIMITS.permissionState)),
});

const usable = (url: string) => url.length > 0 && url.length <= LIMITS.url;

export function parsePageReading(value: unknown): PageReading | null {
  const parsed = PageReadingSchema.safeParse(value);
  if (!parsed.success) return null;
  const reading = parsed.data;
  return { ...reading, scripts: reading.scripts.filter(usable), resources: reading.resources.filter(usable) };
}
