import { resampleArea, type RgbaImage } from './downscale';
import { THRESHOLDS } from './thresholds';

/**
 * Image measurements for one customer photo, on raw RGBA already brought to about 512 px on the long side
 * (THRESHOLDS.analysisLongSide) by the caller. Pure: no DOM, no canvas. Every measure here is a number or a
 * flag; deciding what is a problem happens in assess.ts, and every constant lives in thresholds.ts.
 */

export type { RgbaImage };

export interface BrightnessMetrics {
  /** Mean luma, 0..255 (Rec. 709 weights on the encoded sRGB values, as the eye judges a photo). */
  mean: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  /** Share of pixels at or above THRESHOLDS.clippedLuma: blown out, detail lost. */
  clippedFraction: number;
  /** Share of pixels at or below THRESHOLDS.crushedLuma. */
  darkFraction: number;
}

export interface SharpnessMetrics {
  /** Variance of the 4-neighbour Laplacian over the whole frame (raw, depends on contrast and content). */
  laplacianVariance: number;
  /** Standard deviation of luma: the photo's global contrast. */
  contrast: number;
  /**
   * Laplacian variance divided by luma variance, computed per tile and summarised over the sharpest tiles
   * (see sharpnessOf). Unitless; null when the frame has almost no contrast to judge focus on (flat or black).
   */
  score: number | null;
  /**
   * Crete-Roffet "blur effect", 0 (crisp) .. 1 (smeared): how little the photo changes when blurred once more,
   * worst direction of four. Catches motion blur (shake), which leaves detail across the motion and so fools any
   * direction-blind measure. Null for a frame without contrast.
   */
  blurEffect: number | null;
}

export interface GlareMetrics {
  /** Share of the frame covered by blown-out highlight blobs (specular reflections). */
  fraction: number;
  blobCount: number;
  largestBlobFraction: number;
}

export interface FrameRegion {
  /** Fractions of the analysed frame, 0..1. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScreenMetrics {
  /** true: a lit screen-like region; false: a dark screen-like region and no lit one; null: neither found. */
  lit: boolean | null;
  region: FrameRegion | null;
  /** Mean luma inside the region minus around it (negative for a dark region). */
  contrast: number;
}

export interface ScreenshotMetrics {
  looksLikeScreenshot: boolean;
  /** Which clues fired, for the agent ("exact phone screen size", ...). */
  clues: string[];
  /** Share of pixels whose 8 neighbours have exactly the same RGB. */
  flatFraction: number;
  /**
   * Share of the frame taken by the most common of those flat colours, leaving out pure white and pure black
   * (where a camera clips). An app background or card colour; a camera photo spreads over many colours.
   */
  dominantFlatColourFraction: number;
  /** Estimated sensor noise (standard deviation in luma levels) in smooth areas. */
  noiseSigma: number;
  matchesScreenResolution: boolean;
  matchesScreenAspect: boolean;
}

export interface PhotoMetrics {
  analysedWidth: number;
  analysedHeight: number;
  brightness: BrightnessMetrics;
  sharpness: SharpnessMetrics;
  glare: GlareMetrics;
  screen: ScreenMetrics;
  /** 64-bit difference hash as 16 hex digits: near-identical photos differ in few bits. */
  dHash: string;
  /** 256-bit difference hash (16x16) as 64 hex digits, to confirm a dHash match (see duplicates.ts). */
  dHashFine: string;
  screenshot: ScreenshotMetrics;
}

export interface OriginalSize {
  /** Size of the photo as received, before the caller downscaled it (screenshot sizes are exact). */
  width: number;
  height: number;
}

/** Luma rounded to whole levels (0..255) and counted, with the sum of the unrounded values. */
export interface LumaLevels {
  histogram: Uint32Array;
  sum: number;
  count: number;
}

/** What the measures read per pixel, made in one pass over the RGBA. */
export interface PixelPlanes {
  /** Luma, 0..255 (Rec. 709 weights on the encoded sRGB values, as the eye judges a photo). */
  luma: Float32Array;
  levels: LumaLevels;
  /** RGB as one number (r << 16 | g << 8 | b): flat areas are runs of one value. */
  colour: Int32Array;
  /** 1 where even the weakest channel is at least THRESHOLDS.glareMinChannel: blown-out highlight. */
  blownOut: Uint8Array;
  /** 1 where every channel is near white (250 and up) or near black (5 and down), where a camera clips. */
  clipped: Uint8Array;
}

