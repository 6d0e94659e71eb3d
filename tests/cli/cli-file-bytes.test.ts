// The command line reads and hashes files in node (scripts/cli-file-bytes.ts) where the rep view uses Web
// Crypto: both must name every file by the same digest, or the CLI's merge and the rep view's would
// differ. Checked on random bytes (the seed is printed) and on sizes around SHA-256's block boundaries.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/evidence/merge/summarise-file';
import { configureProperties } from '../../src/evidence/merge/test-property';
import { nodeSha256Hex, readFileBytes } from '../../scripts/cli-file-bytes';

configureProperties('cli-file-bytes');
const dir = mkdtempSync(join(tmpdir(), 'sightline-file-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytesOf = (values: readonly number[]) => new Uint8Array(values) as Uint8Array<ArrayBuffer>;

describe('node hashing and reading for sightline merge', () => {
  it('gives the Web Crypto digest of the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (random) => {
        const data = bytesOf([...random]);
        expect(nodeSha256Hex(data)).toBe(await sha256Hex(data));
      }),
    );
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1 << 20]) {
      const data = bytesOf(Array.from({ length }, (_, i) => (i * 131 + length) & 255));
      expect(nodeSha256Hex(data), `${length} bytes`).toBe(await sha256Hex(data));
    }
    // A known answer, so that the two cannot agree on something else.
    expect(nodeSha256Hex(new TextEncoder().encode('abc') as Uint8Array<ArrayBuffer>)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('reads exactly the bytes of the file, and only a view of them is hashed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 20_000 }), async (random) => {
        const path = join(dir, 'file.json');
        writeFileSync(path, random);
        const read = readFileBytes(path);
        expect([...read]).toEqual([...random]);
        expect(nodeSha256Hex(read)).toBe(await sha256Hex(bytesOf([...random])));
      }),
      { numRuns: 30 },
    );
  });
});
