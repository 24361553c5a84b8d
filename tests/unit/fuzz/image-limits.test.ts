// @vitest-environment node
import { deflateSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as canvas from '@napi-rs/canvas';
import { decodePhotoBytes } from '@/scripts/lib/node-image';
import { analysePixels, photoCheckSchema } from '@/utils/photos/analysis';
import { checkBeforeDecode, MAX_PIXELS } from '@/utils/photos/image-sniff';

/**
 * Files whose header promises more than they hold. The decoders allocate the declared size in one go (4 bytes a
 * pixel), so a file of a few hundred bytes could cost hundreds of MB: it must be refused from its header, before
 * anything is decoded. The decoder is watched (loadImage) to prove it was never called.
 */

vi.mock('@napi-rs/canvas', async (importOriginal) => {
  const original = await importOriginal<typeof import('@napi-rs/canvas')>();
  return { ...original, loadImage: vi.fn(original.loadImage) };
});
const loadImage = vi.mocked(canvas.loadImage);
afterEach(() => loadImage.mockClear());

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A well-formed PNG (valid chunks and CRCs) declaring any size, with whatever image data is given. */
function png(width: number, height: number, idat: Uint8Array | null): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      ...(idat ? [pngChunk('IDAT', idat)] : []),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}

let smallJpeg: Buffer;
beforeAll(async () => {
  const drawing = canvas.createCanvas(64, 48);
  drawing.getContext('2d').fillStyle = '#3a6';
  drawing.getContext('2d').fillRect(0, 0, 64, 48);
  smallJpeg = await drawing.encode('jpeg', 80);
});

/** The same small, complete JPEG with the size in its frame header replaced. */
function jpegDeclaring(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(smallJpeg);
  for (let i = 2; i + 9 < bytes.length;) {
    if (bytes[i + 1]! >= 0xc0 && bytes[i + 1]! <= 0xc3) {
      bytes.set([height >> 8, height & 0xff, width >> 8, width & 0xff], i + 5);
      return bytes;
    }
    i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
  }
  throw new Error('no frame header');
}

describe('images that declare more pixels than is safe', () => {
  it('a 100000x100000 PNG header in a tiny file is refused by its size, without decoding', async () => {
    const result = await decodePhotoBytes(png(100_000, 100_000, deflateSync(Buffer.alloc(64))));
    expect(result).toMatchObject({
      ok: false,
      failure: { code: 'too-many-pixels', message: expect.stringMatching(/100000x100000 \(10000 MP\), more than the 100 MP/) },
    });
    expect(loadImage).not.toHaveBeenCalled();
  });

  it('a JPEG header claiming 65535x65535 is refused without decoding', async () => {
    const result = await decodePhotoBytes(jpegDeclaring(65_535, 65_535));
    expect(result).toMatchObject({ ok: false, failure: { code: 'too-many-pixels' } });
    expect(loadImage).not.toHaveBeenCalled();
  });

  it('the limit is the one the panel uses, and it bounds every decode', () => {
    expect(MAX_PIXELS).toBeLessThanOrEqual(100_000_000);
    expect(checkBeforeDecode(png(10_001, 10_000, deflateSync(Buffer.alloc(20_000_000))))).toMatchObject({
      ok: false,
      rejection: { code: 'too-many-pixels' },
    });
  });
});

describe('images whose header promises more than the file holds', () => {
  it('a tiny PNG declaring 10000x9999 (under the limit) is refused as damaged, without decoding', async () => {
    const result = await decodePhotoBytes(png(10_000, 9_999, deflateSync(Buffer.alloc(100))));
    expect(result).toMatchObject({
      ok: false,
      failure: { code: 'damaged', message: expect.stringMatching(/declares 10000x9999 pixels but holds far too little data/) },
    });
    expect(loadImage).not.toHaveBeenCalled();
  });

  it('a tiny complete JPEG declaring 10000x9999 is refused as damaged, without decoding', async () => {
    const result = await decodePhotoBytes(jpegDeclaring(10_000, 9_999));
    expect(result).toMatchObject({ ok: false, failure: { code: 'damaged' } });
    expect(loadImage).not.toHaveBeenCalled();
  });

  it('real flat images, the most compressible there are, still pass', async () => {
    const flat = canvas.createCanvas(4032, 3024);
    flat.getContext('2d').fillStyle = '#000';
    flat.getContext('2d').fillRect(0, 0, 4032, 3024);
    for (const bytes of [await flat.encode('jpeg', 50), flat.toBuffer('image/png')]) {
      expect(checkBeforeDecode(new Uint8Array(bytes))).toMatchObject({ ok: true, image: { width: 4032, height: 3024 } });
    }
  });
});

describe('odd but real shapes', () => {
  it('a long thin strip (8000x16) is checked, not crashed on', async () => {
    const strip = canvas.createCanvas(8000, 16);
    strip.getContext('2d').fillStyle = '#888';
    strip.getContext('2d').fillRect(0, 0, 8000, 16);
    const result = await decodePhotoBytes(new Uint8Array(strip.toBuffer('image/png')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const check = { ...analysePixels(result.photo.image, result.photo.original, result.photo.notes), ms: 1 };
    expect(photoCheckSchema.safeParse(check).success).toBe(true);
    expect(check).toMatchObject({ kind: 'checked', width: 8000, height: 16 });
    expect(loadImage).toHaveBeenCalledTimes(1);
  });
});