export function pixelPlanesOf(image: RgbaImage): PixelPlanes {
  const { data } = image;
  const count = image.width * image.height;
  const luma = new Float32Array(count);
  const colour = new Int32Array(count);
  const blownOut = new Uint8Array(count);
  const clipped = new Uint8Array(count);
  const histogram = new Uint32Array(256);
  const glareMin = THRESHOLDS.glareMinChannel;
  let sum = 0;
  for (let i = 0, p = 0; i < count; i++, p += 4) {
    const r = data[p]!;
    const g = data[p + 1]!;
    const b = data[p + 2]!;
    luma[i] = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    // Read back: the stored float32 is what every measure sees.
    const value = luma[i]!;
    sum += value;
    // Math.round for a value that is never negative, clamped to the top level.
    const level = (value + 0.5) | 0;
    histogram[level > 255 ? 255 : level]!++;
    colour[i] = (r << 16) | (g << 8) | b;
    if (r >= glareMin && g >= glareMin && b >= glareMin) blownOut[i] = 1;
    if ((r >= 250 && g >= 250 && b >= 250) || (r <= 5 && g <= 5 && b <= 5)) clipped[i] = 1;
  }
  return { luma, levels: { histogram, sum, count }, colour, blownOut, clipped };
}

export function brightnessOf({ histogram, sum, count: pixels }: LumaLevels): BrightnessMetrics {
  let clipped = 0;
  let dark = 0;
  for (let level = 0; level < 256; level++) {
    if (level >= THRESHOLDS.clippedLuma) clipped += histogram[level]!;
    if (level <= THRESHOLDS.crushedLuma) dark += histogram[level]!;
  }
  const count = Math.max(1, pixels);
  const percentile = (fraction: number): number => {
    const rank = fraction * (count - 1);
    let seen = 0;
    for (let level = 0; level < 256; level++) {
      seen += histogram[level]!;
      if (seen > rank) return level;
    }
    return 255;
  };
  return {
    mean: sum / count,
    p5: percentile(0.05),
    p25: percentile(0.25),
    p50: percentile(0.5),
    p75: percentile(0.75),
    p95: percentile(0.95),
    clippedFraction: clipped / count,
    darkFraction: dark / count,
  };
}

/**
 * Sharpness as Laplacian variance normalised by contrast.
 *
 * The raw Laplacian variance measures how much fine detail (edges) a photo has, but it scales with the square of
 * contrast: the same sharp scene shot in dim light, at a quarter of the brightness, has 1/16 of the Laplacian
 * variance and would be called blurred. Dividing by the luma variance of the whole frame (also proportional to
 * contrast squared) cancels exposure and leaves "how much of the photo's contrast sits in fine detail", which is
 * what blur destroys.
 *
 * The Laplacian variance is taken per tile and the sharpest tiles are averaged, so a sharp device on a soft
 * background (shallow depth of field) still counts as sharp, and one lucky tile does not decide. Tiles are divided
 * by the frame's variance, not their own: a flat tile then scores near zero instead of "noise over noise", which
 * would make an empty wall look razor sharp. A frame with almost no contrast at all gets no score (null): there
 * is nothing to judge focus on, and "too dark" says what is wrong.
 */
