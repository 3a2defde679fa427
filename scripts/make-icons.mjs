// Draws the add-in's icon (three rising bars on a rounded blue square) at every size the
// manifest names, as PNG files in assets/. Run it after changing the design:
//   node scripts/make-icons.mjs
// It uses only Node's zlib, so the icons can be rebuilt on any machine.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [15, 108, 189]; // Fluent's brand blue, #0F6CBD
const SUPERSAMPLE = 4;

/** Coverage of one pixel by the design, in unit coordinates (0..1 across the icon). */
function inside(x, y) {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return "none";
  const bars = [
    [0.2, 0.62],
    [0.42, 0.44],
    [0.64, 0.24],
  ];
  for (const [left, top] of bars) if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return "bar";
  return "background";
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const hit = inside((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (hit === "background") background++;
          if (hit === "bar") bar++;
        }
      }
      const covered = background + bar;
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let channel = 0; channel < 3; channel++) {
        rgba[offset + channel] = Math.round((BRAND[channel] * background + 255 * bar) / covered);
      }
      rgba[offset + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return png(size, rgba);
}

function png(size, rgba) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), render(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
