// Draws the toolbar icon (a lens over a camera dot) into assets/icons/*.png. Run once after a design
// change; the PNGs are committed so the build needs no image tools.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function lens(x, y) {
  const d = Math.hypot(x - 0.42, y - 0.42);
  const onHandle = x > 0.6 && y > 0.6 && Math.abs(x - y) < 0.09 && x < 0.93;
  if (d < 0.3 && d > 0.22) return [30, 64, 175, 255];
  if (onHandle) return [30, 64, 175, 255];
  if (d <= 0.22) return Math.hypot(x - 0.42, y - 0.42) < 0.08 ? [220, 38, 38, 255] : [219, 234, 254, 255];
  return [0, 0, 0, 0];
}

for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${size}.png`, png(size, lens));
console.log('wrote assets/icons');