export function sharpnessOf(luma: Float32Array, width: number, height: number): SharpnessMetrics {
  const grid = THRESHOLDS.sharpnessTileGrid;
  const tiles = grid * grid;
  // One pass over the interior: each pixel's Laplacian goes into its tile's moments; the whole frame's are the
  // tiles' added up.
  const tileCount = new Float64Array(tiles);
  const tileSumL = new Float64Array(tiles);
  const tileSumL2 = new Float64Array(tiles);
  const tileSumQ = new Float64Array(tiles);
  const tileSumQ2 = new Float64Array(tiles);
  const columnStarts = tileStarts(width, grid);
  const rowStarts = tileStarts(height, grid);
  for (let ty = 0; ty < grid; ty++) {
    for (let y = Math.max(1, rowStarts[ty]!); y < Math.min(height - 1, rowStarts[ty + 1]!); y++) {
      for (let tx = 0; tx < grid; tx++) {
        const x0 = Math.max(1, columnStarts[tx]!);
        const x1 = Math.min(width - 1, columnStarts[tx + 1]!);
        if (x0 >= x1) continue;
        const tile = ty * grid + tx;
        let sumL = tileSumL[tile]!;
        let sumL2 = tileSumL2[tile]!;
        let sumQ = tileSumQ[tile]!;
        let sumQ2 = tileSumQ2[tile]!;
        for (let i = y * width + x0, end = y * width + x1; i < end; i++) {
          const l = luma[i]!;
          const q = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * l;
          sumL += l;
          sumL2 += l * l;
          sumQ += q;
          sumQ2 += q * q;
        }
        tileSumL[tile] = sumL;
        tileSumL2[tile] = sumL2;
        tileSumQ[tile] = sumQ;
        tileSumQ2[tile] = sumQ2;
        tileCount[tile]! += x1 - x0;
      }
    }
  }
  let count = 0;
  let sumL = 0;
  let sumL2 = 0;
  let sumQ = 0;
  let sumQ2 = 0;
  for (let tile = 0; tile < tiles; tile++) {
    count += tileCount[tile]!;
    sumL += tileSumL[tile]!;
    sumL2 += tileSumL2[tile]!;
    sumQ += tileSumQ[tile]!;
    sumQ2 += tileSumQ2[tile]!;
  }
  const whole = moments(count, sumL, sumL2, sumQ, sumQ2);
  const contrast = Math.sqrt(whole.lumaVariance);
  if (contrast < THRESHOLDS.sharpnessMinContrast) {
    return { laplacianVariance: whole.laplacianVariance, contrast, score: null, blurEffect: null };
  }
  const tileScores: number[] = [];
  for (let tile = 0; tile < tiles; tile++) {
    const { laplacianVariance } = moments(tileCount[tile]!, tileSumL[tile]!, tileSumL2[tile]!, tileSumQ[tile]!, tileSumQ2[tile]!);
    if (tileCount[tile]! > 0) tileScores.push(laplacianVariance / whole.lumaVariance);
  }
  tileScores.sort((a, b) => b - a);
  const take = Math.max(1, Math.round(tileScores.length * THRESHOLDS.sharpnessTopTileShare));
  const top = tileScores.slice(0, take);
  return {
    laplacianVariance: whole.laplacianVariance,
    contrast,
    score: top.length === 0 ? null : top.reduce((a, b) => a + b, 0) / top.length,
    blurEffect: blurEffectOf(luma, width, height),
  };
}

/** Where each of `grid` equal tiles starts along a side of `length` pixels, and the side's end last. */
function tileStarts(length: number, grid: number): Int32Array {
  const starts = new Int32Array(grid + 1);
  for (let tile = 0; tile <= grid; tile++) starts[tile] = Math.floor((tile * length) / grid);
  return starts;
}

function moments(
  count: number,
  sumL: number,
  sumL2: number,
  sumQ: number,
  sumQ2: number,
): { lumaVariance: number; laplacianVariance: number } {
  if (count === 0) return { lumaVariance: 0, laplacianVariance: 0 };
  const meanL = sumL / count;
  const meanQ = sumQ / count;
  return {
    lumaVariance: Math.max(0, sumL2 / count - meanL * meanL),
    laplacianVariance: Math.max(0, sumQ2 / count - meanQ * meanQ),
  };
}

/**
 * Crete-Roffet, Dolmiere, Ladret & Nicolas (2007), "The blur effect: perception and estimation with a new
 * no-reference perceptual blur metric". Blur the photo again along one direction (a mean over
 * THRESHOLDS.blurEffectTaps pixels) and compare neighbour differences before and after: a sharp photo loses most
 * of them, an already blurred one hardly changes. A ratio of sums, so exposure and contrast cancel out as in the
 * Laplacian score, and it depends far less on how much texture the scene has. The worst of four directions
 * (horizontal, vertical, two diagonals) is kept, because hand shake blurs one direction only.
 *
 * The blurred copy is never made: two neighbouring windows along a line share all taps but one at each end, so
 * the difference of their means is the difference of those two pixels over the taps.
 */
function blurEffectOf(luma: Float32Array, width: number, height: number): number | null {
  const taps = THRESHOLDS.blurEffectTaps;
  const reach = (taps - 1) / 2;
  const margin = reach + 2;
  if (width <= 2 * margin || height <= 2 * margin) return null;
  let worst = 0;
  // Neighbour offsets along the four directions: right, down, down-right, up-right.
  for (const step of [1, width, width + 1, 1 - width]) {
    const entering = reach * step;
    const leaving = (reach + 1) * step;
    let original = 0;
    let kept = 0;
    for (let y = margin; y < height - margin; y++) {
      for (let i = y * width + margin, end = y * width + width - margin; i < end; i++) {
        // The neighbour difference before the extra blur, and the blurred one (the window's new tap minus the tap
        // it dropped). `kept` sums how much of each difference the blur removed.
        let before = luma[i]! - luma[i - step]!;
        let after = (luma[i + entering]! - luma[i - leaving]!) / taps;
        if (before < 0) before = -before;
        if (after < 0) after = -after;
        original += before;
        if (before > after) kept += before - after;
      }
    }
    if (original > 0) worst = Math.max(worst, (original - kept) / original);
  }
  return worst;
}

