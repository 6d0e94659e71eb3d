// Reading a PNG the browser wrote, from its own chunks (no image library): its size, its raw pixel
// rows, and its mean brightness once the rows are unfiltered (PNG filters store differences, so bytes
// alone say nothing of colour).
import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  /** Bytes per pixel: 8-bit RGB (3) or RGBA (4), what Chromium writes. */
  bpp: number;
  /** The decompressed image data, each row led by its filter byte. */
  data: Buffer;
}

export function readPng(file: Buffer): Png {
  if (file.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let bpp = 4;
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    if (type === 'IHDR') {
      [width, height] = [file.readUInt32BE(at + 8), file.readUInt32BE(at + 12)];
      const [depth, colour] = [file[at + 16], file[at + 17]];
      if (depth !== 8 || (colour !== 2 && colour !== 6)) throw new Error(`unexpected PNG format ${depth}/${colour}`);
      bpp = colour === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return { width, height, bpp, data: inflateSync(Buffer.concat(idat)) };
}

/** The pixel rows with the PNG filters undone (RFC 2083, 6.3–6.6). */
export function pixels(png: Png): Uint8Array {
  const stride = png.width * png.bpp;
  const out = new Uint8Array(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const filter = png.data[y * (stride + 1)]!;
    const row = png.data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= png.bpp ? out[y * stride + x - png.bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= png.bpp && y > 0 ? out[(y - 1) * stride + x - png.bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

/** Mean brightness of the colour channels, 0 (black) to 255 (white). */
export function meanBrightness(png: Png): number {
  const px = pixels(png);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < px.length; i += png.bpp) {
    sum += px[i]! + px[i + 1]! + px[i + 2]!;
    n += 3;
  }
  return sum / n;
}
