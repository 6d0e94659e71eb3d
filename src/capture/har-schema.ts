// The parts of a HAR 1.2 file (http://www.softwareishard.com/blog/har-12-spec/) that a capture scan
// needs, and nothing more. zod's z.object drops every member it does not name, so what leaves this
// module has no cookies, headers, query strings, post data, response bodies or timings: the sensitive
// parts of a capture never reach a step that keeps data. Chrome, Edge, Firefox and Safari all write
// these members; their extras (Chrome's `_resourceType`, `_initiator`, ...) are read only where named.
import { z } from 'zod';

/** The envelope: a `log` with `entries`; everything inside an entry is checked one entry at a time. */
export const HarEnvelope = z.object({
  log: z.object({
    version: z.string().max(20).optional(),
    creator: z.object({ name: z.string().max(200), version: z.string().max(100).optional() }).optional(),
    pages: z.array(z.unknown()).optional(),
    entries: z.array(z.unknown()),
  }),
});

/** One page as the browser named it; `title` is a URL in Chrome and Safari, the document's title in Firefox. */
export const HarPage = z.object({
  id: z.string().max(200),
  startedDateTime: z.string().max(64),
  title: z.string().max(8192).optional(),
});
export type HarPage = z.infer<typeof HarPage>;

/** One request, reduced to when, where to, what kind, and whether it went out. */
export const HarEntry = z.object({
  pageref: z.string().max(200).optional(),
  startedDateTime: z.string().max(64),
  /** Total time in ms (-1 or absent when unknown). */
  time: z.number().optional(),
  request: z.object({ url: z.string().max(65_536) }),
  response: z
    .object({
      status: z.number().optional(),
      content: z.object({ mimeType: z.string().max(200).optional() }).optional(),
    })
    .optional(),
  /** Chrome and Edge: "document", "script", "xhr", "fetch", "ping", "websocket", ... */
  _resourceType: z.string().max(40).optional(),
});
export type HarEntry = z.infer<typeof HarEntry>;