interface Component {
  area: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  touchesBorder: boolean;
  /** Pixel indices, only when asked for. */
  pixels: number[];
}

/** 4-connected components of `mask` (non-zero cells), each with its bounding box. */
function componentsOf(mask: Uint8Array, width: number, height: number, keepPixels: boolean): Component[] {
  const label = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const found: Component[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    const component: Component = {
      area: 0,
      minX: width,
      minY: height,
      maxX: -1,
      maxY: -1,
      touchesBorder: false,
      pixels: [],
    };
    const id = found.length + 1;
    let top = 0;
    const visit = (i: number): void => {
      if (!mask[i] || label[i]) return;
      label[i] = id;
      stack[top++] = i;
    };
    visit(start);
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      component.area++;
      if (keepPixels) component.pixels.push(i);
      if (x < component.minX) component.minX = x;
      if (x > component.maxX) component.maxX = x;
      if (y < component.minY) component.minY = y;
      if (y > component.maxY) component.maxY = y;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) component.touchesBorder = true;
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (y > 0) visit(i - width);
      if (y < height - 1) visit(i + width);
    }
    found.push(component);
  }
  return found;
}

/** Mean of `values` over the box grown by `margin` on each side, leaving out cells where `exclude` is set. */
function surroundMean(
  values: Float32Array,
  exclude: Uint8Array,
  width: number,
  height: number,
  component: Component,
  margin: number,
): number | null {
  let sum = 0;
  let count = 0;
  const x0 = Math.max(0, component.minX - margin);
  const x1 = Math.min(width - 1, component.maxX + margin);
  const y0 = Math.max(0, component.minY - margin);
  const y1 = Math.min(height - 1, component.maxY + margin);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * width + x;
      if (exclude[i]) continue;
      sum += values[i]!;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/**
 * Lit or dark screen, kept deliberately simple: on a coarse luma grid (screen content such as icons and text
 * averages out), split bright from dark with Otsu's threshold, then look for a region that is
 *  - away from the frame border (a screen sits inside a device, a bright wall or window runs off the edge),
 *  - rectangular (it fills most of its bounding box; perspective and a rounded corner still pass),
 *  - big enough to be the subject, not the whole frame,
 *  - clearly brighter (lit) or darker (dark glossy glass) than the ring around it.
 * Lit wins over dark. A screen shot so close that it fills the frame, or lit but no brighter than a white sheet
 * under it, gives null: the hint is then simply absent.
 */
export function screenOf(luma: Float32Array, width: number, height: number): ScreenMetrics {
  const longSide = Math.max(width, height);
  const gridLong = Math.min(THRESHOLDS.screenGridLongSide, longSide);
  const gridWidth = Math.max(1, Math.round((width * gridLong) / longSide));
  const gridHeight = Math.max(1, Math.round((height * gridLong) / longSide));
  const cells = resampleArea(luma, width, height, 1, gridWidth, gridHeight);
  const threshold = otsuThreshold(cells);

  const bright = new Uint8Array(cells.length);
  const dark = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i]!;
    bright[i] = value >= Math.max(threshold, THRESHOLDS.screenLitMinLuma) ? 1 : 0;
    dark[i] = value < Math.min(threshold, THRESHOLDS.screenDarkMaxLuma) ? 1 : 0;
  }
  const lit = bestScreenRegion(cells, close(bright, gridWidth, gridHeight), gridWidth, gridHeight, 1);
  if (lit) return { lit: true, region: lit.region, contrast: lit.contrast };
  const off = bestScreenRegion(cells, close(dark, gridWidth, gridHeight), gridWidth, gridHeight, -1);
  if (off) return { lit: false, region: off.region, contrast: off.contrast };
  return { lit: null, region: null, contrast: 0 };
}

