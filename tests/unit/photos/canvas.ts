import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import type { RgbaImage } from '@/utils/photos/downscale';

/** Real encoders and decoders (Skia through @napi-rs/canvas), for checks that must survive a JPEG round trip. */

export function toImageData(image: RgbaImage): Buffer {
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  const data = context.createImageData(image.width, image.height);
  data.data.set(image.data);
  context.putImageData(data, 0, 0);
  return canvas.toBuffer('image/png');
}

export async function encodeJpeg(image: RgbaImage, quality: number, width = image.width, height = image.height): Promise<Buffer> {
  const source = await loadImage(toImageData(image));
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(source, 0, 0, width, height);
  return canvas.encode('jpeg', quality);
}

export async function decode(bytes: Buffer): Promise<RgbaImage> {
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * A desk scene drawn with vector shapes, at any size: the same picture at 4032x3024 and at 512x384. Wood
 * planks, a laptop-like slab, a phone with a lit screen and icons, printed text on a card, a sticker. Fine
 * detail (text, plank seams) survives at 512 px so focus can be judged on both.
 */
export function drawDeskScene(width: number, height: number, options: { glare?: boolean } = {}): RgbaImage {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  const s = width / 512;
  paintDesk(context, s);
  if (options.glare) {
    // A lamp mirrored in the varnish: blown-out core, soft rim.
    const gradient = context.createRadialGradient(160 * s, 250 * s, 0, 160 * s, 250 * s, 40 * s);
    gradient.addColorStop(0, 'rgb(255, 255, 255)');
    gradient.addColorStop(0.75, 'rgb(255, 255, 255)');
    gradient.addColorStop(1, 'rgba(255, 255, 255, 0)');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 512 * s, 384 * s);
  }
  const { data } = context.getImageData(0, 0, width, height);
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

function paintDesk(context: SKRSContext2D, s: number): void {
  context.fillStyle = 'rgb(150, 112, 78)';
  context.fillRect(0, 0, 512 * s, 384 * s);
  // Plank seams and grain.
  for (let i = 0; i < 24; i++) {
    context.fillStyle = i % 4 === 0 ? 'rgb(90, 62, 40)' : 'rgb(170, 130, 92)';
    context.fillRect(0, (i * 16 + 3) * s, 512 * s, (i % 4 === 0 ? 2 : 1) * s);
  }
  // A printed card with text lines.
  context.fillStyle = 'rgb(236, 232, 224)';
  context.fillRect(30 * s, 40 * s, 150 * s, 100 * s);
  context.fillStyle = 'rgb(30, 30, 30)';
  context.font = `${11 * s}px sans-serif`;
  for (let line = 0; line < 6; line++) context.fillText('Order 12345678 - Back Market', 38 * s, (60 + line * 14) * s);
  // Phone: body, lit screen, icons.
  context.fillStyle = 'rgb(38, 38, 42)';
  roundedRect(context, 250 * s, 60 * s, 120 * s, 250 * s, 16 * s);
  context.fillStyle = 'rgb(190, 205, 235)';
  roundedRect(context, 257 * s, 68 * s, 106 * s, 234 * s, 12 * s);
  const colours = ['#e53935', '#43a047', '#1e88e5', '#fdd835', '#8e24aa', '#00897b'];
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 4; column++) {
      context.fillStyle = colours[(row * 4 + column) % colours.length]!;
      roundedRect(context, (264 + column * 24) * s, (84 + row * 30) * s, 18 * s, 18 * s, 4 * s);
    }
  }
  // A round sticker.
  context.fillStyle = 'rgb(220, 60, 40)';
  context.beginPath();
  context.arc(440 * s, 300 * s, 28 * s, 0, Math.PI * 2);
  context.fill();
  // Light falls off towards the corners, as with any lens and room light. Without it, neighbouring cells of the
  // plain wood would be exactly equal and the hash bits there would be decided by noise alone.
  const falloff = context.createRadialGradient(230 * s, 170 * s, 40 * s, 256 * s, 192 * s, 340 * s);
  falloff.addColorStop(0, 'rgba(0, 0, 0, 0)');
  falloff.addColorStop(1, 'rgba(0, 0, 0, 0.4)');
  context.fillStyle = falloff;
  context.fillRect(0, 0, 512 * s, 384 * s);
}

function roundedRect(context: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  context.beginPath();
  context.roundRect(x, y, w, h, r);
  context.fill();
}
