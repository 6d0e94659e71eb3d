// The deterministic zip writer (scripts/zip.ts), read back by an independent implementation (JSZip,
// which web-ext itself uses) and by the writer's own reader.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../scripts/zip';

const EPOCH = Date.UTC(2026, 11, 5, 13, 47, 31) / 1000;
const entries = [
  { name: 'src/b.js', data: Buffer.from('console.log("b");\n'.repeat(50)) },
  { name: 'a.json', data: Buffer.from('{"x":1}') },
  { name: 'run', data: Buffer.from('#!/bin/sh\n'), executable: true },
  { name: 'é/ü.txt', data: Buffer.alloc(0) },
];

describe('writeZip', () => {
  it('gives the same bytes whatever order the entries come in', () => {
    expect(writeZip(entries, EPOCH).equals(writeZip([...entries].reverse(), EPOCH))).toBe(true);
    expect(writeZip(entries, EPOCH).equals(writeZip(entries, EPOCH + 2))).toBe(false);
  });

  it('is read back by JSZip: sorted names, the same contents', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, EPOCH));
    const names = Object.keys(zip.files);
    expect(names).toEqual(['a.json', 'run', 'src/b.js', 'é/ü.txt']);
    for (const entry of entries)
      expect(Buffer.from(await zip.file(entry.name)!.async('uint8array')).equals(entry.data)).toBe(true);
  });

  it('stamps every entry with the one time given, as MS-DOS date and time in UTC, and keeps exec bits', () => {
    // 2026-12-05 13:47:31 UTC: seconds are stored halved, so 31 reads back as 30.
    const date = ((2026 - 1980) << 9) | (12 << 5) | 5;
    const time = (13 << 11) | (47 << 5) | 15;
    const read = readZip(writeZip(entries, EPOCH));
    expect(read.map((e) => [e.name, e.date, e.time])).toEqual(
      ['a.json', 'run', 'src/b.js', 'é/ü.txt'].map((n) => [n, date, time]),
    );
    expect(read.map((e) => e.mode.toString(8))).toEqual(['100644', '100755', '100644', '100644']);
  });

  it('refuses a name twice, and names that climb out of the folder they are unpacked in', () => {
    expect(() => writeZip([entries[1]!, entries[1]!], EPOCH)).toThrow(/a\.json twice/);
    expect(() => writeZip([{ name: '../x', data: Buffer.alloc(1) }], EPOCH)).toThrow(/unsafe name/);
    expect(() => writeZip([{ name: '/etc/x', data: Buffer.alloc(1) }], EPOCH)).toThrow(/unsafe name/);
  });
});

describe('readZip', () => {
  it('notices a changed byte', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello') }], EPOCH);
    zip[zip.indexOf('hello')] = 'j'.charCodeAt(0); // stored, not deflated: too short to shrink
    expect(() => readZip(zip)).toThrow(/a\.txt fails its CRC check/);
  });
});
