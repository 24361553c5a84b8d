/**
 * Grayscale image operations for OCR preparation, pure TypeScript so the browser worker and the Node CLI prepare
 * exactly the same pixels for tesseract (the only platform-specific steps are decoding the file and the engines).
 */
import type { RgbaImage } from '../photos/downscale';

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major luminance, one byte per pixel. */
  data: Uint8Array;
}

/** Rec. 601 luma; transparent pixels count as white (as a viewer shows them). */
export function toGray(image: RgbaImage): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    const alpha = (data[p + 3] ?? 255) / 255;
    const luma = 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0);
    out[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data: out };
}

/** Gray back to opaque RGBA (the barcode reader takes ImageData-shaped input). */
export function grayToRgba(image: GrayImage): RgbaImage {
  const out = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, p = 0; i < image.data.length; i++, p += 4) {
    const value = image.data[i] ?? 0;
    out[p] = value;
    out[p + 1] = value;
    out[p + 2] = value;
    out[p + 3] = 255;
  }
  return { width: image.width, height: image.height, data: out };
}

/**
 * Per output column (or row) of an enlargement: the two source neighbours and the weight of the far one (bilinear;
 * a position outside the source takes the fill). Worked out once per column and row, not per pixel.
 */
function bilinearAxis(
  count: number,
  size: number,
  factor: number,
): { near: Int32Array; far: Int32Array; weight: Float64Array; outside: Uint8Array } {
  const near = new Int32Array(count);
  const far = new Int32Array(count);
  const weight = new Float64Array(count);
  const outside = new Uint8Array(count);
  for (let index = 0; index < count; index++) {
    const at = (index + 0.5) / factor - 0.5;
    outside[index] = at < -0.5 || at > size - 0.5 ? 1 : 0;
    const first = Math.max(0, Math.min(size - 1, Math.floor(at)));
    near[index] = first;
    far[index] = Math.min(size - 1, first + 1);
    weight[index] = Math.max(0, Math.min(1, at - first));
  }
  return { near, far, weight, outside };
}

/**
 * Resize by `factor`. Upscaling is bilinear (smooth edges read better than blocky ones); downscaling averages
 * the covered pixels so thin strokes are not skipped.
 */
export function scaleGray(image: GrayImage, factor: number): GrayImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const out = new Uint8Array(width * height);
  if (factor >= 1) {
    // An enlarged label or small render is millions of pixels: the neighbours and weights come from the axes.
    const columns = bilinearAxis(width, image.width, factor);
    const rows = bilinearAxis(height, image.height, factor);
    const data = image.data;
    for (let y = 0; y < height; y++) {
      const fy = rows.weight[y]!;
      const top = rows.near[y]! * image.width;
      const bottom = rows.far[y]! * image.width;
      const rowOutside = rows.outside[y] === 1;
      for (let x = 0; x < width; x++) {
        if (rowOutside || columns.outside[x] === 1) {
          out[y * width + x] = 255;
          continue;
        }
        const fx = columns.weight[x]!;
        const x0 = columns.near[x]!;
        const x1 = columns.far[x]!;
        const upper = data[top + x0]! * (1 - fx) + data[top + x1]! * fx;
        const lower = data[bottom + x0]! * (1 - fx) + data[bottom + x1]! * fx;
        out[y * width + x] = Math.round(upper * (1 - fy) + lower * fy);
      }
    }
    return { width, height, data: out };
  }
  const step = 1 / factor;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * step);
    const y1 = Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) * step)));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * step);
      const x1 = Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) * step)));
      let sum = 0;
      for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += image.data[sy * image.width + sx] ?? 255;
      out[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width, height, data: out };
}

