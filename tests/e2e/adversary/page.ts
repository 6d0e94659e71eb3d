// The employer's test page, generated per browser (it embeds the constants extracted from that
// browser's build) and served by the fixture server on a work site and a personal site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureServer } from '../../fixtures/server';

export const ADVERSARY_PATH = '/adversary.html';
/** In scope by default (a work app), and out of scope (personal browsing). */
export const ADVERSARY_SITES = { work: 'https://contoso.sharepoint.com', personal: 'https://news.example' } as const;
export type SiteName = keyof typeof ADVERSARY_SITES;

/** What the page prints on the console once its result is fixed (see traps.page.js). */
export const DONE_MESSAGE = 'sightline-adversary: done';

const TRAPS = readFileSync(join(import.meta.dirname, 'traps.page.js'), 'utf8');

/**
 * The icon is inline: the browser fetches /favicon.ico on its own schedule, which would put a resource
 * entry in one run and not the other. The traps come first, before the CSP (a strict one: the page may run only its own inline script, so
 * anything injected in the page's name is reported as a violation), then an ordinary page.
 */
export function adversaryHtml(constants: string[]): string {
  // </script> cannot occur in a JSON array of name-like strings; escape < anyway.
  const script = TRAPS.replace('/*__CONSTANTS__*/ []', JSON.stringify(constants).replace(/</g, '\\u003c'));
  return `<!doctype html>
<html lang="en">
<head>
<script>${script}</script>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'">
<title>Timesheets</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>Timesheets</h1>
<form><label>Hours <input name="hours" type="number"></label> <button type="button">Save</button></form>
<p>An ordinary page of a work app.</p>
<script>
// A digital-adoption snippet's global, as a monitored work app has: Sightline's one read in the page's
// own world must find it with every trap armed, and the page must not notice that read.
window.pendo = window.pendo || { initialize: function () {} };
</script>
</body>
</html>
`;
}

export function serveAdversaryPage(server: FixtureServer, constants: string[]): void {
  const html = adversaryHtml(constants);
  for (const origin of Object.values(ADVERSARY_SITES))
    server.route(new URL(origin).host, ADVERSARY_PATH, html, 'text/html; charset=utf-8');
}
