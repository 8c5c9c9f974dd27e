// Draws the toolbar icon (a magnifying glass over a page) at each size and writes public/icon/*.png.
// Run once when the design changes: `npx tsx scripts/make-icons.ts`.
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 48, 96, 128];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** Colour of the point (u, v) in a unit square, or null for transparent. */
function paint(u: number, v: number): [number, number, number] | null {
  const lens = Math.hypot(u - 0.58, v - 0.56);
  const handle = u > 0.72 && v > 0.7 && Math.abs(u - v) < 0.09 && u < 0.95;
  if (lens < 0.2) return [255, 255, 255];
  if (lens < 0.28 || handle) return [17, 24, 39];
  const inPage = u > 0.1 && u < 0.62 && v > 0.06 && v < 0.9;
  if (inPage) {
    const line = Math.floor(v * 10) % 2 === 0 && u > 0.18 && u < 0.52 && v > 0.18 && v < 0.8;
    return line ? [255, 255, 255] : [37, 99, 235];
  }
  return null;
}

mkdirSync("public/icon", { recursive: true });
for (const size of SIZES) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4; // supersampling smooths the edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a++;
        }
      }
      const i = (y * size + x) * 4;
      if (a) rgba.set([r / a, g / a, b / a, (255 * a) / (samples * samples)], i);
    }
  }
  writeFileSync(`public/icon/${size}.png`, encodePng(size, rgba));
}
console.log(`wrote ${SIZES.length} icons to public/icon/`);
