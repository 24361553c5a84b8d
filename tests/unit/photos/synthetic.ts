import type { RgbaImage } from '@/utils/photos/downscale';

/**
 * Test images drawn in code: a device lying on a table, seen from above, plus the ways customers' photos go
 * wrong (dark, blown out, blurred, glare). Deterministic: every random choice comes from a seeded generator.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function blank(width: number, height: number, rgb: readonly [number, number, number] = [0, 0, 0]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < data.length; p += 4) {
    data[p] = rgb[0];
    data[p + 1] = rgb[1];
    data[p + 2] = rgb[2];
    data[p + 3] = 255;
  }
  return { width, height, data };
}

export type ScreenState = 'lit' | 'dark' | 'none';

export interface DeviceSceneOptions {
  width: number;
  height: number;
  screen?: ScreenState;
  /** Seed for the table texture, icons and sensor noise. */
  seed?: number;
  /** Sensor noise standard deviation in levels (0 for a clean render). */
  noise?: number;
  /** Table colour. */
  table?: readonly [number, number, number];
  /** Colour of the device's back (the front is always black glass). */
  body?: readonly [number, number, number];
  /** Which way the device lies, as a share of the frame: [x, y, width, height]. */
  device?: readonly [number, number, number, number];
}

/**
 * A phone seen from the front on a wooden table: wood grain (fine texture, so the photo has detail to be sharp
 * or blurred), a dark body with rounded corners, side buttons, and a screen that is lit (bright wallpaper with
 * icons), dark (black glass with a faint reflection gradient) or absent (the back: camera bump instead).
 * Coordinates are in shares of the frame so the same scene can be drawn at any size.
 */
export function deviceScene(options: DeviceSceneOptions): RgbaImage {
  const { width, height } = options;
  const screen = options.screen ?? 'dark';
  const random = seededRandom(options.seed ?? 1);
  const table = options.table ?? [150, 112, 78];
  const [dx, dy, dw, dh] = options.device ?? [0.36, 0.14, 0.28, 0.72];
  const image = blank(width, height);
  const { data } = image;
  // Grain phases and icon colours drawn once, so they do not depend on the drawing size.
  const grainPhase = random() * 10;
  const grainFrequency = 38 + random() * 8;
  const icons: { x: number; y: number; rgb: [number, number, number] }[] = [];
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 4; column++) {
      icons.push({
        x: 0.14 + column * 0.2,
        y: 0.12 + row * 0.13,
        rgb: [Math.floor(random() * 200), Math.floor(random() * 200), Math.floor(random() * 200)],
      });
    }
  }
  const radius = 0.12;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = (x + 0.5) / width;
      const v = (y + 0.5) / height;
      // Wood: stripes along x, wobbling, plus a slow vignette as a real lens gives.
      const grain = Math.sin((v * grainFrequency + Math.sin(u * 6 + grainPhase) * 0.6) * Math.PI * 2);
      const vignette = 1 - 0.18 * ((u - 0.5) ** 2 + (v - 0.5) ** 2) * 4;
      // Fibres: fine value noise, near the pixel scale at 512 px, as real wood and fabric have.
      const fibre = valueNoise(u * 160, v * 40, grainPhase) * 0.6 + valueNoise(u * 320, v * 240, grainPhase + 3) * 0.4;
      let r = (table[0] + grain * 22 + fibre * 30) * vignette;
      let g = (table[1] + grain * 18 + fibre * 24) * vignette;
      let b = (table[2] + grain * 14 + fibre * 18) * vignette;
      // Device body, in its own coordinates.
      const su = (u - dx) / dw;
      const sv = (v - dy) / dh;
      const aspect = (dw * width) / (dh * height);
      if (insideRoundedRect(su, sv, radius, radius * aspect)) {
        [r, g, b] = [38, 38, 42];
        if (screen === 'none') {
          [r, g, b] = options.body ?? [38, 38, 42];
          // The back: a camera bump with two lenses top left, a logo in the middle.
          if (insideRoundedRect((su - 0.08) / 0.4, (sv - 0.04) / 0.2, 0.25, 0.25 * aspect * 2)) [r, g, b] = [55, 55, 60];
          for (const [lx, ly] of [
            [0.2, 0.09],
            [0.2, 0.19],
          ] as const) {
            if (((su - lx) / 0.09) ** 2 + ((sv - ly) / (0.09 * aspect)) ** 2 < 1) [r, g, b] = [12, 12, 16];
          }
          if (((su - 0.5) / 0.08) ** 2 + ((sv - 0.55) / (0.08 * aspect)) ** 2 < 1) [r, g, b] = [90, 90, 96];
        } else {
          const ssu = (su - 0.05) / 0.9;
          const ssv = (sv - 0.03) / 0.94;
          if (insideRoundedRect(ssu, ssv, radius * 0.8, radius * 0.8 * aspect)) {
            if (screen === 'lit') {
              r = 150 + 70 * ssv;
              g = 170 + 50 * ssu;
              b = 225;
              for (const icon of icons) {
                if (Math.abs(ssu - icon.x) < 0.07 && Math.abs(ssv - icon.y) < 0.04) [r, g, b] = icon.rgb;
              }
            } else {
              const sheen = Math.max(0, 1 - Math.abs(ssu + ssv - 0.9) * 4);
              r = 18 + 20 * sheen;
              g = 18 + 20 * sheen;
              b = 22 + 20 * sheen;
            }
          }
        }
      }
      // Side buttons stick out of the right edge.
      if (su > 1 && su < 1.03 && ((sv > 0.2 && sv < 0.32) || (sv > 0.36 && sv < 0.44))) [r, g, b] = [60, 60, 66];
      const p = (y * width + x) * 4;
      data[p] = r;
      data[p + 1] = g;
      data[p + 2] = b;
      data[p + 3] = 255;
    }
  }
  if (options.noise) addNoise(image, options.noise, (options.seed ?? 1) + 1000);
  return image;
}

