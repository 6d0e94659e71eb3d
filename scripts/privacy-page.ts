// store/privacy-policy.html, the page the stores link to as the privacy policy, made from
// docs/privacy.md so the two can never say different things. `npm run store:privacy` rewrites it;
// tests/store-listing.test.ts fails when the committed page is not what docs/privacy.md gives.
// The Markdown read here is the small subset docs/privacy.md uses: headings, paragraphs, "- " lists,
// one table, `code`, **bold** and [links](url); anything else is an error, not a silent mis-render.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a href="${href}">${label}</a>`);
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export function privacyPageFrom(markdown: string, version: string): string {
  const blocks = markdown
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  const body: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    const heading = /^(#{1,3}) (.+)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      const level = heading[1]!.length;
      body.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (heading) {
      body.push(
        `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`,
        ...renderBlock(lines.slice(1)),
      );
    } else {
      body.push(...renderBlock(lines));
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sightline privacy policy</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.3rem .5rem;vertical-align:top;text-align:left}code{font-size:.95em}</style>
</head>
<body>
<p>This is the privacy policy of the Sightline browser extension, version ${escape(version)}, for Chrome, Microsoft Edge and Firefox. It is made from <code>docs/privacy.md</code> in Sightline's source, which the tests keep true to what the code does.</p>
${body.join('\n')}
</body>
</html>
`;
}

function renderBlock(lines: string[]): string[] {
  if (lines.length === 0) return [];
  if (lines[0]!.startsWith('|')) {
    if (!/^\|[\s|:-]+\|$/.test(lines[1] ?? ''))
      throw new Error(`privacy.md: a table needs a separator row: ${lines[0]}`);
    const head = `<tr>${cells(lines[0]!)
      .map((c) => `<th>${inline(c)}</th>`)
      .join('')}</tr>`;
    const rows = lines.slice(2).map(
      (row) =>
        `<tr>${cells(row)
          .map((c) => `<td>${inline(c)}</td>`)
          .join('')}</tr>`,
    );
    return ['<table>', head, ...rows, '</table>'];
  }
  if (lines[0]!.startsWith('- ')) {
    const items: string[] = [];
    for (const line of lines) {
      if (line.startsWith('- ')) items.push(line.slice(2));
      else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
      else throw new Error(`privacy.md: a list line that is neither an item nor its continuation: ${line}`);
    }
    return ['<ul>', ...items.map((item) => `<li>${inline(item)}</li>`), '</ul>'];
  }
  if (lines.some((l) => /^(#|- |\|)/.test(l))) throw new Error(`privacy.md: a block mixes kinds: ${lines[0]}`);
  return [`<p>${inline(lines.join(' '))}</p>`];
}

export function privacyPage(root: string): string {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return privacyPageFrom(readFileSync(join(root, 'docs', 'privacy.md'), 'utf8'), version);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  writeFileSync(join(root, 'store', 'privacy-policy.html'), privacyPage(root));
  console.log('wrote store/privacy-policy.html from docs/privacy.md');
}