function bestScreenRegion(
  cells: Float32Array,
  mask: Uint8Array,
  width: number,
  height: number,
  sign: 1 | -1,
): { region: FrameRegion; contrast: number } | null {
  const total = width * height;
  let best: { region: FrameRegion; contrast: number; area: number } | null = null;
  for (const component of componentsOf(mask, width, height, true)) {
    if (component.touchesBorder) continue;
    const areaFraction = component.area / total;
    if (areaFraction < THRESHOLDS.screenMinAreaFraction || areaFraction > THRESHOLDS.screenMaxAreaFraction) continue;
    const boxWidth = component.maxX - component.minX + 1;
    const boxHeight = component.maxY - component.minY + 1;
    if (component.area / (boxWidth * boxHeight) < THRESHOLDS.screenMinFill) continue;
    const inside = component.pixels.reduce((sum, i) => sum + cells[i]!, 0) / component.area;
    const margin = Math.max(1, Math.round(Math.min(boxWidth, boxHeight) * 0.15));
    const member = new Uint8Array(total);
    for (const i of component.pixels) member[i] = 1;
    const around = surroundMean(cells, member, width, height, component, margin);
    if (around === null) continue;
    const contrast = inside - around;
    if (contrast * sign < THRESHOLDS.screenMinContrast) continue;
    if (!best || component.area > best.area) {
      best = {
        area: component.area,
        contrast,
        region: {
          x: component.minX / width,
          y: component.minY / height,
          width: boxWidth / width,
          height: boxHeight / height,
        },
      };
    }
  }
  return best && { region: best.region, contrast: best.contrast };
}

/** Morphological closing (dilate then erode, 3x3): joins a screen split by dark icons or a bright streak. */
function close(mask: Uint8Array, width: number, height: number): Uint8Array {
  // Cells outside the frame take part in neither pass: a region near the edge is judged on what is in the frame.
  const pass = (source: Uint8Array, dilate: boolean): Uint8Array => {
    const out = new Uint8Array(source.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let set = 0;
        let seen = 0;
        for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
          for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
            set += source[ny * width + nx]!;
            seen++;
          }
        }
        out[y * width + x] = dilate ? (set > 0 ? 1 : 0) : set === seen ? 1 : 0;
      }
    }
    return out;
  };
  return pass(pass(mask, true), false);
}

/** Otsu's threshold over values in 0..255 (also finds the bright label region in utils/ocr/perspective.ts). */
export function otsuThreshold(values: Float32Array): number {
  const histogram = new Float64Array(256);
  for (const value of values) histogram[Math.min(255, Math.max(0, Math.round(value)))]!++;
  const total = values.length;
  let sumAll = 0;
  for (let level = 0; level < 256; level++) sumAll += level * histogram[level]!;
  let weightBelow = 0;
  let sumBelow = 0;
  let bestLevel = 128;
  let bestSpread = -1;
  for (let level = 0; level < 256; level++) {
    weightBelow += histogram[level]!;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += level * histogram[level]!;
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sumAll - sumBelow) / weightAbove;
    const spread = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (spread > bestSpread) {
      bestSpread = spread;
      bestLevel = level + 0.5;
    }
  }
  return bestLevel;
}

/**
 * Glare: blown-out highlight blobs. A pixel is blown out when even its weakest channel is near the top
 * (THRESHOLDS.glareMinChannel), which also means near-white and unsaturated: a red LED or a bright colour
 * is not glare. Only blobs count that are
 *  - big enough to hide something (not a sparkle on a lens ring),
 *  - away from the frame border (a white background, window or sheet of paper runs off the edge; this also
 *    excludes an entirely blown-out frame, which is "overexposed", not glare),
 *  - brighter than what surrounds them (a reflection sits on a darker surface),
 *  - not on a lit screen: a white app on a lit screen is often blown out, and from pixels alone it cannot be told
 *    from a reflection; the screen-on shot is there to show the screen lights up, which it still does.
 */
export function glareOf(planes: PixelPlanes, width: number, height: number, screen: ScreenMetrics): GlareMetrics {
  const { luma, blownOut: mask } = planes;
  const total = width * height;
  let covered = 0;
  let blobCount = 0;
  let largest = 0;
  for (const blob of componentsOf(mask, width, height, false)) {
    if (blob.touchesBorder || blob.area / total < THRESHOLDS.glareMinBlobFraction) continue;
    const margin = Math.max(2, Math.round(Math.sqrt(blob.area) * 0.5));
    const around = surroundMean(luma, mask, width, height, blob, margin);
    if (around === null || around > THRESHOLDS.glareMaxSurroundLuma) continue;
    if (screen.lit === true && screen.region && shareOfBoxInside(blob, width, height, screen.region) > 0.8) continue;
    blobCount++;
    covered += blob.area;
    largest = Math.max(largest, blob.area);
  }
  return { fraction: covered / total, blobCount, largestBlobFraction: largest / total };
}

/** Share of a component's bounding box that lies inside a fractional box. */
function shareOfBoxInside(component: Component, width: number, height: number, box: FrameRegion): number {
  const x0 = component.minX / width;
  const x1 = (component.maxX + 1) / width;
  const y0 = component.minY / height;
  const y1 = (component.maxY + 1) / height;
  const ix = Math.max(0, Math.min(x1, box.x + box.width) - Math.max(x0, box.x));
  const iy = Math.max(0, Math.min(y1, box.y + box.height) - Math.max(y0, box.y));
  const area = (x1 - x0) * (y1 - y0);
  return area <= 0 ? 0 : (ix * iy) / area;
}