/** Smooth pseudo-random field in -1..1 on a lattice of unit cells (bilinear between hashed corners). */
function valueNoise(x: number, y: number, seed: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const tx = x - x0;
  const ty = y - y0;
  const corner = (cx: number, cy: number): number => {
    const h = Math.sin(cx * 127.1 + cy * 311.7 + seed * 74.7) * 43758.5453;
    return (h - Math.floor(h)) * 2 - 1;
  };
  const sx = tx * tx * (3 - 2 * tx);
  const sy = ty * ty * (3 - 2 * ty);
  const top = corner(x0, y0) * (1 - sx) + corner(x0 + 1, y0) * sx;
  const bottom = corner(x0, y0 + 1) * (1 - sx) + corner(x0 + 1, y0 + 1) * sx;
  return top * (1 - sy) + bottom * sy;
}

function insideRoundedRect(u: number, v: number, ru: number, rv: number): boolean {
  if (u < 0 || u > 1 || v < 0 || v > 1) return false;
  const cu = Math.min(Math.max(u, ru), 1 - ru);
  const cv = Math.min(Math.max(v, rv), 1 - rv);
  return ((u - cu) / ru) ** 2 + ((v - cv) / rv) ** 2 <= 1;
}

export function addNoise(image: RgbaImage, sigma: number, seed: number): RgbaImage {
  const random = seededRandom(seed);
  const { data } = image;
  for (let p = 0; p < data.length; p += 4) {
    // Luma-correlated noise, as a sensor's is (mostly), with a little chroma.
    const common = gaussian(random) * sigma;
    data[p] = data[p]! + common + gaussian(random) * sigma * 0.3;
    data[p + 1] = data[p + 1]! + common + gaussian(random) * sigma * 0.3;
    data[p + 2] = data[p + 2]! + common + gaussian(random) * sigma * 0.3;
  }
  return image;
}

/** Exposure change: multiply every channel (clipping at 255), as a camera's shutter time does. */
export function exposure(image: RgbaImage, gain: number): RgbaImage {
  const data = new Uint8ClampedArray(image.data.length);
  for (let p = 0; p < data.length; p++) data[p] = p % 4 === 3 ? 255 : image.data[p]! * gain;
  return { width: image.width, height: image.height, data };
}

/** Box blur of the given radius (three passes approximate a Gaussian, like a lens out of focus). */
export function boxBlur(image: RgbaImage, radius: number, passes = 3): RgbaImage {
  let current = image;
  for (let pass = 0; pass < passes; pass++) {
    current = blurAxis(blurAxis(current, radius, true), radius, false);
  }
  return current;
}

