// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { displaySize, rejectBeforeDecode, sniffImage } from '@/utils/photos/image-sniff';

function encoded(width: number, height: number, mime: 'image/jpeg' | 'image/png' | 'image/webp') {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#4a7';
  context.fillRect(0, 0, width, height);
  return new Uint8Array(canvas.toBuffer(mime as 'image/png'));
}

// A 2-frame GIF89a, 3x2, built by hand: header, global colour table, two (graphic control + image) blocks.
function twoFrameGif() {
  const frame = [0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x2c, 0, 0, 0, 0, 3, 0, 2, 0, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00];
  return new Uint8Array([...Buffer.from('GIF89a'), 3, 0, 2, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, ...frame, ...frame, 0x3b]);
}

describe('sniffImage', () => {
  it('reads format and size from JPEG, PNG and WebP headers', () => {
    expect(sniffImage(encoded(4032, 3024, 'image/jpeg'))).toMatchObject({ format: 'jpeg', width: 4032, height: 3024 });
    expect(sniffImage(encoded(1170, 2532, 'image/png'))).toMatchObject({ format: 'png', width: 1170, height: 2532 });
    expect(sniffImage(encoded(640, 480, 'image/webp'))).toMatchObject({ format: 'webp', width: 640, height: 480 });
  });

  it('recognises an animated GIF, HEIC and a PDF', () => {
    expect(sniffImage(twoFrameGif())).toMatchObject({ format: 'gif', width: 3, height: 2, animated: true });
    const heic = new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0]);
    expect(sniffImage(heic).format).toBe('heic');
    expect(sniffImage(new Uint8Array(Buffer.from('%PDF-1.7\n%...'))).format).toBe('pdf');
  });

  it('survives truncated and random bytes', () => {
    const jpeg = encoded(800, 600, 'image/jpeg');
    expect(sniffImage(jpeg.subarray(0, 4))).toMatchObject({ format: 'jpeg', width: null });
    expect(sniffImage(new Uint8Array([1, 2, 3])).format).toBe('unknown');
    for (let seed = 0; seed < 200; seed++) {
      const random = Uint8Array.from({ length: seed % 64 }, (_, i) => (seed * 31 + i * 17) % 256);
      expect(() => sniffImage(random)).not.toThrow();
    }
  });
});

describe('rejectBeforeDecode', () => {
  it('refuses what must not be decoded, with a reason', () => {
    expect(rejectBeforeDecode(sniffImage(new Uint8Array(Buffer.from('%PDF-1.4'))), 8)?.code).toBe('pdf');
    expect(rejectBeforeDecode({ format: 'jpeg', width: 16000, height: 12000, animated: false }, 1e6)?.message).toMatch(/192 megapixels/);
    expect(rejectBeforeDecode({ format: 'png', width: 1, height: 1, animated: false }, 70)?.code).toBe('too-small');
    expect(rejectBeforeDecode({ format: 'unknown', width: null, height: null, animated: false }, 10)?.code).toBe('not-an-image');
    expect(rejectBeforeDecode({ format: 'jpeg', width: null, height: null, animated: false }, 0)?.code).toBe('empty');
  });

  it('lets a 50-megapixel photo through: it is downscaled while decoding', () => {
    expect(rejectBeforeDecode({ format: 'jpeg', width: 8160, height: 6120, animated: false }, 20e6)).toBeNull();
  });
});

describe('EXIF orientation', () => {
  it('reports a portrait photo stored sideways as portrait', () => {
    const jpeg = encoded(400, 300, 'image/jpeg');
    // APP1 Exif, big-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT = 6 (rotate 90 CW).
    const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0];
    const exif = [...Buffer.from('Exif\0\0'), ...tiff];
    const app1 = [0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif];
    const rotated = new Uint8Array([0xff, 0xd8, ...app1, ...jpeg.subarray(2)]);
    const sniff = sniffImage(rotated);
    expect(sniff).toMatchObject({ format: 'jpeg', width: 400, height: 300, orientation: 6 });
    expect(displaySize(sniff)).toEqual({ width: 300, height: 400 });
  });
});
