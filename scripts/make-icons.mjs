// Writes public/icons/icon-N.png (amber ring, dark pupil: an eye, "in sight" — the state "monitoring seen")
// icon-quiet-N.png (grey: nothing seen, or not a work site) and icon-alert-N.png (red: undeclared
// monitoring active). Run once when the design changes; the
// PNGs are committed because they are tiny. No image library needed: PNG = zlib + CRC.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function icon(size, ring = [217, 119, 6, 255]) {
  const rows = [];
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c) / (size / 2);
      let px = [0, 0, 0, 0];
      if (d <= 0.98) px = ring;
      if (d <= 0.7) px = [255, 251, 235, 255]; // light iris
      if (d <= 0.36) px = [31, 41, 51, 255]; // dark pupil
      row.push(...px);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, icon(size));
  writeFileSync(`public/icons/icon-quiet-${size}.png`, icon(size, [107, 114, 128, 255]));
  writeFileSync(`public/icons/icon-alert-${size}.png`, icon(size, [185, 28, 28, 255]));
}
