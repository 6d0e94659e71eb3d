// BUILDING.md inside the source package: what an add-on reviewer runs on a clean machine to rebuild the
// Firefox package from this source and check it is the one submitted.

export interface BuildFacts {
  version: string;
  epoch: number;
  node: string;
  zlib: string;
  /** sha256 of each release zip made from this source, by file name. */
  sums: Record<string, string>;
}

export function sourceInstructions(facts: BuildFacts): string {
  const firefox = `sightline-${facts.version}-firefox.zip`;
  const chrome = `sightline-${facts.version}-chrome.zip`;
  return `# Building Sightline ${facts.version} from this source

This archive holds every file of the Sightline repository at the release commit (the files git tracks),
and nothing generated. The extension's code is TypeScript and Preact, bundled by Vite; nothing is
minified beyond what Vite's production build does, and no code is fetched at build or run time.

## Requirements
- Debian 12 (any Linux or macOS works the same way), x86-64.
- Node.js 20.19 or later in the 20 line (these packages were made with Node ${facts.node}, zlib ${facts.zlib}),
  and npm, which comes with it. Debian 12's own \`nodejs\` package is too old: install Node 20 from
  nodejs.org or NodeSource.
- Network access to the npm registry for \`npm ci\` only.

## Build
\`\`\`sh
npm ci
npm run build
\`\`\`
This writes the Firefox extension to \`dist/firefox/\` (and the Chrome one to \`dist/chrome/\`). Every file
in \`dist/firefox/\` is byte-identical to the file of the same name in \`${firefox}\`:
\`\`\`sh
mkdir submitted && cd submitted && unzip -q ../${firefox} && cd ..
diff -r submitted dist/firefox && echo identical
\`\`\`

## Rebuild the package itself
\`\`\`sh
SOURCE_DATE_EPOCH=${facts.epoch} npm run package
sha256sum release/${firefox}
\`\`\`
\`SOURCE_DATE_EPOCH\` is the release commit's time, the one timestamp every zip entry carries. The
package step runs \`web-ext lint\` and \`web-ext build\`, then rewrites web-ext's zip with entries in sorted
order and that one timestamp (web-ext stamps entries with the time of the build, so its own zip differs on
every run). With the same Node build it gives:

${Object.entries(facts.sums)
  .sort()
  .map(([name, sum]) => `    ${sum}  ${name}`)
  .join('\n')}

Another Node version may bundle another zlib, which can compress the same files to different bytes; the
files inside stay identical (the \`diff -r\` above). The Chrome package \`${chrome}\` is made the same way
from \`dist/chrome/\`.
`;
}
