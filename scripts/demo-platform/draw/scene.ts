import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export type Context = SKRSContext2D;

/** Seeded PRNG (mulberry32): the same seed draws the same picture on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function roundRectPath(ctx: Context, x: number, y: number, width: number, height: number, radius: number): void {
  const r = Math.min(radius, width / 2, height / 2);
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + width, y, x + width, y + height, r);
  ctx.arcTo(x + width, y + height, x, y + height, r);
  ctx.arcTo(x, y + height, x, y, r);
  ctx.arcTo(x, y, x + width, y, r);
  ctx.closePath();
}

/** Lighten (amount > 0) or darken (amount < 0) a #rrggbb colour. */
export function shade(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    const next = amount >= 0 ? c + (255 - c) * amount : c * (1 + amount);
    return Math.max(0, Math.min(255, Math.round(next)));
  };
  return `rgb(${channel(16)}, ${channel(8)}, ${channel(0)})`;
}

export function surfaceColour(surface: 'wood' | 'fabric' | 'desk' | 'cardboard'): string {
  return { wood: '#8a6444', fabric: '#56687a', desk: '#d6d2ca', cardboard: '#b08656' }[surface];
}

/** A table top, a sofa cushion, a desk or a parcel: texture so the photo is not a flat colour. */
export function drawSurface(
  ctx: Context,
  width: number,
  height: number,
  surface: 'wood' | 'fabric' | 'desk' | 'cardboard',
  random: () => number,
): void {
  const base = surfaceColour(surface);
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, width, height);
  if (surface === 'wood') {
    for (let line = 0; line < 160; line += 1) {
      const y = random() * height;
      ctx.strokeStyle = random() < 0.5 ? 'rgba(60, 36, 18, 0.28)' : 'rgba(190, 140, 90, 0.18)';
      ctx.lineWidth = 1 + random() * 5;
      ctx.beginPath();
      ctx.moveTo(0, y);
      for (let x = 0; x <= width; x += width / 6) ctx.lineTo(x, y + (random() - 0.5) * 30);
      ctx.stroke();
    }
    ctx.fillStyle = 'rgba(40, 24, 10, 0.5)';
    for (let seam = 1; seam < 4; seam += 1) ctx.fillRect(0, (seam * height) / 4 + random() * 40, width, 5);
  } else if (surface === 'fabric') {
    ctx.lineWidth = 2;
    for (let x = 0; x < width + height; x += 7) {
      ctx.strokeStyle = `rgba(255, 255, 255, ${0.03 + random() * 0.05})`;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x - height, height);
      ctx.stroke();
      ctx.strokeStyle = `rgba(0, 0, 0, ${0.04 + random() * 0.06})`;
      ctx.beginPath();
      ctx.moveTo(x - height, 0);
      ctx.lineTo(x, height);
      ctx.stroke();
    }
  } else if (surface === 'desk') {
    for (let dot = 0; dot < 5000; dot += 1) {
      ctx.fillStyle = random() < 0.5 ? 'rgba(0, 0, 0, 0.06)' : 'rgba(255, 255, 255, 0.12)';
      ctx.fillRect(random() * width, random() * height, 2 + random() * 5, 2 + random() * 5);
    }
  } else {
    for (let fibre = 0; fibre < 2500; fibre += 1) {
      const x = random() * width;
      const y = random() * height;
      ctx.strokeStyle = random() < 0.5 ? 'rgba(90, 60, 30, 0.25)' : 'rgba(220, 180, 130, 0.2)';
      ctx.lineWidth = 1 + random() * 2;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + (random() - 0.5) * 30, y + (random() - 0.5) * 30);
      ctx.stroke();
    }
  }
  // Blotches: uneven wear and colour.
  for (let blotch = 0; blotch < 40; blotch += 1) {
    const gradient = ctx.createRadialGradient(0, 0, 0, 0, 0, 1);
    const dark = random() < 0.5;
    gradient.addColorStop(0, dark ? 'rgba(0, 0, 0, 0.08)' : 'rgba(255, 255, 255, 0.07)');
    gradient.addColorStop(1, 'rgba(0, 0, 0, 0)');
    ctx.save();
    ctx.translate(random() * width, random() * height);
    ctx.scale(100 + random() * 400, 60 + random() * 250);
    ctx.fillStyle = gradient;
    ctx.fillRect(-1, -1, 2, 2);
    ctx.restore();
  }
}

/** Light from one side and darker corners, as from a room lamp or window. */
export function drawLighting(ctx: Context, width: number, height: number, random: () => number): void {
  const light = ctx.createRadialGradient(
    width * (0.25 + random() * 0.5),
    height * (0.2 + random() * 0.3),
    0,
    width / 2,
    height / 2,
    Math.max(width, height) * 0.8,
  );
  light.addColorStop(0, 'rgba(255, 250, 235, 0.16)');
  light.addColorStop(0.6, 'rgba(0, 0, 0, 0)');
  light.addColorStop(1, 'rgba(0, 0, 0, 0.42)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, width, height);
}

/** Sensor noise: a tile of per-channel Gaussian-ish noise laid over the whole picture. */
export function grainTile(seed: number, size = 509, strength = 34): Canvas {
  const random = seededRandom(seed);
  const tile = createCanvas(size, size);
  const ctx = tile.getContext('2d');
  const image = ctx.createImageData(size, size);
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    const luma = (random() + random() + random() - 1.5) * strength;
    data[index] = 128 + luma + (random() - 0.5) * strength * 0.4;
    data[index + 1] = 128 + luma + (random() - 0.5) * strength * 0.4;
    data[index + 2] = 128 + luma + (random() - 0.5) * strength * 0.4;
    data[index + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return tile;
}

export function applyGrain(ctx: Context, width: number, height: number, tile: Canvas, alpha: number): void {
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return;
  ctx.save();
  ctx.globalCompositeOperation = 'overlay';
  ctx.globalAlpha = alpha;
  ctx.fillStyle = pattern;
  ctx.fillRect(0, 0, width, height);
  ctx.restore();
}
