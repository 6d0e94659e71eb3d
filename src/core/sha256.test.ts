import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { beginDigest, digestHex32, digestUint64, finishDigestHex, sha256HexOfText } from './sha256';

const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256HexOfText', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256HexOfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexOfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto at every length around the padding boundaries', () => {
    for (let length = 0; length <= 300; length++) {
      const text = 'x'.repeat(length);
      expect(sha256HexOfText(text), `length ${length}`).toBe(reference(text));
    }
  });

  it('hashes the UTF-8 bytes of non-ASCII text, including astral characters and lone surrogates', () => {
    for (const text of [
      'café',
      'Zoë — naïve',
      '日本語のテキスト',
      '𝒜 emoji 🙂 and more',
      'lone \ud800 surrogate',
      `${'a'.repeat(63)}é`,
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
    ]) {
      expect(sha256HexOfText(text), text).toBe(reference(text));
    }
  });

  it('matches node:crypto on random texts, long and short, one after another (no state carried over)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const length = next() % (i % 50 === 0 ? 20_000 : 400);
      let text = '';
      for (let j = 0; j < length; j++) text += String.fromCharCode(next() % (i % 3 === 0 ? 0x3000 : 0x80));
      expect(sha256HexOfText(text)).toBe(reference(text));
    }
  });
});

describe('digestUint64 and digestHex32', () => {
  it('append the bytes they name', () => {
    const hex = createHash('sha256').update('x').digest('hex');
    for (const value of [0, 1, 255, 256, 2 ** 32 - 1, 2 ** 32, 1_790_847_600_000, Number.MAX_SAFE_INTEGER]) {
      beginDigest();
      expect(digestHex32(hex)).toBe(true);
      digestUint64(value);
      const expected = Buffer.alloc(40);
      Buffer.from(hex, 'hex').copy(expected);
      expected.writeBigUInt64BE(BigInt(value), 32);
      expect(finishDigestHex(), String(value)).toBe(createHash('sha256').update(expected).digest('hex'));
    }
  });

  it('refuse what is not 64 lower-case hex digits', () => {
    for (const bad of [
      '',
      'a'.repeat(63),
      'A'.repeat(64),
      `${'a'.repeat(63)}g`,
      `${'a'.repeat(63)}\u00e9`,
      'a'.repeat(65),
    ]) {
      beginDigest();
      expect(digestHex32(bad), bad).toBe(false);
    }
  });
});
