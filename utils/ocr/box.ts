/** An axis-aligned rectangle in pixels of the image it was measured on. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bounding box of a quadrilateral given by its corners (zxing reports symbols that way). */
export function boxOfPoints(points: readonly { x: number; y: number }[]): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const width = Math.max(...xs) - x;
  const height = Math.max(...ys) - y;
  return width > 0 || height > 0 ? { x, y, width, height } : null;
}
