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

const DARK = 1;
const LIGHT = 2;

/**
 * Ink masks of both polarities in one pass: DARK where a pixel is MIN_CONTRAST below the mean of the window around
 * it, LIGHT where it is that much above (integer sums from an integral image: no division per pixel).
 */
function inkMask(image: GrayImage, radius: number): Uint8Array {
  const { width, height, data } = image;
  const stride = width + 1;
  // 1008 x 1008 x 255 fits an Int32.
  const integral = new Int32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    const above = y * stride;
    const here = above + stride;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      integral[here + x + 1] = integral[above + x + 1]! + row;
    }
  }
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = Math.max(0, y - radius) * stride;
    const bottom = Math.min(height, y + radius + 1) * stride;
    const rows = (bottom - top) / stride;
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const area = rows * (right - left);
      const sum = integral[bottom + right]! - integral[top + right]! - integral[bottom + left]! + integral[top + left]!;
      const difference = data[y * width + x]! * area - sum;
      const threshold = MIN_CONTRAST * area;
      mask[y * width + x] = difference < -threshold ? DARK : difference > threshold ? LIGHT : 0;
    }
  }
  return mask;
}

/** Connected marks (8-connected) of one polarity; each with its box and pixel count. Consumes them from the mask. */
function marksOf(mask: Uint8Array, width: number, height: number, polarity: number, stack: Int32Array): Mark[] {
  const marks: Mark[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] !== polarity) continue;
    let top = 0;
    stack[top++] = start;
    mask[start] = 0;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    let area = 0;
    while (top > 0) {
      const index = stack[--top]!;
      const y = (index / width) | 0;
      const x = index - y * width;
      area++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      const yFrom = y > 0 ? -1 : 0;
      const yTo = y < height - 1 ? 1 : 0;
      const xFrom = x > 0 ? -1 : 0;
      const xTo = x < width - 1 ? 1 : 0;
      for (let dy = yFrom; dy <= yTo; dy++) {
        const rowStart = index + dy * width;
        for (let dx = xFrom; dx <= xTo; dx++) {
          const next = rowStart + dx;
          if (mask[next] === polarity) {
            mask[next] = 0;
            stack[top++] = next;
          }
        }
      }
    }
    marks.push({ x0, y0, x1, y1, area });
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
  const { width, height } = image;
  const mask = inkMask(image, WINDOW_RADIUS);
  const stack = new Int32Array(width * height);
  let textMarks = 0;
  let rows = 0;
  for (const polarity of [DARK, LIGHT]) {
    const marks = marksOf(mask, width, height, polarity, stack);
    // Labels are often photographed or rendered sideways: rows running down the image count as well.
    const across = rowsOf(marks.filter(isStroke));
    const down = rowsOf(marks.map(transposed).filter(isStroke));
    const found = down.inRows > across.inRows ? down : across;
    textMarks += found.inRows;
    rows += found.rows;
  }
  return { holdsText: textMarks >= MIN_TEXT_MARKS, textMarks, rows };
}
