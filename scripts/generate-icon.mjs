// Draws images/icon.png (256×256): a page with tag lines and a location pin on a blue square. Run: node scripts/generate-icon.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function blend(x, y, [r, g, b], alpha = 1) {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  const i = (y * SIZE + x) * 4;
  const a = alpha;
  pixels[i] = Math.round(pixels[i] * (1 - a) + r * a);
  pixels[i + 1] = Math.round(pixels[i + 1] * (1 - a) + g * a);
  pixels[i + 2] = Math.round(pixels[i + 2] * (1 - a) + b * a);
  pixels[i + 3] = Math.max(pixels[i + 3], Math.round(255 * a));
}

/** Fills the points where `inside(x, y)` gives coverage (0…1), sampled 4×4 per pixel for smooth edges. */
function fill(inside, colour) {
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let covered = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) covered += inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4) ? 1 : 0;
      if (covered > 0) blend(x, y, colour, covered / 16);
    }
  }
}

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const pin = (cx, cy, r) => (x, y) =>
  circle(cx, cy, r)(x, y) || (y > cy && y < cy + r * 1.9 && Math.abs(x - cx) < (cy + r * 1.9 - y) * 0.62);

fill(roundedRect(8, 8, 248, 248, 44), [0, 104, 157]);
fill(roundedRect(56, 36, 176, 220, 14), [255, 255, 255]);
const bars = [
  [229, 36, 59],
  [76, 159, 56],
  [253, 105, 37],
  [38, 189, 226],
  [0, 104, 157],
];
bars.forEach((colour, index) =>
  fill(roundedRect(76, 62 + index * 28, index % 2 ? 136 : 156, 74 + index * 28, 6), colour),
);
fill(pin(184, 168, 30), [252, 195, 11]);
fill(circle(184, 168, 11), [0, 104, 157]);

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows)),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(import.meta.dirname, '..', 'images', 'icon.png'), png);
