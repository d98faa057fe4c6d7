/**
 * Draws the tray icons (one per state, 16 px and 32 px for @2x screens) and the 512 px app icon
 * the packager uses, as PNG files next to this script. Run it after changing a shape or colour:
 *
 *   npx tsx assets/generate-icons.ts
 *
 * Each state has its own shape as well as its own colour, so the states stay apart for people who
 * cannot tell the colours apart. Shapes are signed-distance functions on the unit square, sampled
 * 4x4 per pixel for smooth edges; the PNG encoder is the smallest one that works (RGBA, one IDAT).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Distance from a point to a shape's edge: negative inside. */
type Shape = (x: number, y: number) => number;
interface Layer {
  shape: Shape;
  color: Rgb;
}

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - r;

const ring =
  (cx: number, cy: number, r: number, thickness: number): Shape =>
  (x, y) =>
    Math.abs(Math.hypot(x - cx, y - cy) - r) - thickness / 2;

const capsule =
  (ax: number, ay: number, bx: number, by: number, r: number): Shape =>
  (x, y) => {
    const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - dx * t, py - dy * t) - r;
  };

const roundedSquare =
  (inset: number, r: number): Shape =>
  (x, y) => {
    const half = 0.5 - inset;
    const qx = Math.abs(x - 0.5) - half + r;
    const qy = Math.abs(y - 0.5) - half + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));

const intersection =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.max(...shapes.map((shape) => shape(x, y)));

const above =
  (limitY: number): Shape =>
  (_x, y) =>
    y - limitY;

const white: Rgb = [255, 255, 255];
const disc = circle(0.5, 0.5, 0.47);
/** A telephone handset lying on its back: a curved grip with an ear and a mouth piece. */
const handset = union(
  intersection(ring(0.5, 0.78, 0.33, 0.12), above(0.56)),
  capsule(0.22, 0.56, 0.27, 0.66, 0.085),
  capsule(0.78, 0.56, 0.73, 0.66, 0.085),
);

const trayStates = {
  idle: [
    { shape: disc, color: [46, 158, 91] },
    { shape: circle(0.5, 0.5, 0.17), color: white },
  ],
  ringing: [
    { shape: disc, color: [217, 119, 6] },
    { shape: ring(0.5, 0.5, 0.25, 0.09), color: white },
    { shape: circle(0.5, 0.5, 0.1), color: white },
  ],
  'in-call': [
    { shape: disc, color: [37, 99, 235] },
    { shape: handset, color: white },
  ],
  paused: [
    { shape: disc, color: [124, 58, 237] },
    {
      shape: union(capsule(0.39, 0.32, 0.39, 0.68, 0.07), capsule(0.61, 0.32, 0.61, 0.68, 0.07)),
      color: white,
    },
  ],
  // A bent arrow (calls go elsewhere) on a red disc: an active forward must be impossible to miss.
  forwarded: [
    { shape: disc, color: [190, 18, 60] },
    {
      shape: union(
        capsule(0.3, 0.7, 0.3, 0.47, 0.075),
        capsule(0.3, 0.47, 0.7, 0.47, 0.075),
        capsule(0.7, 0.47, 0.56, 0.33, 0.075),
        capsule(0.7, 0.47, 0.56, 0.61, 0.075),
      ),
      color: white,
    },
  ],
  offline: [
    { shape: disc, color: [107, 114, 128] },
    { shape: capsule(0.3, 0.5, 0.7, 0.5, 0.075), color: white },
  ],
} satisfies Record<string, Layer[]>;

const appIcon: Layer[] = [
  { shape: roundedSquare(0.06, 0.18), color: [46, 158, 91] },
  { shape: handset, color: white },
];

function render(layers: readonly Layer[], sizePx: number): Buffer {
  const samples = 4;
  const rgba = Buffer.alloc(sizePx * sizePx * 4);
  for (let py = 0; py < sizePx; py++) {
    for (let px = 0; px < sizePx; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / sizePx;
          const y = (py + (sy + 0.5) / samples) / sizePx;
          const top = layers.findLast((layer) => layer.shape(x, y) <= 0);
          if (!top) continue;
          [r, g, b, a] = [r + top.color[0], g + top.color[1], b + top.color[2], a + 1];
        }
      }
      const offset = (py * sizePx + px) * 4;
      if (a > 0) rgba.set([r / a, g / a, b / a, (a * 255) / (samples * samples)].map(Math.round), offset);
    }
  }
  return encodePng(rgba, sizePx);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(rgba: Buffer, sizePx: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(sizePx, 0);
  header.writeUInt32BE(sizePx, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(sizePx * (sizePx * 4 + 1));
  for (let y = 0; y < sizePx; y++)
    rgba.copy(rows, y * (sizePx * 4 + 1) + 1, y * sizePx * 4, (y + 1) * sizePx * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = new URL('.', import.meta.url);
mkdirSync(new URL('tray/', here), { recursive: true });
for (const [state, layers] of Object.entries(trayStates)) {
  writeFileSync(new URL(`tray/${state}.png`, here), render(layers, 16));
  writeFileSync(new URL(`tray/${state}@2x.png`, here), render(layers, 32));
}
writeFileSync(new URL('icon.png', here), render(appIcon, 512));
