/**
 * Which way the text runs, from the image alone: a projection profile of the dark pixels is sharpest (lines of
 * ink separated by blank gaps) when projected along the text lines. Tried for small skews around horizontal and
 * around vertical (labels photographed sideways); the sharpest wins. It cannot tell 90 from 270 degrees (nor 0
 * from 180): the pipeline reads the first guess and tries the other only when nothing was found.
 */
import { normalizeContrast, scaleGray, type GrayImage } from './gray-image';

export interface TextOrientation {
  /** The text lines run vertically: rotate by ±90 degrees first. */
  sideways: boolean;
  /** Degrees to rotate (counter-clockwise, as rotateGray takes it) to make the lines level, after any 90. */
  correction: number;
  /** How much sharper the winning profile is than the level one (1 = no evidence). */
  gain: number;
  /** Blank gaps across the vertical profile over those across the horizontal one (diagnostics). */
  verticalRatio?: number;
  /** Typical height of a text line in pixels of the given image, when lines were found. */
  lineHeight: number | null;
}

const ANALYSIS_LONG_SIDE = 480;
const MAX_SKEW = 10;
const STEP = 0.5;
const MAX_POINTS = 40_000;
const SIDEWAYS_EVIDENCE = 2.5;

/**
 * Pixels of thin dark strokes: darker than the pixels a few steps away on both sides, across or along. A step
 * edge (a page against the table, a dimmed backdrop, a panel) is dark on one side only, so it is not ink: long
 * page edges would otherwise fill the blank gaps between text lines.
 */
function inkPoints(image: GrayImage): { xs: Float32Array; ys: Float32Array } {
  const prepared = normalizeContrast(image);
  const { width, height, data } = prepared;
  const reach = 3;
  const contrast = 28;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = reach; y < height - reach; y++) {
    for (let x = reach; x < width - reach; x++) {
      const value = data[y * width + x]! + contrast;
      const acrossX = value < data[y * width + x - reach]! && value < data[y * width + x + reach]!;
      const acrossY = value < data[(y - reach) * width + x]! && value < data[(y + reach) * width + x]!;
      if (acrossX || acrossY) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  const stride = Math.max(1, Math.ceil(xs.length / MAX_POINTS));
  const n = Math.ceil(xs.length / stride);
  const outX = new Float32Array(n);
  const outY = new Float32Array(n);
  for (let i = 0, j = 0; i < xs.length; i += stride, j++) {
    outX[j] = xs[i]!;
    outY[j] = ys[i]!;
  }
  return { xs: outX, ys: outY };
}

/** Bin counts of the points projected across direction `degrees` (rows of ink along the text lines). */
function profile(xs: Float32Array, ys: Float32Array, degrees: number, vertical: boolean, size: number): Float64Array {
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const bins = new Float64Array(size * 3);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    const projected = vertical ? x * cos - y * sin : y * cos + x * sin;
    const bin = Math.round(projected) + size;
    if (bin >= 0 && bin < bins.length) bins[bin]!++;
  }
  return bins;
}

/**
 * Blank gaps inside the ink's extent: between text lines, across the lines, the profile drops to (almost) nothing;
 * along the lines, gaps between letters of different lines do not line up, so it seldom does.
 */
function blankGaps(bins: Float64Array): number {
  let max = 0;
  let first = -1;
  let last = -1;
  for (let bin = 0; bin < bins.length; bin++) {
    const count = bins[bin]!;
    if (count <= 0) continue;
    max = Math.max(max, count);
    if (first < 0) first = bin;
    last = bin;
  }
  const blank = max * 0.02;
  let gaps = 0;
  let run = 0;
  for (let bin = first; bin <= last && first >= 0; bin++) {
    if (bins[bin]! <= blank) run++;
    else {
      if (run >= 2) gaps++;
      run = 0;
    }
  }
  return gaps;
}

