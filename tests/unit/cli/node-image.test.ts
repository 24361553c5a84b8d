// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePhotoBytes, decodePhotoFile } from '@/scripts/lib/node-image';
import { phonePhotoJpeg } from '@/scripts/bench/lib/fixtures';

// What the file says about itself (format, size, refusals, truncation) is tested with the sniffer, in
// tests/unit/photos/image-sniff.test.ts; here, what decoding in Node adds.

let jpeg: Buffer;
let dir: string;
beforeAll(async () => {
  jpeg = await phonePhotoJpeg({ width: 768, height: 1024, view: 'back', seed: 3 }, 85);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-node-image-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const failureOf = async (bytes: Uint8Array, options = {}) => {
  const result = await decodePhotoBytes(bytes, options);
  return result.ok ? null : result.failure;
};

/** The `ispe` box where HEIF and AVIF give their pixel size. */
const ispeBox = (width: number, height: number) => {
  const box = Buffer.alloc(20);
  box.writeUInt32BE(20, 0);
  box.write('ispe', 4, 'latin1');
  box.writeUInt32BE(width, 12);
  box.writeUInt32BE(height, 16);
  return box;
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

  it('decodes WebP at its size', async () => {
    const webp = await createCanvas(640, 960).encode('webp', 80);
    const result = await decodePhotoBytes(webp);
    expect(result.ok && result.photo).toMatchObject({ format: 'webp', original: { width: 640, height: 960 } });
  });

  it('refuses an image above the pixel limit it is given, from the header, and decodes one under it', async () => {
    expect(await failureOf(jpeg, { maxPixels: 700_000 })).toMatchObject({
      code: 'too-many-pixels',
      message: expect.stringMatching(/768x1024 \(0\.8 MP\)/),
    });
    expect(await failureOf(jpeg, { maxPixels: 800_000 })).toBeNull();
  });

  it('refuses with the sniffer’s reason before decoding (a cut-off upload)', async () => {
    expect(await failureOf(jpeg.subarray(0, Math.floor(jpeg.length * 0.7)))).toMatchObject({
      code: 'truncated',
      message: expect.stringMatching(/incomplete/),
    });
  });

  it('refuses an AVIF or HEIC that does not give its size before decoding it (it could be any size)', async () => {
    const avif = Buffer.concat([Buffer.from('\0\0\0\x14ftypavif\0\0\0\0avif', 'latin1'), Buffer.alloc(200, 7)]);
    expect(await failureOf(avif)).toEqual({
      code: 'unsupported-format',
      message: expect.stringMatching(/^AVIF image that does not give its size.*JPEG/),
    });
  });

  it('asks for JPEG when it cannot open a HEIC photo', async () => {
    const heic = Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), ispeBox(4032, 3024), Buffer.alloc(200, 7)]);
    expect(await failureOf(heic)).toEqual({
      code: 'unsupported-format',
      message: expect.stringMatching(/^HEIC\/HEIF photo \(the iPhone camera format\): not supported.*JPEG/),
    });
  });

  it('calls a file the decoder cannot read damaged', async () => {
    const avif = Buffer.concat([Buffer.from('\0\0\0\x14ftypavif\0\0\0\0avif', 'latin1'), ispeBox(1024, 768), Buffer.alloc(200, 7)]);
    expect(await failureOf(avif)).toEqual({
      code: 'damaged',
      message: expect.stringMatching(/^The AVIF file is damaged: the decoder could not read it/),
    });
  });
});

describe('decodePhotoFile', () => {
  it('refuses a file larger than the limit without reading it, with the panel’s code', async () => {
    const file = path.join(dir, 'big.jpg');
    fs.writeFileSync(file, jpeg);
    expect(await decodePhotoFile(file, { maxFileBytes: 1024 })).toEqual({
      ok: false,
      failure: { code: 'too-large-file', message: expect.stringMatching(/MB, more than/) },
    });
  });

  it('refuses a folder', async () => {
    expect(await decodePhotoFile(dir)).toEqual({
      ok: false,
      failure: { code: 'not-a-file', message: 'This is a folder or a device, not a file.' },
    });
  });
});