/**
 * Difference hash: luma averaged down to (size+1) x size cells, one bit per horizontally adjacent pair (left
 * brighter than right), as hex. size 8 gives the classic 64-bit dHash; size 16 a 256-bit one that also sees
 * smaller details. Area averaging keeps it stable across resize paths and JPEG re-encoding; it does not survive
 * cropping or rotation, which is fine for "the customer sent the same photo twice". Where neighbouring cells are
 * equal (an evenly lit, plain background) the bit is decided by noise and can flip between copies; real photos
 * almost always have a light gradient that settles it, which is why the duplicate threshold is not zero.
 */
export function dHashOf(luma: Float32Array, width: number, height: number, size = 8): string {
  const cells = resampleArea(luma, width, height, 1, size + 1, size);
  let hex = '';
  let nibble = 0;
  let count = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const left = cells[y * (size + 1) + x]!;
      const right = cells[y * (size + 1) + x + 1]!;
      nibble = (nibble << 1) | (left > right ? 1 : 0);
      if (++count % 4 === 0) {
        hex += nibble.toString(16);
        nibble = 0;
      }
    }
  }
  return hex;
}

const NIBBLE_BITS = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];
/**
 * Value of a hex digit by character code (anything else counts as 0, as parseInt's NaN did). A table instead of
 * parseInt per character: the panel compares every pair of photos after each result, and with 150 photos
 * parseInt made that 35 ms per result (npm run bench -- --only scale-browser).
 */
const HEX_DIGIT_VALUE = (() => {
  const table = new Uint8Array(128);
  for (let digit = 0; digit < 16; digit++) {
    const lower = digit.toString(16);
    table[lower.charCodeAt(0)] = digit;
    table[lower.toUpperCase().charCodeAt(0)] = digit;
  }
  return table;
})();
const hexDigit = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code < 128 ? HEX_DIGIT_VALUE[code]! : 0;
};

/** Number of differing bits between two hashes of the same length (0..64 for dHash, 0..256 for dHashFine). */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) throw new Error('hashes of different lengths');
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    distance += NIBBLE_BITS[hexDigit(a, i) ^ hexDigit(b, i)]!;
  }
  return distance;
}

/** Pixel sizes of common phone, tablet and laptop screens (portrait or landscape both match). */
const SCREEN_RESOLUTIONS: readonly (readonly [number, number])[] = [
  // iPhone
  [640, 1136],
  [750, 1334],
  [1242, 2208],
  [1125, 2436],
  [828, 1792],
  [1242, 2688],
  [1080, 2340],
  [1170, 2532],
  [1284, 2778],
  [1179, 2556],
  [1290, 2796],
  [1206, 2622],
  [1320, 2868],
  // Android (20:9, 19.5:9, 19:9, 18.5:9, 18:9 at common widths)
  [720, 1600],
  [1080, 2400],
  [1440, 3200],
  [1080, 2408],
  [1080, 2412],
  [1220, 2712],
  [1440, 3088],
  [1440, 3120],
  [1080, 2280],
  [1440, 3040],
  [1080, 2220],
  [1440, 2960],
  [1080, 2160],
  [1440, 2880],
  [720, 1520],
  [720, 1560],
  [1080, 2376],
  [1260, 2800],
  [1344, 2992],
  [1280, 2856],
  [1008, 2244],
  // iPad
  [1536, 2048],
  [1620, 2160],
  [1640, 2360],
  [1668, 2224],
  [1668, 2388],
  [2048, 2732],
  [1488, 2266],
  [1668, 2420],
  [2064, 2752],
  // Laptops (16:10 and Apple's own sizes; 16:9 sizes are left out, cameras and messengers produce them too)
  [1440, 900],
  [1680, 1050],
  [1920, 1200],
  [2560, 1600],
  [2880, 1800],
  [3024, 1964],
  [3456, 2234],
  [2560, 1664],
  [2940, 1912],
  [1280, 800],
];

/**
 * Phone screens are taller than any camera frame: cameras shoot 4:3, 3:2, 16:9 or 1:1 (long/short <= 1.78), while
 * phone screens since 2017 run from 18:9 (2.0) to 21:9 (2.33).
 */
