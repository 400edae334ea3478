/**
 * Draws the Teams app icons into appPackage/: color.png (192x192, a white speech bubble with a tick
 * on the page's red) and outline.png (32x32, the same symbol in white on transparent).
 * Run once with `npx tsx scripts/makeIcons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, type RgbaImage } from './png';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect([x, y]: Point, [x0, y0]: Point, [x1, y1]: Point, radius: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - radius);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** Signed distance to a simple polygon (negative inside), by edge distance and crossing count. */
function polygon(p: Point, vertices: readonly Point[]): number {
  let distance = Number.POSITIVE_INFINITY;
  let inside = false;
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length] ?? a;
    distance = Math.min(distance, segmentDistance(p, a, b));
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  });
  return inside ? -distance : distance;
}

/** Distance to an open polyline. */
function polyline(p: Point, points: readonly Point[]): number {
  return Math.min(...points.slice(1).map((b, i) => segmentDistance(p, points[i] ?? b, b)));
}

/** The symbol in unit coordinates: a speech bubble with a tail at the lower left, and a tick inside. */
interface Symbol {
  bubble: { from: Point; to: Point; radius: number; tail: readonly Point[] };
  tick: readonly Point[];
}

function bubbleDistance(p: Point, { bubble }: Symbol): number {
  return Math.min(roundedRect(p, bubble.from, bubble.to, bubble.radius), polygon(p, bubble.tail));
}

/** Renders with 8x8 supersampling; `paint` gives a sample's colour and opacity, or undefined for nothing. */
function render(size: number, paint: (p: Point) => readonly [Rgb, number] | undefined): RgbaImage {
  const samples = 8;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const painted = paint([(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size]);
          if (painted === undefined) continue;
          const [[pr, pg, pb], pa] = painted;
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      }
      const alpha = a / (samples * samples);
      const i = (y * size + x) * 4;
      pixels.set(a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, alpha * 255].map(Math.round), i);
    }
  }
  return { width: size, height: size, pixels };
}

const RED: Rgb = [0x8a, 0x1c, 0x1c];
const WHITE: Rgb = [0xff, 0xff, 0xff];

const COLOR_SYMBOL: Symbol = {
  bubble: { from: [0.22, 0.25], to: [0.78, 0.67], radius: 0.09, tail: [[0.31, 0.62], [0.45, 0.62], [0.28, 0.78]] },
  tick: [[0.37, 0.46], [0.46, 0.55], [0.63, 0.37]],
};

const OUTLINE_SYMBOL: Symbol = {
  bubble: { from: [0.06, 0.1], to: [0.94, 0.74], radius: 0.16, tail: [[0.2, 0.66], [0.44, 0.66], [0.16, 0.94]] },
  tick: [[0.3, 0.42], [0.45, 0.56], [0.71, 0.28]],
};

/** 192x192: white bubble, red tick, on red. */
export function colorIcon(): RgbaImage {
  return render(192, (p) => {
    if (polyline(p, COLOR_SYMBOL.tick) < 0.035) return [RED, 1];
    return [bubbleDistance(p, COLOR_SYMBOL) < 0 ? WHITE : RED, 1];
  });
}

/** 32x32: the bubble's outline, its tail and the tick in white, the rest transparent. */
export function outlineIcon(): RgbaImage {
  const stroke = 2 / 32;
  return render(32, (p) => {
    const { bubble, tick } = OUTLINE_SYMBOL;
    const body = roundedRect(p, bubble.from, bubble.to, bubble.radius);
    const onOutline = body <= 0 && body > -stroke;
    const onTail = polygon(p, bubble.tail) < 0 && body > -stroke;
    return onOutline || onTail || polyline(p, tick) < stroke * 0.75 ? [WHITE, 1] : undefined;
  });
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'appPackage');
  writeFileSync(path.join(dir, 'color.png'), encodePng(colorIcon()));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(outlineIcon()));
  process.stdout.write(`wrote ${dir}/color.png and outline.png\n`);
}
