import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../../utils/ocr/gray-image';
import { findLabelQuad, mapUnitPoint, rectifyQuad, unitSquareToQuad, type Quad } from '../../../utils/ocr/perspective';

const BOX = 140; // cardboard
const SHELF = 235; // a white shelf behind the box, touching the photo's edge

/** A 600x800 "photo": a white shelf strip on the left edge, a brown box, and a white label seen at an angle with a dark bar across it. */
function photoOfLabel(corners: Quad): GrayImage {
  const width = 600;
  const height = 800;
  const data = new Uint8Array(width * height).fill(BOX);
  const toLabel = inverse(corners);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x < 40) {
        data[y * width + x] = SHELF;
        continue;
      }
      const uv = toLabel(x + 0.5, y + 0.5);
      if (!uv) continue;
      // A dark band across the middle of the label (a barcode's worth of ink).
      data[y * width + x] = uv.v > 0.45 && uv.v < 0.55 && uv.u > 0.1 && uv.u < 0.9 ? 20 : 245;
    }
  }
  return { width, height, data };
}

/** Where a pixel falls on the label (u, v in 0..1), through the inverse (adjugate) of the homography; null outside. */
function inverse(corners: Quad): (x: number, y: number) => { u: number; v: number } | null {
  const { a, b, c, d, e, f, g, h } = unitSquareToQuad(corners);
  // Rows of the adjugate of [[a, b, c], [d, e, f], [g, h, 1]].
  const m = [e - f * h, c * h - b, b * f - c * e, f * g - d, a - c * g, c * d - a * f, d * h - e * g, b * g - a * h, a * e - b * d];
  return (x, y) => {
    const w = m[6]! * x + m[7]! * y + m[8]!;
    const u = (m[0]! * x + m[1]! * y + m[2]!) / w;
    const v = (m[3]! * x + m[4]! * y + m[5]!) / w;
    return u >= 0 && u <= 1 && v >= 0 && v <= 1 ? { u, v } : null;
  };
}

const corners: Quad = [
  { x: 150, y: 200 },
  { x: 500, y: 230 },
  { x: 470, y: 600 },
  { x: 130, y: 560 },
];

describe('a label photographed at an angle', () => {
  it('is found by its four corners, not confused with the white shelf at the edge of the photo', () => {
    const found = findLabelQuad(photoOfLabel(corners));
    expect(found).not.toBeNull();
    for (const [index, corner] of corners.entries()) {
      expect(Math.hypot(found![index]!.x - corner.x, found![index]!.y - corner.y)).toBeLessThan(12);
    }
  });

  it('is made an upright rectangle: the dark band comes out level, across the middle', () => {
    const image = photoOfLabel(corners);
    const rectified = rectifyQuad(image, findLabelQuad(image)!);
    const darkRows: number[] = [];
    for (let y = 0; y < rectified.height; y++) {
      let dark = 0;
      for (let x = 0; x < rectified.width; x++) if (rectified.data[y * rectified.width + x]! < 100) dark++;
      if (dark > rectified.width * 0.6) darkRows.push(y / rectified.height);
    }
    // Level: every row of the band is dark across most of the width, and the band sits where it was printed.
    expect(darkRows.length).toBeGreaterThan(0);
    expect(Math.min(...darkRows)).toBeGreaterThan(0.42);
    expect(Math.max(...darkRows)).toBeLessThan(0.58);
  });

  it('maps the unit square onto its corners', () => {
    const homography = unitSquareToQuad(corners);
    for (const [index, [u, v]] of [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ].entries()) {
      const point = mapUnitPoint(homography, u!, v!);
      expect(point.x).toBeCloseTo(corners[index]!.x, 6);
      expect(point.y).toBeCloseTo(corners[index]!.y, 6);
    }
  });

  it('is not looked for in a photo with no bright region apart from its edges', () => {
    const plain: GrayImage = { width: 300, height: 400, data: new Uint8Array(300 * 400).fill(BOX) };
    for (let y = 0; y < 400; y++) for (let x = 0; x < 20; x++) plain.data[y * 300 + x] = SHELF;
    expect(findLabelQuad(plain)).toBeNull();
  });
});