/** Rotates counter-clockwise by `degrees` around the centre; the canvas grows to keep every pixel, filled with `fill`. */
export function rotateGray(image: GrayImage, degrees: number, fill = backgroundLevel(image)): GrayImage {
  const normalized = ((degrees % 360) + 360) % 360;
  if (normalized === 0) return image;
  if (normalized === 90 || normalized === 180 || normalized === 270) return rotateRightAngle(image, normalized);
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const width = Math.ceil(Math.abs(image.width * cos) + Math.abs(image.height * sin));
  const height = Math.ceil(Math.abs(image.width * sin) + Math.abs(image.height * cos));
  const out = new Uint8Array(width * height);
  const cx = image.width / 2;
  const cy = image.height / 2;
  const ox = width / 2;
  const oy = height / 2;
  // Bilinear, written out in the loop: a turned label is millions of pixels.
  const { width: sourceWidth, height: sourceHeight, data } = image;
  const lastColumn = sourceWidth - 1;
  const lastRow = sourceHeight - 1;
  for (let y = 0; y < height; y++) {
    const dy = y + 0.5 - oy;
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - ox;
      // Inverse mapping: where in the source does this output pixel come from (image y axis points down).
      const sx = cos * dx - sin * dy + cx - 0.5;
      const sy = sin * dx + cos * dy + cy - 0.5;
      if (sx < -0.5 || sy < -0.5 || sx > sourceWidth - 0.5 || sy > sourceHeight - 0.5) {
        out[y * width + x] = Math.round(fill);
        continue;
      }
      const x0 = Math.max(0, Math.min(lastColumn, Math.floor(sx)));
      const y0 = Math.max(0, Math.min(lastRow, Math.floor(sy)));
      const x1 = Math.min(lastColumn, x0 + 1);
      const y1 = Math.min(lastRow, y0 + 1);
      const fx = Math.max(0, Math.min(1, sx - x0));
      const fy = Math.max(0, Math.min(1, sy - y0));
      const top = data[y0 * sourceWidth + x0]! * (1 - fx) + data[y0 * sourceWidth + x1]! * fx;
      const bottom = data[y1 * sourceWidth + x0]! * (1 - fx) + data[y1 * sourceWidth + x1]! * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

function rotateRightAngle(image: GrayImage, degrees: 90 | 180 | 270): GrayImage {
  const { width, height, data } = image;
  const swap = degrees !== 180;
  const outWidth = swap ? height : width;
  const outHeight = swap ? width : height;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = data[y * width + x] ?? 0;
      let nx: number;
      let ny: number;
      if (degrees === 90) {
        // Counter-clockwise: the top-right corner goes to the top-left.
        nx = y;
        ny = width - 1 - x;
      } else if (degrees === 180) {
        nx = width - 1 - x;
        ny = height - 1 - y;
      } else {
        nx = height - 1 - y;
        ny = x;
      }
      out[ny * outWidth + nx] = value;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}

/** The most common brightness (the paper or the screen background). */
export function backgroundLevel(image: GrayImage): number {
  const histogram = new Uint32Array(256);
  const stride = Math.max(1, Math.floor(image.data.length / 50_000));
  for (let i = 0; i < image.data.length; i += stride) histogram[image.data[i] ?? 0]!++;
  let best = 255;
  let bestCount = -1;
  // Smoothed over ±4 levels so JPEG noise does not split the peak.
  for (let level = 0; level < 256; level++) {
    let count = 0;
    for (let d = -4; d <= 4; d++) count += histogram[level + d] ?? 0;
    if (count > bestCount) {
      bestCount = count;
      best = level;
    }
  }
  return best;
}

/**
 * Stretches contrast so the 0.1th..99.9th percentile spans 0..255 (text can be well under 1% of a screenshot) (low-contrast photos), and makes text dark on light
 * (dark-mode screenshots): tesseract's LSTM reads dark-on-light best.
 */
export function normalizeContrast(image: GrayImage): GrayImage {
  const histogram = new Uint32Array(256);
  for (const value of image.data) histogram[value]!++;
  const total = image.data.length;
  let low = 0;
  let high = 255;
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen >= total * 0.001) {
      low = level;
      break;
    }
  }
  seen = 0;
  for (let level = 255; level >= 0; level--) {
    seen += histogram[level]!;
    if (seen >= total * 0.001) {
      high = level;
      break;
    }
  }
  const invert = backgroundLevel(image) < (low + high) / 2;
  const range = Math.max(1, high - low);
  const lut = new Uint8Array(256);
  for (let level = 0; level < 256; level++) {
    const stretched = Math.max(0, Math.min(255, Math.round(((level - low) * 255) / range)));
    lut[level] = invert ? 255 - stretched : stretched;
  }
  const out = new Uint8Array(total);
  for (let i = 0; i < total; i++) out[i] = lut[image.data[i]!]!;
  return { width: image.width, height: image.height, data: out };
}

export function cropGray(image: GrayImage, box: { x: number; y: number; width: number; height: number }): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const out = new Uint8Array(width * height).fill(255);
  for (let y = y0; y < y1; y++) out.set(image.data.subarray(y * image.width + x0, y * image.width + x1), (y - y0) * width);
  return { width, height, data: out };
}

/**
 * A binary PGM (P5): a short text header, then the gray bytes as they are. What the OCR engine is given.
 * Leptonica reads it natively, and tesseract.js passes it straight to the engine, whereas every BMP goes through a
 * JavaScript re-encode first (its setImage spreads the bytes into a plain object for bmp-js): about 1.5 s and a
 * few hundred MB of garbage in the OCR worker per 2000 px image (npm run bench -- --only scale-browser).
 */
export function encodeGrayPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const bytes = new Uint8Array(header.length + image.width * image.height);
  bytes.set(header);
  bytes.set(image.data.subarray(0, image.width * image.height), header.length);
  return bytes;
}

/**
 * An 8-bit palette BMP: tesseract (Leptonica) reads it without a codec and it costs one copy to make, where a PNG
 * encode of a 2000 px image costs tens of milliseconds. (tesseract.js re-encodes BMPs in JavaScript: the engine is
 * given encodeGrayPgm's output instead.)
 */
