/**
 * Label photos taken at an angle: a white label on a brown box is a bright quadrilateral whose sides are not
 * parallel. It is found on a small copy (the largest bright region that does not touch the photo's border, so a
 * white shelf or wall behind the box is not taken for it), its four corners are the extreme points along the two
 * diagonals, and the label is resampled into an upright rectangle through the homography between the two. Text
 * on it then has level, evenly sized lines, which tesseract reads where it read nothing on the whole photo.
 */
import type { GrayImage } from './gray-image';
import { scaleGray } from './gray-image';
import { otsuThreshold } from '../photos/metrics';

export interface Point {
  x: number;
  y: number;
}

/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

const ANALYSIS_LONG_SIDE = 400;
/** A label covers at least this share of the photo (smaller ones are not read at this resolution anyway)... */
const MIN_AREA_SHARE = 0.04;
/** ...and at most this share (a photo that is all label needs no rectifying). */
const MAX_AREA_SHARE = 0.85;
/** A label region fills most of its quadrilateral (print takes the rest; measured 0.68 on lbl30/lbl31), a tangle of reflections does not. */
const MIN_FILL = 0.55;
const MIN_BRIGHT = 170;

function quadArea(quad: Quad): number {
  let twice = 0;
  for (let i = 0; i < 4; i++) {
    const a = quad[i]!;
    const b = quad[(i + 1) % 4]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/**
 * The corners of the largest bright, label-like region that does not touch the border, in the pixels of `image`;
 * null when there is none.
 */
export function findLabelQuad(image: GrayImage): Quad | null {
  const factor = Math.min(1, ANALYSIS_LONG_SIDE / Math.max(image.width, image.height));
  const small = factor < 1 ? scaleGray(image, factor) : image;
  const { width, height, data } = small;
  const threshold = Math.max(MIN_BRIGHT, otsuThreshold(Float32Array.from(data)));
  const labels = new Int32Array(width * height).fill(-1);
  const stack: number[] = [];
  let best: { quad: Quad; area: number } | null = null;
  let region = 0;
  for (let start = 0; start < data.length; start++) {
    if (labels[start] !== -1 || data[start]! <= threshold) continue;
    // Flood fill one bright region, tracking its extreme points along both diagonals.
    let count = 0;
    let touchesBorder = false;
    const extremes = { tl: Infinity, br: -Infinity, tr: -Infinity, bl: Infinity };
    const corners: Quad = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 0, y: 0 },
    ];
    labels[start] = region;
    stack.push(start);
    while (stack.length > 0) {
      const index = stack.pop()!;
      const x = index % width;
      const y = (index - x) / width;
      count++;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) touchesBorder = true;
      if (x + y < extremes.tl) {
        extremes.tl = x + y;
        corners[0] = { x, y };
      }
      if (x - y > extremes.tr) {
        extremes.tr = x - y;
        corners[1] = { x, y };
      }
      if (x + y > extremes.br) {
        extremes.br = x + y;
        corners[2] = { x, y };
      }
      if (x - y < extremes.bl) {
        extremes.bl = x - y;
        corners[3] = { x, y };
      }
      for (const next of [index - 1, index + 1, index - width, index + width]) {
        if (next < 0 || next >= data.length || labels[next] !== -1 || data[next]! <= threshold) continue;
        if ((next === index - 1 && x === 0) || (next === index + 1 && x === width - 1)) continue;
        labels[next] = region;
        stack.push(next);
      }
    }
    region++;
    const share = count / data.length;
    if (touchesBorder || share < MIN_AREA_SHARE || share > MAX_AREA_SHARE) continue;
    const area = quadArea(corners);
    if (area <= 0 || count / area < MIN_FILL) continue;
    if (!best || count > best.area) best = { quad: corners, area: count };
  }
  if (!best) return null;
  // Corner pixels are pixel centres on the small copy: back to the image's pixels, out to the pixel's edge.
  return best.quad.map((point) => ({ x: (point.x + 0.5) / factor, y: (point.y + 0.5) / factor })) as Quad;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

interface Homography {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  g: number;
  h: number;
}

/** The homography from the unit square to `quad` (Heckbert's square-to-quad). */
export function unitSquareToQuad(quad: Quad): Homography {
  const [p0, p1, p2, p3] = quad;
  const dx1 = p1.x - p2.x;
  const dx2 = p3.x - p2.x;
  const dx3 = p0.x - p1.x + p2.x - p3.x;
  const dy1 = p1.y - p2.y;
  const dy2 = p3.y - p2.y;
  const dy3 = p0.y - p1.y + p2.y - p3.y;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = det === 0 ? 0 : (dx3 * dy2 - dx2 * dy3) / det;
  const h = det === 0 ? 0 : (dx1 * dy3 - dx3 * dy1) / det;
  return {
    a: p1.x - p0.x + g * p1.x,
    b: p3.x - p0.x + h * p3.x,
    c: p0.x,
    d: p1.y - p0.y + g * p1.y,
    e: p3.y - p0.y + h * p3.y,
    f: p0.y,
    g,
    h,
  };
}

export function mapUnitPoint(homography: Homography, u: number, v: number): Point {
  const { a, b, c, d, e, f, g, h } = homography;
  const w = g * u + h * v + 1;
  return { x: (a * u + b * v + c) / w, y: (d * u + e * v + f) / w };
}

/** The quadrilateral resampled (bilinear) into an upright rectangle as large as its longer opposite sides. */
export function rectifyQuad(image: GrayImage, quad: Quad): GrayImage {
  const [p0, p1, p2, p3] = quad;
  const width = Math.max(1, Math.round(Math.max(distance(p0, p1), distance(p3, p2))));
  const height = Math.max(1, Math.round(Math.max(distance(p0, p3), distance(p1, p2))));
  const { a, b, c, d, e, f, g, h } = unitSquareToQuad(quad);
  const out = new Uint8Array(width * height);
  const source = image.data;
  const sourceWidth = image.width;
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  const du = 1 / width;
  // Numerators and denominator are linear in u along a row: stepped, not recomputed (a 900x900 label is 0.8 M pixels).
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    const u0 = 0.5 * du;
    let nx = a * u0 + b * v + c;
    let ny = d * u0 + e * v + f;
    let w = g * u0 + h * v + 1;
    const row = y * width;
    for (let x = 0; x < width; x++, nx += a * du, ny += d * du, w += g * du) {
      const sx = nx / w - 0.5;
      const sy = ny / w - 0.5;
      if (sx < -0.5 || sy < -0.5 || sx > maxX + 0.5 || sy > maxY + 0.5) {
        out[row + x] = 255;
        continue;
      }
      const x0 = sx <= 0 ? 0 : sx >= maxX ? maxX : Math.floor(sx);
      const y0 = sy <= 0 ? 0 : sy >= maxY ? maxY : Math.floor(sy);
      const x1 = x0 < maxX ? x0 + 1 : maxX;
      const y1 = y0 < maxY ? y0 + 1 : maxY;
      const fx = sx <= x0 ? 0 : sx - x0 >= 1 ? 1 : sx - x0;
      const fy = sy <= y0 ? 0 : sy - y0 >= 1 ? 1 : sy - y0;
      const top = source[y0 * sourceWidth + x0]! * (1 - fx) + source[y0 * sourceWidth + x1]! * fx;
      const bottom = source[y1 * sourceWidth + x0]! * (1 - fx) + source[y1 * sourceWidth + x1]! * fx;
      out[row + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}
