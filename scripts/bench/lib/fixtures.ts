/**
 * Photographic-looking test photos drawn with Skia (@napi-rs/canvas) at any size: a phone lying on a wooden
 * table, seen from above, in one of the views the smartphone checklist asks for. Wood grain and fibres give the
 * frame fine detail to judge focus on, a lens-like vignette and sensor noise make it read as a camera photo and
 * not a screenshot. Deterministic: every random choice comes from the seed. Used by the benchmarks (12 MP JPEGs
 * cached under .cache/bench/) and by tests/unit/cli (small JPEGs in a temp folder).
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

export type PhoneView = 'screen-on' | 'screen-off' | 'back' | 'side';

export interface PhonePhotoOptions {
  width: number;
  height: number;
  view: PhoneView;
  /** Table texture, device placement and noise all follow from it. */
  seed: number;
  /** Sensor noise standard deviation in levels at this size (default 4). */
  noise?: number;
  /** Multiplies every channel, as a shorter or longer exposure does (default 1). */
  exposure?: number;
}

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

function roundedRect(context: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  context.beginPath();
  context.roundRect(x, y, w, h, r);
  context.fill();
}

function paintTable(context: SKRSContext2D, width: number, height: number, random: () => number): void {
  const base = [140 + random() * 25, 104 + random() * 18, 70 + random() * 14];
  context.fillStyle = `rgb(${base.map(Math.round).join(',')})`;
  context.fillRect(0, 0, width, height);
  const unit = Math.max(width, height) / 512;
  // Grain: long wavy lines, lighter and darker than the wood, a unit or two wide (visible at 512 px).
  const lines = 90;
  for (let i = 0; i < lines; i++) {
    const y0 = (i / lines) * height + random() * unit * 4;
    const amplitude = (2 + random() * 6) * unit;
    const phase = random() * Math.PI * 2;
    const shade = random() < 0.5 ? -1 : 1;
    const strength = 10 + random() * 30;
    context.strokeStyle = `rgba(${shade < 0 ? '70,45,25' : '200,160,120'},${(strength / 100).toFixed(2)})`;
    context.lineWidth = (0.6 + random() * 1.8) * unit;
    context.beginPath();
    for (let x = 0; x <= width; x += 8 * unit) {
      const y = y0 + Math.sin(x / (60 * unit) + phase) * amplitude;
      if (x === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.stroke();
  }
  // Fibres: short dark strokes along the grain.
  for (let i = 0; i < 1500; i++) {
    const x = random() * width;
    const y = random() * height;
    context.strokeStyle = `rgba(60,38,20,${(0.1 + random() * 0.25).toFixed(2)})`;
    context.lineWidth = (0.4 + random() * 0.8) * unit;
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + (4 + random() * 14) * unit, y + (random() - 0.5) * unit);
    context.stroke();
  }
}

function paintPhone(context: SKRSContext2D, width: number, height: number, view: PhoneView, random: () => number): void {
  const unit = Math.max(width, height) / 512;
  const jitter = () => (random() - 0.5) * 0.04;
  if (view === 'side') {
    // The phone on its edge: a long narrow strip with buttons, across the frame.
    const w = width * 0.8;
    const h = Math.max(height * 0.05, 6 * unit);
    const x = width * (0.1 + jitter());
    const y = height * (0.45 + jitter() * 4);
    context.fillStyle = 'rgb(58,60,66)';
    roundedRect(context, x, y, w, h, h * 0.45);
    context.fillStyle = 'rgb(120,122,130)';
    roundedRect(context, x + w * 0.05, y + h * 0.15, w * 0.9, h * 0.12, h * 0.06);
    context.fillStyle = 'rgb(25,25,28)';
    for (const at of [0.2 + random() * 0.1, 0.5 + random() * 0.1, 0.75])
      roundedRect(context, x + w * at, y + h * 0.35, w * 0.06, h * 0.3, h * 0.15);
    return;
  }
  const w = width * (0.46 + jitter());
  const h = Math.min(height * 0.74, w * 2.05);
  const x = (width - w) / 2 + width * jitter();
  const y = (height - h) / 2 + height * jitter();
  const radius = w * 0.12;
  context.fillStyle = view === 'back' ? 'rgb(72,84,104)' : 'rgb(30,30,34)';
  roundedRect(context, x, y, w, h, radius);
  if (view === 'back') {
    context.fillStyle = 'rgb(52,60,76)';
    roundedRect(context, x + w * 0.07, y + h * 0.03, w * 0.42, h * 0.2, w * 0.1);
    context.fillStyle = 'rgb(10,10,14)';
    for (const [cx, cy] of [
      [0.2, 0.08],
      [0.2, 0.18],
      [0.38, 0.13],
    ] as const) {
      context.beginPath();
      context.arc(x + w * cx, y + h * cy, w * 0.075, 0, Math.PI * 2);
      context.fill();
    }
    context.fillStyle = 'rgb(110,120,138)';
    context.beginPath();
    context.arc(x + w * 0.5, y + h * 0.55, w * 0.09, 0, Math.PI * 2);
    context.fill();
    return;
  }
  const sx = x + w * 0.05;
  const sy = y + h * 0.03;
  const sw = w * 0.9;
  const sh = h * 0.94;
  if (view === 'screen-on') {
    const wallpaper = context.createLinearGradient(sx, sy, sx + sw, sy + sh);
    wallpaper.addColorStop(0, 'rgb(150,175,230)');
    wallpaper.addColorStop(1, 'rgb(215,200,235)');
    context.fillStyle = wallpaper;
    roundedRect(context, sx, sy, sw, sh, radius * 0.8);
    for (let row = 0; row < 5; row++) {
      for (let column = 0; column < 4; column++) {
        context.fillStyle = `hsl(${Math.floor(random() * 360)},65%,${45 + Math.floor(random() * 20)}%)`;
        roundedRect(context, sx + sw * (0.08 + column * 0.23), sy + sh * (0.1 + row * 0.12), sw * 0.15, sw * 0.15, sw * 0.04);
      }
    }
    context.fillStyle = 'rgb(250,250,252)';
    context.font = `${Math.round(sw * 0.14)}px sans-serif`;
    context.fillText('09:41', sx + sw * 0.3, sy + sh * 0.08);
  } else {
    const glass = context.createLinearGradient(sx, sy, sx + sw, sy + sh);
    glass.addColorStop(0, 'rgb(14,14,18)');
    glass.addColorStop(0.45, 'rgb(34,34,40)');
    glass.addColorStop(0.55, 'rgb(34,34,40)');
    glass.addColorStop(1, 'rgb(12,12,16)');
    context.fillStyle = glass;
    roundedRect(context, sx, sy, sw, sh, radius * 0.8);
  }
  // Side buttons.
  context.fillStyle = 'rgb(62,62,68)';
  roundedRect(context, x + w, y + h * 0.2, unit * 2.5, h * 0.1, unit);
  roundedRect(context, x - unit * 2.5, y + h * 0.18, unit * 2.5, h * 0.07, unit);
}

/** Draws the photo and returns its canvas (encode with `canvas.encode('jpeg', quality)`). */
export function renderPhonePhoto(options: PhonePhotoOptions) {
  const { width, height, view, seed } = options;
  const random = seededRandom(seed);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  paintTable(context, width, height, random);
  paintPhone(context, width, height, view, random);
  // Light falls off towards the corners, as with any lens and room light.
  const falloff = context.createRadialGradient(
    width * 0.5,
    height * 0.45,
    Math.min(width, height) * 0.15,
    width / 2,
    height / 2,
    Math.hypot(width, height) * 0.6,
  );
  falloff.addColorStop(0, 'rgba(0,0,0,0)');
  falloff.addColorStop(1, 'rgba(0,0,0,0.35)');
  context.fillStyle = falloff;
  context.fillRect(0, 0, width, height);

  // Sensor noise (mostly luma, a little chroma) and exposure, in one pass over the pixels, a band at a time so
  // a 12 MP frame never needs a second full-size buffer.
  const sigma = options.noise ?? 4;
  const gain = options.exposure ?? 1;
  const band = 256;
  for (let top = 0; top < height; top += band) {
    const rows = Math.min(band, height - top);
    const pixels = context.getImageData(0, top, width, rows);
    const data = pixels.data;
    for (let p = 0; p < data.length; p += 4) {
      // Sum of three uniforms: close enough to a Gaussian for noise, and far cheaper than Box-Muller.
      const common = (random() + random() + random() - 1.5) * 2 * sigma;
      data[p] = (data[p]! + common + (random() - 0.5) * sigma) * gain;
      data[p + 1] = (data[p + 1]! + common + (random() - 0.5) * sigma) * gain;
      data[p + 2] = (data[p + 2]! + common + (random() - 0.5) * sigma) * gain;
    }
    context.putImageData(pixels, 0, top);
  }
  return canvas;
}

/** The seven views of the smartphone checklist, in the guide's order. */
export const SMARTPHONE_SET: readonly { name: string; view: PhoneView }[] = [
  { name: 'screen-on', view: 'screen-on' },
  { name: 'screen-off', view: 'screen-off' },
  { name: 'back', view: 'back' },
  { name: 'left-side', view: 'side' },
  { name: 'right-side', view: 'side' },
  { name: 'top-side', view: 'side' },
  { name: 'bottom-side', view: 'side' },
];

/** A JPEG of one view. Quality is 0..100 as in `canvas.encode`. */
export async function phonePhotoJpeg(options: PhonePhotoOptions, quality = 90): Promise<Buffer> {
  return renderPhonePhoto(options).encode('jpeg', quality);
}