function blurAxis(image: RgbaImage, radius: number, horizontal: boolean): RgbaImage {
  const { width, height } = image;
  const out = new Uint8ClampedArray(image.data.length);
  const span = 2 * radius + 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let k = -radius; k <= radius; k++) {
          const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
          const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
          sum += image.data[(sy * width + sx) * 4 + c]!;
        }
        out[(y * width + x) * 4 + c] = sum / span;
      }
    }
  }
  return { width, height, data: out };
}

/**
 * A reflection: an elliptical blown-out blob with a soft rim, as a lamp or window mirrored in glass gives.
 * Centre and radii in shares of the frame.
 */
export function addGlare(image: RgbaImage, cx: number, cy: number, rx: number, ry: number): RgbaImage {
  const { width, height } = image;
  const data = new Uint8ClampedArray(image.data);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = Math.sqrt((((x + 0.5) / width - cx) / rx) ** 2 + (((y + 0.5) / height - cy) / ry) ** 2);
      if (d >= 1.3) continue;
      const strength = d <= 1 ? 1 : 1 - (d - 1) / 0.3;
      const p = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) data[p + c] = data[p + c]! + (255 - data[p + c]!) * strength;
    }
  }
  return { width, height, data };
}

/** Nearest-neighbour resize: the crudest resampling, to show dHash survives a different pipeline. */
export function resizeNearest(image: RgbaImage, width: number, height: number): RgbaImage {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.floor(((y + 0.5) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.floor(((x + 0.5) * image.width) / width));
      out.set(image.data.subarray((sy * image.width + sx) * 4, (sy * image.width + sx) * 4 + 4), (y * width + x) * 4);
    }
  }
  return { width, height, data: out };
}

/** Bilinear resize. */
export function resizeBilinear(image: RgbaImage, width: number, height: number): RgbaImage {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, ((y + 0.5) * image.height) / height - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, ((x + 0.5) * image.width) / width - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const tx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const at = (xx: number, yy: number): number => image.data[(yy * image.width + xx) * 4 + c]!;
        const top = at(x0, y0) * (1 - tx) + at(x1, y0) * tx;
        const bottom = at(x0, y1) * (1 - tx) + at(x1, y1) * tx;
        out[(y * width + x) * 4 + c] = top * (1 - ty) + bottom * ty;
      }
    }
  }
  return { width, height, data: out };
}

/**
 * A flat-design app screenshot: status bar, white cards on a light grey background, lines of dark "text",
 * a coloured button. Exactly flat colours, no noise, as a phone renders its own screen.
 */
export function appScreenshot(width: number, height: number, dark = false): RgbaImage {
  const background: [number, number, number] = dark ? [0, 0, 0] : [242, 242, 247];
  const card: [number, number, number] = dark ? [28, 28, 30] : [255, 255, 255];
  const text: [number, number, number] = dark ? [235, 235, 245] : [20, 20, 24];
  const image = blank(width, height, background);
  const fill = (x0: number, y0: number, x1: number, y1: number, rgb: readonly [number, number, number]): void => {
    for (let y = Math.round(y0 * height); y < Math.round(y1 * height); y++) {
      for (let x = Math.round(x0 * width); x < Math.round(x1 * width); x++) {
        const p = (y * width + x) * 4;
        image.data[p] = rgb[0];
        image.data[p + 1] = rgb[1];
        image.data[p + 2] = rgb[2];
      }
    }
  };
  for (let cardIndex = 0; cardIndex < 4; cardIndex++) {
    const top = 0.1 + cardIndex * 0.2;
    fill(0.05, top, 0.95, top + 0.16, card);
    for (let line = 0; line < 4; line++) {
      const ly = top + 0.025 + line * 0.033;
      for (let word = 0; word < 5; word++) {
        const wx = 0.09 + word * 0.16;
        fill(wx, ly, wx + 0.11 - (word % 3) * 0.02, ly + 0.012, text);
      }
    }
  }
  fill(0.2, 0.9, 0.8, 0.95, [0, 122, 255]);
  return image;
}

/** Hand shake: a horizontal smear over `length` pixels. */
export function motionBlur(image: RgbaImage, length: number): RgbaImage {
  const { width, height } = image;
  const out = new Uint8ClampedArray(image.data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let k = 0; k < length; k++) sum += image.data[(y * width + Math.min(width - 1, x + k)) * 4 + c]!;
        out[(y * width + x) * 4 + c] = sum / length;
      }
    }
  }
  return { width, height, data: out };
}
