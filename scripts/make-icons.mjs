// Draws Gloss's toolbar icon (an open page with lines of text, one underlined) at every size
// the stores ask for, as PNG, with no image tooling beyond Node's zlib. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [31, 95, 207];
const WHITE = [255, 255, 255];
const AMBER = [255, 196, 0];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
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
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour at a point of the unit square, or null for transparent. */
function shade(u, v) {
  const r = 0.2;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  const inBar = (top, left, right) => v >= top && v <= top + 0.08 && u >= left && u <= right;
  if (inBar(0.24, 0.2, 0.8) || inBar(0.42, 0.2, 0.72) || inBar(0.6, 0.2, 0.62)) return WHITE;
  if (inBar(0.74, 0.2, 0.62)) return AMBER;
  return BLUE;
}

for (const size of SIZES) {
  const samples = 4;
  const image = png(size, (x, y) => {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let i = 0; i < samples; i++) {
      for (let j = 0; j < samples; j++) {
        const colour = shade((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
    return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (255 * a) / samples ** 2].map(Math.round);
  });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), image);
}
