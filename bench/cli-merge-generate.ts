// Writes members' sealed exports for bench:merge (bench/cli-merge.bench.ts), each a log of its own (the
// merge counts one log under two member codes once, so copies of one log would not be a real merge):
// `node --import tsx bench/cli-merge-generate.ts DIR FROM TO RECORDS` writes member-FROM … member-(TO-1).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distinctMemberExportTexts } from './evidence-fixtures';

const [dir, from, to, records] = process.argv.slice(2);
for (let i = Number(from); i < Number(to); i++) {
  const [text] = distinctMemberExportTexts([i], Number(records));
  writeFileSync(join(dir!, `member-${String(i).padStart(5, '0')}.json`), text!);
}