function isPhoneScreenAspect(width: number, height: number): boolean {
  const ratio = Math.max(width, height) / Math.min(width, height);
  return ratio >= THRESHOLDS.screenshotMinPhoneAspect && ratio <= THRESHOLDS.screenshotMaxPhoneAspect;
}

/**
 * Screenshots (IMEI screens, "Find My" removed, order pages) are not photos of the item: exposure and glare
 * checks do not apply to them (white app backgrounds look "blown out"), and they fill no checklist slot.
 * Clues, any of which suffices:
 *  - one exact colour, flat over whole 3x3 neighbourhoods, covering a large share of the frame: an app background
 *    or card. A camera photo never repeats one RGB value that widely, except where it clips to pure white or
 *    black, which is why those two are left out; a very blurred photo has flat patches, but each in its own
 *    colour along the gradients;
 *  - the exact pixel size of a phone, tablet or laptop screen, with some flat colour and no sensor noise. Sizes a
 *    camera or a messenger also produces (16:9 such as 1920x1080 or 3840x2160) are not in the list;
 *  - a phone screen's aspect ratio (taller than any camera frame) with a fair share of flat colour (any colour, so
 *    a white light-mode or black dark-mode app counts) and no sensor noise;
 *  - most of the frame exactly flat (any colour) and no sensor noise at all: a rendered document or web page.
 */
/** The 99.5th percentile of luma: "the brightest pixels", ignoring a few hot ones. */
function brightestLuma({ histogram, count }: LumaLevels): number {
  let remaining = Math.ceil(count * 0.005);
  for (let level = 255; level >= 0; level--) {
    remaining -= histogram[level]!;
    if (remaining <= 0) return level;
  }
  return 0;
}

export function screenshotOf(planes: PixelPlanes, width: number, height: number, original: OriginalSize): ScreenshotMetrics {
  const { inner, flat, dominantFlatColour, noiseSigma } = flatnessAndNoiseOf(planes, width, height);
  const share = (count: number): number => (inner === 0 ? 0 : count / inner);
  const flatFraction = share(flat);
  const dominantFlatColourFraction = share(dominantFlatColour);
  const matchesScreenResolution = SCREEN_RESOLUTIONS.some(
    ([a, b]) => (original.width === a && original.height === b) || (original.width === b && original.height === a),
  );
  const matchesScreenAspect = isPhoneScreenAspect(original.width, original.height);

  const clues: string[] = [];
  if (brightestLuma(planes.levels) < THRESHOLDS.screenshotMinBrightestLuma) {
    return {
      looksLikeScreenshot: false,
      clues,
      dominantFlatColourFraction,
      flatFraction,
      noiseSigma,
      matchesScreenResolution,
      matchesScreenAspect,
    };
  }
  if (dominantFlatColourFraction >= THRESHOLDS.screenshotMinDominantFlatColour) {
    clues.push('one exactly flat colour over a large area');
  }
  // Cameras shoot some screen sizes too (1536x2048 is an iPad screen and a 3 MP photo), and a photographed label's
  // paper clips to flat white: the size counts only where the sensor left no noise (issue #14: a label photo
  // was called a screenshot).
  if (
    matchesScreenResolution &&
    flatFraction >= THRESHOLDS.screenshotMinFlatWithScreenSize &&
    noiseSigma < THRESHOLDS.screenshotMaxNoiseSigma
  ) {
    clues.push(`exact screen size (${original.width}x${original.height}) with flat colour areas and no sensor noise`);
  }
  if (
    matchesScreenAspect &&
    flatFraction >= THRESHOLDS.screenshotMinFlatWithPhoneAspect &&
    noiseSigma < THRESHOLDS.screenshotMaxNoiseSigma
  ) {
    clues.push('phone screen proportions, flat colour areas and no sensor noise');
  }
  if (flatFraction >= THRESHOLDS.screenshotMinFlatRendered && noiseSigma < THRESHOLDS.screenshotMaxNoiseRendered) {
    clues.push('mostly exactly flat colour and no sensor noise (a rendered image)');
  }
  return {
    looksLikeScreenshot: clues.length > 0,
    clues,
    dominantFlatColourFraction,
    flatFraction,
    noiseSigma,
    matchesScreenResolution,
    matchesScreenAspect,
  };
}

/**
 * Two measures of the interior pixels (the frame minus its one-pixel border), in one pass:
 *  - flat: the pixel and its 8 neighbours have exactly the same RGB; and how many flat pixels the most common
 *    flat colour has, pure white and pure black left out (where a camera clips);
 *  - Immerkaer's noise estimate: the mask below cancels any locally planar image, so in smooth areas what is left
 *    is noise (sigma = sqrt(pi/2) / 6 * mean |response|; we take the median instead of the mean, which ignores the
 *    few textured pixels that slip through). Edges are left out (strong gradient), and so are pure white and pure
 *    black, where a camera clips and its noise vanishes too. A camera sensor leaves noise even after downscaling; a
 *    rendered screen leaves none. With almost no smooth mid-tone pixels (a black-and-white document) there is no
 *    noise to see: 0.
 */
