// `npm run verify -- FILE [FILE...]`: for reps on a laptop. Checks each Sightline evidence export: its
// chain, each record against the file's redaction level, and its signature; says which key signed it,
// and flags a member whose files name different signers. Exit code 0 only when every file is intact
// (signed or not: an unsigned file is reported so, not as broken) and no member's key changed.
// What INTACT proves, and what it cannot: docs/export-format.md.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { describeKeyChange, findKeyChanges, signerLabel } from '../src/evidence/seal/key-changes';
import { memberKeyOf, memberLabel } from '../src/evidence/merge/member-summary';
import { parseBundle, sizeProblem, verifyBundle } from '../src/evidence/export/read-bundle';
import { decodeUtf8 } from '../src/evidence/merge/summarise-file';
import { describeReportsPerKind } from '../src/evidence/export/reports-per-kind';
import type { SignatureCheck } from '../src/evidence/seal/signature';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run verify -- FILE [FILE...]   (Sightline evidence exports, .json)');
  process.exit(2);
}

let allGood = true;
const signers: { memberKey: string; label: string; exportId: string; signature?: SignatureCheck }[] = [];
for (const file of files) {
  // The rep view's reading: size first (nothing read over the limit), then UTF-8 strictly, never replaced.
  let text: string;
  try {
    const tooBig = sizeProblem(statSync(file).size);
    const decoded = tooBig ? { ok: false as const, error: tooBig } : decodeUtf8(new Uint8Array(readFileSync(file)));
    if (!decoded.ok) {
      console.log(`${basename(file)}: NOT VERIFIED — ${decoded.error}`);
      allGood = false;
      continue;
    }
    text = decoded.text;
  } catch (error) {
    console.log(`${basename(file)}: CANNOT READ — ${(error as Error).message}`);
    allGood = false;
    continue;
  }
  const parsed = parseBundle(text, statSync(file).size);
  if (!parsed.ok) {
    console.log(`${basename(file)}: NOT VERIFIED — ${parsed.error}`);
    allGood = false;
    continue;
  }
  const { bundle } = parsed;
  const who = bundle.member.named ? bundle.member.name : `member ${bundle.member.code}`;
  const result = await verifyBundle(bundle, parsed.unread);
  signers.push({
    memberKey: memberKeyOf(bundle),
    label: memberLabel(bundle),
    exportId: bundle.exportId,
    signature: result.signature,
  });
  const signer =
    result.signature.status === 'valid'
      ? `signed by key ${result.signature.fingerprint}`
      : 'UNSIGNED (made before signing, or its signature was removed: anyone could have re-sealed it)';
  if (result.intact) {
    console.log(
      `${basename(file)}: INTACT — ${result.count} records from ${who}, ${bundle.redaction} detail, chain head ${result.head ? `${result.head.seq}:${result.head.hash.slice(0, 16)}…` : '(empty)'}, ${signer}`,
    );
    const reportedLine = describeReportsPerKind(bundle.reported);
    if (reportedLine) console.log(`  ${reportedLine}`);
  } else {
    allGood = false;
    console.log(
      `${basename(file)}: BROKEN — ${result.reason} (first broken: record ${result.index + 1} of ${bundle.records.length + parsed.unread.count}, entry ${result.seq}; from ${who}, ${signerLabel(result.signature)})`,
    );
  }
}
for (const change of findKeyChanges(signers)) {
  allGood = false;
  console.log(`KEY CHANGED — ${describeKeyChange(change)}`);
}
if (signers.length > 0) {
  console.log(
    "INTACT means: each record matches its digests and hash, follows the one before, holds what its file's detail level keeps, and the file is complete to its chain head; a signed file is also unchanged since the install holding that key signed it. It cannot show the entries were truly observed: the device that made them (the employer's, or the worker's) could have fabricated them.",
  );
}
process.exit(allGood ? 0 : 1);