export function encodeGrayBmp(image: GrayImage): Uint8Array {
  const { width, height, data } = image;
  const rowSize = Math.ceil(width / 4) * 4;
  const paletteSize = 256 * 4;
  const offset = 14 + 40 + paletteSize;
  const size = offset + rowSize * height;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x42;
  bytes[1] = 0x4d;
  view.setUint32(2, size, true);
  view.setUint32(10, offset, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true); // positive: rows bottom-up
  view.setUint16(26, 1, true);
  view.setUint16(28, 8, true);
  view.setUint32(30, 0, true);
  view.setUint32(34, rowSize * height, true);
  view.setInt32(38, 2835, true);
  view.setInt32(42, 2835, true);
  view.setUint32(46, 256, true);
  view.setUint32(50, 256, true);
  for (let level = 0; level < 256; level++) {
    const p = 54 + level * 4;
    bytes[p] = level;
    bytes[p + 1] = level;
    bytes[p + 2] = level;
  }
  for (let y = 0; y < height; y++) {
    bytes.set(data.subarray((height - 1 - y) * width, (height - y) * width), offset + y * rowSize);
  }
  return bytes;
}

/**
 * Evens out the paper: each pixel is divided by the local background (the brightest level around it), so a grey
 * dialog panel, a shadow across a label or a gradient becomes white and the text stays dark. tesseract's layout
 * analysis otherwise takes a large grey panel for a picture and reads nothing inside it.
 */
export function flattenBackground(image: GrayImage, block = 32): GrayImage {
  const { width, height, data } = image;
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const blockMax = new Uint8Array(columns * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / block) * columns;
    for (let x = 0; x < width; x++) {
      const index = row + Math.floor(x / block);
      const value = data[y * width + x]!;
      if (value > blockMax[index]!) blockMax[index] = value;
    }
  }
  // A block covered by a large glyph has no paper in it: take the brightest neighbour.
  const background = new Float32Array(columns * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = bx + dx;
          const ny = by + dy;
          if (nx >= 0 && ny >= 0 && nx < columns && ny < rows) best = Math.max(best, blockMax[ny * columns + nx]!);
        }
      }
      background[by * columns + bx] = Math.max(best, 1);
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = Math.max(0, Math.min(rows - 1, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(rows - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, Math.min(columns - 1, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(columns - 1, x0 + 1);
      const wx = fx - x0;
      const top = background[y0 * columns + x0]! * (1 - wx) + background[y0 * columns + x1]! * wx;
      const bottom = background[y1 * columns + x0]! * (1 - wx) + background[y1 * columns + x1]! * wx;
      const local = top * (1 - wy) + bottom * wy;
      out[y * width + x] = Math.min(255, Math.round((data[y * width + x]! * 255) / local));
    }
  }
  return { width, height, data: out };
}

/**
 * The box around everything darker than the paper (after flattenBackground the paper is near white), with a
 * margin; null when the ink already fills most of the image. Tesseract's time grows with the area it searches,
 * and screenshots (a *#06# dialog in the middle of a tall phone screen) are mostly empty.
 */
export function inkBox(image: GrayImage, threshold = 160, margin = 24): { x: number; y: number; width: number; height: number } | null {
  const { width, height, data } = image;
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (data[row + x]! < threshold) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  if (right < 0) return null;
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  const box = { x, y, width: Math.min(width, right + margin + 1) - x, height: Math.min(height, bottom + margin + 1) - y };
  return box.width * box.height < width * height * 0.75 ? box : null;
}

/** Above this share of mid greys, what surrounds the ink is a textured surface, not paper or a screen. */
const TEXTURED_MID_GREY_SHARE = 0.6;
const MID_GREY_LOW = 96;
const MID_GREY_HIGH = 208;
/** Lighter than this becomes white on a textured image; printed ink after flattenBackground is darker. */
const TEXTURE_WHITE_LEVEL = 128;

/**
 * A camera photo of a device on fabric, wood or a carpet keeps a grey grain after flattenBackground (there is no
 * paper to flatten to white), and tesseract binarizes that grain into tens of thousands of blobs: 40-110 s per
 * pass on some photos. When most of the image is mid grey (labels, screenshots and photographed screens measure
 * at most a third; such photos 60-90 %), everything lighter than TEXTURE_WHITE_LEVEL turns white and dark ink
 * stays as it is. Images below the share come back unchanged (the same object), so text is never touched where it
 * is read today.
 */
export function suppressTexture(image: GrayImage): { image: GrayImage; midGreyShare: number } {
  const { data } = image;
  let midGreys = 0;
  for (const value of data) {
    if (value >= MID_GREY_LOW && value < MID_GREY_HIGH) midGreys++;
  }
  const midGreyShare = data.length ? midGreys / data.length : 0;
  if (midGreyShare <= TEXTURED_MID_GREY_SHARE) return { image, midGreyShare };
  const out = data.slice();
  for (let index = 0; index < out.length; index++) if (out[index]! >= TEXTURE_WHITE_LEVEL) out[index] = 255;
  return { image: { width: image.width, height: image.height, data: out }, midGreyShare };
}