function flatnessAndNoiseOf(
  planes: PixelPlanes,
  width: number,
  height: number,
): { inner: number; flat: number; dominantFlatColour: number; noiseSigma: number } {
  const { luma, colour, clipped } = planes;
  // Median through a histogram of responses in 1/16 luma steps (responses above 256 share the last bin): a sort
  // of 200 000 numbers would cost more than every other measure together.
  const binsPerLevel = 16;
  const lastBin = 256 * binsPerLevel;
  const noiseHistogram = new Uint32Array(lastBin + 1);
  const maxGradient = THRESHOLDS.noiseMaxGradient;
  let smooth = 0;
  let flat = 0;
  const flatMidtoneColours = new Map<number, number>();
  // Runs of one flat colour along a row are counted first and added to the map once.
  let runColour = -1;
  let runLength = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let i = y * width + 1, end = y * width + width - 1; i < end; i++) {
      const c = colour[i]!;
      const above = i - width;
      const below = i + width;
      // Cheapest test first: in a camera photo the left neighbour almost always differs already.
      if (
        colour[i - 1] === c &&
        colour[i + 1] === c &&
        colour[above] === c &&
        colour[below] === c &&
        colour[above - 1] === c &&
        colour[above + 1] === c &&
        colour[below - 1] === c &&
        colour[below + 1] === c
      ) {
        flat++;
        if (!clipped[i]) {
          if (c !== runColour) {
            if (runLength > 0) flatMidtoneColours.set(runColour, (flatMidtoneColours.get(runColour) ?? 0) + runLength);
            runColour = c;
            runLength = 0;
          }
          runLength++;
        }
      }
      if (clipped[i]) continue;
      let gx = luma[i + 1]! - luma[i - 1]!;
      let gy = luma[below]! - luma[above]!;
      if (gx < 0) gx = -gx;
      if (gy < 0) gy = -gy;
      if (gx + gy > maxGradient) continue;
      let response =
        luma[above - 1]! -
        2 * luma[above]! +
        luma[above + 1]! -
        2 * luma[i - 1]! +
        4 * luma[i]! -
        2 * luma[i + 1]! +
        luma[below - 1]! -
        2 * luma[below]! +
        luma[below + 1]!;
      if (response < 0) response = -response;
      const bin = Math.round(response * binsPerLevel);
      noiseHistogram[bin < lastBin ? bin : lastBin]!++;
      smooth++;
    }
  }
  if (runLength > 0) flatMidtoneColours.set(runColour, (flatMidtoneColours.get(runColour) ?? 0) + runLength);
  let dominantFlatColour = 0;
  for (const count of flatMidtoneColours.values()) dominantFlatColour = Math.max(dominantFlatColour, count);

  let noiseSigma = 0;
  if (smooth > 0 && smooth >= THRESHOLDS.noiseMinSmoothShare * width * height) {
    let seen = 0;
    let bin = 0;
    while (bin < lastBin && (seen += noiseHistogram[bin]!) <= smooth / 2) bin++;
    noiseSigma = (Math.sqrt(Math.PI / 2) / 6) * (bin / binsPerLevel);
  }
  const inner = Math.max(0, width - 2) * Math.max(0, height - 2);
  return { inner, flat, dominantFlatColour, noiseSigma };
}

/** Every measure for one photo. `original` is the size as received (defaults to the analysed size). */
export function computePhotoMetrics(image: RgbaImage, original?: OriginalSize): PhotoMetrics {
  const { width, height } = image;
  if (width < 3 || height < 3 || image.data.length < width * height * 4) {
    throw new Error(`image too small or truncated: ${width}x${height}, ${image.data.length} bytes`);
  }
  const planes = pixelPlanesOf(image);
  const { luma } = planes;
  const screen = screenOf(luma, width, height);
  return {
    analysedWidth: width,
    analysedHeight: height,
    brightness: brightnessOf(planes.levels),
    sharpness: sharpnessOf(luma, width, height),
    glare: glareOf(planes, width, height, screen),
    screen,
    dHash: dHashOf(luma, width, height, 8),
    dHashFine: dHashOf(luma, width, height, 16),
    screenshot: screenshotOf(planes, width, height, original ?? { width, height }),
  };
}
