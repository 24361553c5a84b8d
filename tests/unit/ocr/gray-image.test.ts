import { describe, expect, it } from 'vitest';
import {
  encodeGrayBmp,
  encodeGrayPgm,
  inkBox,
  normalizeContrast,
  rotateGray,
  scaleGray,
  suppressTexture,
  type GrayImage,
} from '@/utils/ocr/gray-image';

const image = (width: number, height: number, values: number[]): GrayImage => ({ width, height, data: Uint8Array.from(values) });

describe('gray image operations', () => {
  it('rotates by right angles counter-clockwise without losing pixels', () => {
    const source = image(3, 2, [1, 2, 3, 4, 5, 6]);
    expect([...rotateGray(source, 90).data]).toEqual([3, 6, 2, 5, 1, 4]);
    expect(rotateGray(source, 90)).toMatchObject({ width: 2, height: 3 });
    expect([...rotateGray(source, 180).data]).toEqual([6, 5, 4, 3, 2, 1]);
    expect([...rotateGray(rotateGray(source, 90), 270).data]).toEqual([...source.data]);
  });

  it('grows the canvas for a small rotation and fills the corners with the background', () => {
    const rotated = rotateGray(image(100, 20, new Array<number>(2000).fill(200)), 5, 255);
    expect(rotated.width).toBeGreaterThan(100);
    expect(rotated.height).toBeGreaterThan(20);
    expect(rotated.data[0]).toBe(255);
  });

  it('makes light-on-dark (dark mode) text dark on light and stretches low contrast', () => {
    const dark = image(10, 1, [20, 20, 20, 20, 20, 20, 20, 60, 60, 20]);
    const normalized = normalizeContrast(dark);
    expect(normalized.data[0]).toBe(255);
    expect(normalized.data[7]).toBe(0);
  });

  it('scales up and down to the requested size', () => {
    expect(scaleGray(image(4, 2, new Array<number>(8).fill(10)), 2)).toMatchObject({ width: 8, height: 4 });
    expect([...scaleGray(image(4, 2, [0, 255, 0, 255, 0, 255, 0, 255]), 0.5).data]).toEqual([128, 128]);
  });

  it('encodes an 8-bit BMP tesseract can read (header, palette, bottom-up padded rows)', () => {
    const bmp = encodeGrayBmp(image(3, 2, [1, 2, 3, 4, 5, 6]));
    const view = new DataView(bmp.buffer);
    expect(String.fromCharCode(bmp[0]!, bmp[1]!)).toBe('BM');
    expect(view.getUint32(2, true)).toBe(bmp.length);
    expect(view.getUint16(28, true)).toBe(8);
    const offset = view.getUint32(10, true);
    expect([...bmp.subarray(offset, offset + 8)]).toEqual([4, 5, 6, 0, 1, 2, 3, 0]);
  });

  it('encodes a binary PGM (P5 header, then the rows top-down unpadded) for the OCR engine', () => {
    const pgm = encodeGrayPgm(image(3, 2, [1, 2, 3, 4, 5, 6]));
    const header = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.subarray(0, header.length))).toBe(header);
    expect([...pgm.subarray(header.length)]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('inkBox', () => {
  it('boxes the ink of a mostly empty page with a margin, and leaves a full page alone', () => {
    const width = 200;
    const height = 400;
    const data = new Uint8Array(width * height).fill(255);
    for (let y = 150; y < 170; y++) for (let x = 50; x < 120; x++) data[y * width + x] = 0;
    expect(inkBox({ width, height, data })).toEqual({ x: 26, y: 126, width: 118, height: 68 });
    data.fill(0);
    expect(inkBox({ width, height, data })).toBeNull();
  });
});

describe('suppressTexture', () => {
  /** 100×100: `ink` dark pixels of text (value 30) in rows, the rest paper (250) or grain between 100 and 200. */
  function scene(grainShare: number): GrayImage {
    const data = new Uint8Array(100 * 100);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let index = 0; index < data.length; index++)
      data[index] = index / data.length < grainShare ? 100 + Math.floor(random() * 100) : 250;
    for (let y = 80; y < 90; y++) for (let x = 10; x < 90; x += 3) data[y * 100 + x] = 30;
    return { width: 100, height: 100, data };
  }

  it('whitens the grain of a mostly textured photo and keeps the dark ink and the darkest grain as they are', () => {
    const textured = scene(0.75);
    const { image: out, midGreyShare } = suppressTexture(textured);
    expect(midGreyShare).toBeGreaterThan(0.6);
    expect(out).not.toBe(textured);
    for (let index = 0; index < out.data.length; index++) {
      const before = textured.data[index]!;
      expect(out.data[index]).toBe(before >= 128 ? 255 : before);
    }
    expect(out.data[85 * 100 + 10]).toBe(30);
  });

  it('leaves paper, screenshots and photographed screens (at most a third mid grey) untouched', () => {
    for (const share of [0, 0.35, 0.55]) {
      const page = scene(share);
      expect(suppressTexture(page).image).toBe(page);
    }
  });
});
