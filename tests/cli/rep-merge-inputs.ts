// The files a rep merges in the tests that compare `sightline merge` with the rep view: two members'
// sealed exports, one member's second export of the same log, a byte-for-byte copy, an export edited
// after sealing, a capture-evidence file made from the demo HAR, and a copy of it edited after sealing.
// Written to a folder under fixed names, so the rep view (which sees only names) and the command line
// (run from inside the folder, given the names) name them alike.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { context, distinctMemberExportTexts, drafts } from '../../bench/evidence-fixtures';
import { buildBundle } from '../../src/evidence/export/bundle';
import { GENESIS_HASH, sealDrafts } from '../../src/evidence/seal/seal';
import { buildCaptureFile, serialiseCapture } from '../../src/capture/build-capture';
import { bundledCaptureEngine } from '../../src/capture/bundled-engine';
import { scanHarBytes } from '../../src/capture/scan-har';
import { demoHar, harBytes } from '../../src/capture/test-hars';

export interface RepInput {
  name: string;
  text: string;
}

/** The demo HAR's capture evidence, as the capture page or `sightline scan --evidence` writes it. */
export async function demoCaptureText(captureId = 'cap-rep-0001'): Promise<string> {
  const engine = bundledCaptureEngine();
  const result = await scanHarBytes(harBytes(demoHar('chrome')), engine);
  if (!result.ok) throw new Error(result.error);
  return serialiseCapture(
    buildCaptureFile(result.scan, result.har, engine, {
      captureId,
      createdAt: new Date('2026-03-02T10:00:00Z'),
      via: 'cli',
      member: { named: false, code: 'M-CAPTUREA' },
    }),
  );
}

/** A sealed file with one number changed and the seal left as it was: what an edit looks like. */
const editCount = (text: string): string => {
  const edited = text.replace(/"count": ?(\d+)/, (_, n: string) => `"count": ${Number(n) + 7}`);
  if (edited === text) throw new Error('nothing to edit');
  return edited;
};

export async function repInputs(): Promise<RepInput[]> {
  const [alice, carol] = distinctMemberExportTexts([11, 13], 60);
  // Bob exported twice from one log: before and after 20 more records.
  const bobLog = sealDrafts(drafts(60, 12), { seq: 0, hash: GENESIS_HASH }).sealed;
  const bob = JSON.stringify(buildBundle(bobLog, { ...context('M-BOBBBBBB'), exportId: 'export-bob-2' }));
  const bobEarlier = JSON.stringify(
    buildBundle(bobLog.slice(0, 40), { ...context('M-BOBBBBBB'), exportId: 'export-bob-1' }),
  );
  const capture = await demoCaptureText();
  return [
    { name: 'alice.json', text: alice! },
    { name: 'bob.json', text: bob },
    { name: 'bob-earlier.json', text: bobEarlier },
    { name: 'alice-copy.json', text: alice! },
    { name: 'carol-edited.json', text: editCount(carol!) },
    { name: 'capture.json', text: capture },
    { name: 'capture-edited.json', text: editCount(capture) },
  ];
}

export function writeInputs(dir: string, inputs: readonly RepInput[]): void {
  for (const input of inputs) writeFileSync(join(dir, input.name), input.text);
}
