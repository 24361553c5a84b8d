/**
 * Does this image hold text (or a barcode) worth reading? A cheap look, before any OCR: a camera photo of a device
 * holds no number, and tesseract spends seconds binarizing its grain into blobs. Pure TypeScript on a small grey copy
 * (about 1000 px on the long side: a JPEG decoded at 1/4 scale); a few tens of milliseconds.
 *
 * Text is strokes: small marks that stand out from their surroundings (darker or lighter than the local mean), much
 * thinner than they are tall or hollow (letters and digits cover at most about two thirds of their box, where keys,
 * app icons, screws and speaker holes are filled), in rows of marks of about the same height, evenly spaced.
 * Barcodes are rows of thin bars and count the same way. Grain (wood, fabric) is either faint or too small; edges of
 * devices and furniture are long. The image holds text when enough marks stand in such rows.
 */
import type { GrayImage } from './gray-image';

export interface TextDetection {
  holdsText: boolean;
  /** Marks found in rows of text (both polarities): the score compared with the threshold. */
  textMarks: number;
  /** Rows of at least MIN_ROW marks. */
  rows: number;
}

/** The long side the detector expects (a 4032 px photo decoded at 1/4 scale is 1008 px). */
export const TEXT_DETECTOR_LONG_SIDE = 1008;

/** Half the side of the local window a mark is compared with. */
const WINDOW_RADIUS = 10;
/** How much darker (or lighter) than its surroundings a pixel must be to be ink. */
const MIN_CONTRAST = 28;
const MIN_MARK_HEIGHT = 4;
const MAX_MARK_HEIGHT = 48;
/** Letters are hollow or thin: above this share of its box a mark is a filled shape (key, icon, hole). */
const MAX_FILL = 0.72;
/** A thin bar ("1", "l", a barcode bar) may be filled: at most this wide for its height. */
const THIN_BAR_RATIO = 0.34;
const MIN_ROW = 4;
/**
 * Marks in rows needed to call it text: one line of an IMEI with its label passes. Measured: the least text seen
 * (a camera photo of a monitor listing IMEIs, ../shared/realdata) makes 35, the most a device photo made 12 (the demo
 * laptop's keyboard, re-encoded: key outlines in rows); the generated OCR corpus 66 and more.
 */
const MIN_TEXT_MARKS = 18;

interface Mark {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  area: number;
}

/** Box-filter mean of the window around each pixel, from an integral image. */
function localMeans(image: GrayImage, radius: number): Float32Array {
  const { width, height, data } = image;
  const stride = width + 1;
  const integral = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      integral[(y + 1) * stride + x + 1] = integral[y * stride + x + 1]! + row;
    }
  }
  const means = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const ya = Math.max(0, y - radius);
    const yb = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const xa = Math.max(0, x - radius);
      const xb = Math.min(width, x + radius + 1);
      const sum = integral[yb * stride + xb]! - integral[ya * stride + xb]! - integral[yb * stride + xa]! + integral[ya * stride + xa]!;
      means[y * width + x] = sum / ((yb - ya) * (xb - xa));
    }
  }
  return means;
}

/** Connected marks (8-connected) of the ink mask; each with its box and pixel count. */
function marksOf(mask: Uint8Array, width: number, height: number): Mark[] {
  const marks: Mark[] = [];
  const stack = new Int32Array(width * height);
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] !== 1) continue;
    let top = 0;
    stack[top++] = start;
    mask[start] = 2;
    const mark: Mark = { x0: width, y0: height, x1: 0, y1: 0, area: 0 };
    while (top > 0) {
      const index = stack[--top]!;
      const x = index % width;
      const y = (index - x) / width;
      mark.area++;
      if (x < mark.x0) mark.x0 = x;
      if (x > mark.x1) mark.x1 = x;
      if (y < mark.y0) mark.y0 = y;
      if (y > mark.y1) mark.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const next = ny * width + nx;
          if (mask[next] === 1) {
            mask[next] = 2;
            stack[top++] = next;
          }
        }
      }
    }
    marks.push(mark);
  }
  return marks;
}

/** The mark as seen with the image turned a quarter (x and y swapped). */
function transposed(mark: Mark): Mark {
  return { x0: mark.y0, y0: mark.x0, x1: mark.y1, y1: mark.x1, area: mark.area };
}

function isStroke(mark: Mark): boolean {
  const w = mark.x1 - mark.x0 + 1;
  const h = mark.y1 - mark.y0 + 1;
  if (h < MIN_MARK_HEIGHT || h > MAX_MARK_HEIGHT) return false;
  if (w > h * 1.6) return false;
  const fill = mark.area / (w * h);
  return fill <= MAX_FILL || w <= h * THIN_BAR_RATIO;
}

/** Marks standing in rows: neighbours of about the same height and baseline, close beside each other. */
function rowsOf(marks: Mark[]): { inRows: number; rows: number } {
  const sorted = [...marks].sort((a, b) => a.x0 - b.x0);
  const parent = sorted.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const ha = a.y1 - a.y0 + 1;
    const centre = (a.y0 + a.y1) / 2;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x0 - a.x1 > ha * 1.2) break;
      const hb = b.y1 - b.y0 + 1;
      if (hb < ha * 0.5 || hb > ha * 2) continue;
      // Same line: centres close and bottoms close (digits and capitals share the baseline).
      if (Math.abs((b.y0 + b.y1) / 2 - centre) > Math.max(ha, hb) * 0.35 && Math.abs(b.y1 - a.y1) > Math.max(ha, hb) * 0.2) continue;
      parent[find(j)] = find(i);
    }
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < sorted.length; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
  let inRows = 0;
  let rows = 0;
  for (const size of sizes.values()) {
    if (size < MIN_ROW) continue;
    inRows += size;
    rows++;
  }
  return { inRows, rows };
}

export function detectText(image: GrayImage): TextDetection {
  const { width, height, data } = image;
  const means = localMeans(image, WINDOW_RADIUS);
  let textMarks = 0;
  let rows = 0;
  for (const polarity of [-1, 1]) {
    const mask = new Uint8Array(width * height);
    for (let i = 0; i < mask.length; i++) mask[i] = (data[i]! - means[i]!) * polarity > MIN_CONTRAST ? 1 : 0;
    const marks = marksOf(mask, width, height);
    // Labels are often photographed or rendered sideways: rows running down the image count as well.
    const across = rowsOf(marks.filter(isStroke));
    const down = rowsOf(marks.map(transposed).filter(isStroke));
    const found = down.inRows > across.inRows ? down : across;
    textMarks += found.inRows;
    rows += found.rows;
  }
  return { holdsText: textMarks >= MIN_TEXT_MARKS, textMarks, rows };
}