/** Typical (upper-quartile) height of the ink bands of a profile (about the text's line height), in profile bins. */
function medianBandHeight(bins: Float64Array): number | null {
  // Above a baseline: page edges and noise spread a few points over every bin.
  const nonzero = [...bins].filter((count) => count > 0).sort((a, b) => a - b);
  if (nonzero.length === 0) return null;
  const max = nonzero[nonzero.length - 1]!;
  const baseline = nonzero[Math.floor(nonzero.length * 0.25)]!;
  const threshold = Math.max(1, baseline + 0.1 * (max - baseline));
  const heights: number[] = [];
  let run = 0;
  for (const count of bins) {
    if (count >= threshold) run++;
    else if (run > 0) {
      if (run >= 2) heights.push(run);
      run = 0;
    }
  }
  if (heights.length === 0) return null;
  heights.sort((a, b) => a - b);
  // The upper quartile: rules, underlines and broken-up bands are thinner than text, never taller.
  return heights[Math.floor(heights.length * 0.75)]!;
}

/** Sharpness of the profile of the points projected across direction `degrees`. */
function profileSharpness(xs: Float32Array, ys: Float32Array, degrees: number, vertical: boolean, size: number): number {
  const bins = profile(xs, ys, degrees, vertical, size);
  let sum = 0;
  let first = -1;
  let last = -1;
  for (let bin = 0; bin < bins.length; bin++) {
    const count = bins[bin]!;
    if (count === 0) continue;
    sum += count * count;
    if (first < 0) first = bin;
    last = bin;
  }
  // Mean square over the squared mean, within the ink's extent (1 + CV²): comparable between the two axes of a
  // tall screenshot, where a plain sum of squares favours the axis with fewer bins.
  return first < 0 ? 0 : (sum * (last - first + 1)) / (xs.length * xs.length);
}

export function estimateTextOrientation(image: GrayImage): TextOrientation {
  const long = Math.max(image.width, image.height);
  const small = long > ANALYSIS_LONG_SIDE ? scaleGray(image, ANALYSIS_LONG_SIDE / long) : image;
  const { xs, ys } = inkPoints(small);
  if (xs.length < 50) return { sideways: false, correction: 0, gain: 1, lineHeight: null };
  const size = Math.max(small.width, small.height) * 2;
  const bestOf = (vertical: boolean) => {
    let found = { vertical, angle: 0, score: -1 };
    for (let angle = -MAX_SKEW; angle <= MAX_SKEW + 1e-9; angle += STEP) {
      const score = profileSharpness(xs, ys, angle, vertical, size);
      if (score > found.score) found = { vertical, angle, score };
    }
    // Refine around the best angle.
    for (let angle = found.angle - STEP; angle <= found.angle + STEP + 1e-9; angle += STEP / 5) {
      const score = profileSharpness(xs, ys, angle, vertical, size);
      if (score > found.score) found = { ...found, angle, score };
    }
    return found;
  };
  const level = profileSharpness(xs, ys, 0, false, size);
  const horizontal = bestOf(false);
  const vertical = bestOf(true);
  // Page edges, left-aligned columns and barcodes also make sharp vertical profiles: sideways needs clear evidence.
  // Text lines leave blank gaps across them; sideways needs clearly more of them along the vertical axis.
  const horizontalGaps = blankGaps(profile(xs, ys, horizontal.angle, false, size));
  const verticalGaps = blankGaps(profile(xs, ys, vertical.angle, true, size));
  const best = verticalGaps >= 2 && verticalGaps > horizontalGaps * SIDEWAYS_EVIDENCE ? vertical : horizontal;
  const band = medianBandHeight(profile(xs, ys, best.angle, best.vertical, size));
  const measured = band === null ? null : (band * image.width) / small.width;
  // A "line" taller than a sixth of the image is a photo or a block, not text.
  const lineHeight = measured !== null && measured < Math.min(image.width, image.height) / 6 ? measured : null;
  // A projection along (cos a, sin a) is flat when the lines were turned counter-clockwise by a: undo it.
  const correction = Math.abs(best.angle) < 0.3 ? 0 : Math.round(-best.angle * 10) / 10;
  return {
    sideways: best.vertical,
    correction: best.vertical ? Math.round(best.angle * 10) / 10 : correction,
    gain: level > 0 ? best.score / level : 1,
    lineHeight,
    verticalRatio: verticalGaps / Math.max(1, horizontalGaps),
  };
}
