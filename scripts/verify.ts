// `npm run verify -- FILE [FILE...]`: for reps on a laptop. Checks each Sightline evidence export and
// says "intact" or exactly which entry breaks the chain. Exit code 0 only when every file is intact.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseBundle, verifyBundle } from '../src/evidence/read-bundle';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run verify -- FILE [FILE...]   (Sightline evidence exports, .json)');
  process.exit(2);
}

let allIntact = true;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${basename(file)}: CANNOT READ — ${(error as Error).message}`);
    allIntact = false;
    continue;
  }
  const parsed = parseBundle(text, statSync(file).size);
  if (!parsed.ok) {
    console.log(`${basename(file)}: NOT VERIFIED — ${parsed.error}`);
    allIntact = false;
    continue;
  }
  const { bundle } = parsed;
  const who = bundle.member.named ? bundle.member.name : `member ${bundle.member.code}`;
  const result = await verifyBundle(bundle);
  if (result.intact) {
    console.log(`${basename(file)}: INTACT — ${result.count} records from ${who}, ${bundle.redaction} detail, chain head ${result.head ? `${result.head.seq}:${result.head.hash.slice(0, 16)}…` : '(empty)'}`);
  } else {
    allIntact = false;
    console.log(`${basename(file)}: BROKEN — ${result.reason} (record ${result.index + 1} of ${bundle.records.length}, from ${who})`);
  }
}
process.exit(allIntact ? 0 : 1);
