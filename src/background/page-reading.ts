// What read-page.ts hands back from a page, checked: the page influences every string in it (its URL,
// script srcs, resource names), so anything malformed is dropped and everything is size-limited.
import { z } from 'zod';
import type { PageReading } from '../content/read-page';

const Url = z.string();
const PageReadingSchema = z.object({
  href: Url.max(8192),
  scripts: z.array(Url).max(500),
  resources: z.array(Url).max(1000),
  domNamed: z.array(z.string().max(100)).max(1000),
  permissions: z.record(z.string().max(40), z.string().max(20)),
});

const usable = (url: string) => url.length > 0 && url.length <= 2048;

export function parsePageReading(value: unknown): PageReading | null {
  const parsed = PageReadingSchema.safeParse(value);
  if (!parsed.success) return null;
  const reading = parsed.data;
  return { ...reading, scripts: reading.scripts.filter(usable), resources: reading.resources.filter(usable) };
}
