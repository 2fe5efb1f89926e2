/**
 * The Teams app icons, drawn in code so the package needs no design tool: an envelope, white on
 * the brand colour (192x192 colour icon) and white on transparent (32x32 outline icon, as Teams
 * requires).
 */
import { PNG } from 'pngjs';

export const BRAND_COLOUR = '#0F6CBD';

type Rgba = [number, number, number, number];

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function distanceToSegment(px: number, py: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a pixel centre lies on the envelope's strokes: its border and its flap. */
function onEnvelope(x: number, y: number, size: number, stroke: number): boolean {
  const [left, right, top, bottom] = [0.2 * size, 0.8 * size, 0.3 * size, 0.7 * size];
  const half = stroke / 2;
  const corners: [number, number][] = [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ];
  const tip: [number, number] = [size / 2, 0.53 * size];
  const segments: [[number, number], [number, number]][] = [
    [corners[0], corners[1]],
    [corners[1], corners[2]],
    [corners[2], corners[3]],
    [corners[3], corners[0]],
    [corners[0], tip],
    [tip, corners[1]],
  ];
  return segments.some(([a, b]) => distanceToSegment(x + 0.5, y + 0.5, a, b) <= half);
}

function draw(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(pixel(x, y), (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

const WHITE: Rgba = [255, 255, 255, 255];

export function colourIcon(colour = BRAND_COLOUR): Buffer {
  const background: Rgba = [...rgb(colour), 255];
  return draw(192, (x, y) => (onEnvelope(x, y, 192, 10) ? WHITE : background));
}

export function outlineIcon(): Buffer {
  return draw(32, (x, y) => (onEnvelope(x, y, 32, 2) ? WHITE : [0, 0, 0, 0]));
}
