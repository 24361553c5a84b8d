/**
 * Area-averaging ("box filter") resampling, pure and dependency-free. The Node CLI uses it to bring decoded photos
 * to the ~512 px size the metrics expect; the browser gets there with createImageBitmap's own resize. Metrics are
 * tuned to tolerate the difference (see tests/unit/photos/downscale.test.ts).
 *
 * Each output pixel is the exact area-weighted mean of the source pixels it covers, so no source pixel is skipped
 * (unlike nearest or bilinear sampling at large ratios, which alias fine texture and would fake sharpness).
 */

export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major RGBA, 4 bytes per pixel, as in ImageData. */
  data: Uint8ClampedArray;
}

interface Tap {
  index: number;
  weight: number;
}

/** For each output position, the source positions it covers and their share of it (shares sum to 1). */
function areaTaps(sourceLength: number, targetLength: number): Tap[][] {
  const scale = sourceLength / targetLength;
  const taps: Tap[][] = [];
  for (let out = 0; out < targetLength; out++) {
    const start = out * scale;
    const end = start + scale;
    const row: Tap[] = [];
    for (let index = Math.floor(start); index < Math.min(sourceLength, Math.ceil(end)); index++) {
      const overlap = Math.min(end, index + 1) - Math.max(start, index);
      if (overlap > 1e-9) row.push({ index, weight: overlap / scale });
    }
    taps.push(row);
  }
  return taps;
}

/**
 * Resample interleaved samples (`channels` per pixel) to targetWidth x targetHeight by area averaging. Works for
 * up- and downscaling, but is meant for downscaling. Returns floats so callers can round once, at the end.
 */
export function resampleArea(
  source: ArrayLike<number>,
  width: number,
  height: number,
  channels: number,
  targetWidth: number,
  targetHeight: number,
): Float32Array {
  const columnTaps = areaTaps(width, targetWidth);
  const rowTaps = areaTaps(height, targetHeight);
  // Horizontal pass first: the intermediate is height x targetWidth.
  const horizontal = new Float32Array(height * targetWidth * channels);
  for (let y = 0; y < height; y++) {
    const sourceRow = y * width * channels;
    const outRow = y * targetWidth * channels;
    for (let x = 0; x < targetWidth; x++) {
      const taps = columnTaps[x]!;
      for (let c = 0; c < channels; c++) {
        let sum = 0;
        for (const tap of taps) sum += source[sourceRow + tap.index * channels + c]! * tap.weight;
        horizontal[outRow + x * channels + c] = sum;
      }
    }
  }
  const result = new Float32Array(targetHeight * targetWidth * channels);
  const rowLength = targetWidth * channels;
  for (let y = 0; y < targetHeight; y++) {
    const taps = rowTaps[y]!;
    const outRow = y * rowLength;
    for (const tap of taps) {
      const inRow = tap.index * rowLength;
      for (let i = 0; i < rowLength; i++) result[outRow + i]! += horizontal[inRow + i]! * tap.weight;
    }
  }
  return result;
}

/** Output size for a long side of `targetLongSide`, keeping the aspect ratio; never upscales. */
export function fitLongSide(width: number, height: number, targetLongSide: number): { width: number; height: number } {
  const longSide = Math.max(width, height);
  if (longSide <= targetLongSide) return { width, height };
  const scale = targetLongSide / longSide;
  // A very long, thin image (a 16 px strip, a scrolling screenshot) keeps at least 3 px across: the metrics need
  // 3x3 neighbourhoods, and a slightly wider sliver beats refusing or failing on it.
  const side = (value: number) => Math.max(Math.min(3, value), Math.round(value * scale));
  return { width: side(width), height: side(height) };
}

/** Box-filter downscale so the long side is at most `targetLongSide`; smaller images come back as a copy. */
export function downscaleRgba(image: RgbaImage, targetLongSide: number): RgbaImage {
  const size = fitLongSide(image.width, image.height, targetLongSide);
  if (size.width === image.width && size.height === image.height) {
    return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  }
  const floats = resampleArea(image.data, image.width, image.height, 4, size.width, size.height);
  // Uint8ClampedArray rounds half to even and clamps, which is what ImageData does too.
  return { width: size.width, height: size.height, data: Uint8ClampedArray.from(floats) };
}
