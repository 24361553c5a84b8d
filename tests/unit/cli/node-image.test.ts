// @vitest-environment node
import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePhotoBytes, sniffImage } from '@/scripts/lib/node-image';
import { phonePhotoJpeg } from '@/scripts/bench/lib/fixtures';
import { animatedGif } from './fixtures';

let jpeg: Buffer;
beforeAll(async () => {
  jpeg = await phonePhotoJpeg({ width: 768, height: 1024, view: 'back', seed: 3 }, 85);
});

const failureOf = async (bytes: Uint8Array, options = {}) => {
  const result = await decodePhotoBytes(bytes, options);
  return result.ok ? null : result.failure;
};

describe('decodePhotoBytes', () => {
  it('gives a ~512 px opaque copy and the size as received', async () => {
    const result = await decodePhotoBytes(jpeg);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { image, original, format } = result.photo;
    expect({ format, original, analysed: [image.width, image.height] }).toEqual({
      format: 'jpeg',
      original: { width: 768, height: 1024 },
      analysed: [384, 512],
    });
    expect(image.data.length).toBe(384 * 512 * 4);
    expect(image.data.every((value, index) => index % 4 !== 3 || value === 255)).toBe(true);
  });

  it('refuses an image above the pixel limit from its header, and decodes one under it', async () => {
    expect(await failureOf(jpeg, { maxPixels: 700_000 })).toMatchObject({ code: 'too-many-pixels', message: expect.stringMatching(/768x1024 \(0\.8 MP\)/) });
    expect(await failureOf(jpeg, { maxPixels: 800_000 })).toBeNull();
  });

  it('reads a JPEG with data after its end (Samsung motion photos append a video)', async () => {
    expect(await failureOf(Buffer.concat([jpeg, Buffer.from('\0\0\0\x18ftypmp42 trailing video data', 'latin1')]))).toBeNull();
  });

  it('calls a JPEG cut off in the middle of its image data incomplete', async () => {
    expect(await failureOf(jpeg.subarray(0, Math.floor(jpeg.length * 0.7)))).toMatchObject({ code: 'truncated' });
  });

  it('reads WebP, with its size from the header', async () => {
    const webp = await createCanvas(640, 960).encode('webp', 80);
    const sniffed = sniffImage(webp);
    expect(sniffed).toMatchObject({ kind: 'image', format: 'webp', width: 640, height: 960, defect: null });
    const result = await decodePhotoBytes(webp);
    expect(result.ok && result.photo.original).toEqual({ width: 640, height: 960 });
  });

  it('counts the frames of an animated GIF and calls one cut short incomplete', () => {
    const gif = animatedGif(20, 10, [[255, 0, 0], [0, 0, 255]]);
    expect(sniffImage(gif)).toMatchObject({ kind: 'image', format: 'gif', width: 20, height: 10, frames: 2, defect: null });
    expect(sniffImage(gif.subarray(0, gif.length - 20))).toMatchObject({ defect: { code: 'truncated' } });
  });

  it.each([
    ['HEIF with the mif1 brand', Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0mif1heic', 'latin1'), 'unsupported-format', /HEIC/],
    ['a video', Buffer.from('\0\0\0\x18ftypisom\0\0\x02\0isomiso2', 'latin1'), 'not-an-image', /video/],
    ['TIFF', Buffer.from('II*\0\x08\0\0\0', 'latin1'), 'unsupported-format', /TIFF/],
    ['text', Buffer.from('IMEI 356938035643809\n'), 'not-an-image', /text file/],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'unsupported-format', /SVG/],
    ['unknown bytes', Buffer.from([0, 1, 2, 3, 200, 201, 0, 7]), 'not-an-image', /unknown file type/],
  ])('refuses %s with a reason', async (_name, bytes, code, message) => {
    const failure = await failureOf(bytes);
    expect(failure?.code).toBe(code);
    expect(failure?.message).toMatch(message);
  });
});
