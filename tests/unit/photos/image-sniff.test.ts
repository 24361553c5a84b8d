// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import {
  animationNote,
  checkBeforeDecode,
  displaySize,
  MAX_PIXELS,
  rejectAfterFailedDecode,
  rejectBeforeDecode,
  sniffImage,
  type SniffedImage,
} from '@/utils/photos/image-sniff';
import { animatedGif, withExifOrientation } from '../cli/fixtures';

function encoded(width: number, height: number, mime: 'image/jpeg' | 'image/png' | 'image/webp') {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#4a7';
  context.fillRect(0, 0, width, height);
  return new Uint8Array(canvas.toBuffer(mime as 'image/png'));
}

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const u32 = (value: number) => [value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];

/** An ISO media file: an ftyp box with these brands, then `ispe` boxes giving these sizes (a HEIC grid has several). */
function isoMedia(brands: string[], sizes: [number, number][] = []): Uint8Array {
  const ftyp = [
    ...u32(16 + 4 * (brands.length - 1)),
    ...bytesOf('ftyp'),
    ...bytesOf(brands[0]!),
    0,
    0,
    0,
    0,
    ...brands.slice(1).flatMap((b) => [...bytesOf(b)]),
  ];
  const ispe = sizes.flatMap(([w, h]) => [...u32(20), ...bytesOf('ispe'), 0, 0, 0, 0, ...u32(w), ...u32(h)]);
  return new Uint8Array([...ftyp, ...bytesOf('\0\0\0\x08meta'), ...ispe]);
}

const header = (fields: Partial<SniffedImage>): SniffedImage => ({
  kind: 'image',
  format: 'jpeg',
  width: 4032,
  height: 3024,
  orientation: null,
  frames: 1,
  defect: null,
  ...fields,
});

describe('format and size', () => {
  it('reads format and size from JPEG, PNG and WebP, and finds them whole', () => {
    expect(sniffImage(encoded(4032, 3024, 'image/jpeg'))).toMatchObject({
      kind: 'image',
      format: 'jpeg',
      width: 4032,
      height: 3024,
      defect: null,
    });
    expect(sniffImage(encoded(1170, 2532, 'image/png'))).toMatchObject({ format: 'png', width: 1170, height: 2532, defect: null });
    expect(sniffImage(encoded(640, 960, 'image/webp'))).toMatchObject({ format: 'webp', width: 640, height: 960, defect: null });
  });

  it('counts the frames of an animated GIF and says only the first is checked', () => {
    const gif = animatedGif(20, 10, [
      [255, 0, 0],
      [0, 0, 255],
      [0, 255, 0],
    ]);
    const sniff = sniffImage(gif);
    expect(sniff).toMatchObject({ kind: 'image', format: 'gif', width: 20, height: 10, frames: 3, defect: null });
    expect(animationNote(sniff as SniffedImage)).toBe('animated GIF (3 frames): only the first frame was checked');
    expect(animationNote(sniffImage(encoded(64, 64, 'image/png')) as SniffedImage)).toBeNull();
  });

  it('lets HEIC through to the decoder (some browsers open it), with the largest size its header gives', () => {
    const heic = isoMedia(
      ['heic', 'mif1', 'heic'],
      [
        [512, 512],
        [4032, 3024],
      ],
    );
    expect(sniffImage(heic)).toMatchObject({ kind: 'image', format: 'heic', width: 4032, height: 3024 });
    expect(rejectBeforeDecode(sniffImage(heic))).toBeNull();
    expect(sniffImage(isoMedia(['heic']))).toMatchObject({ format: 'heic', width: null });
    expect(sniffImage(isoMedia(['mif1', 'mif1', 'avif'], [[1920, 1080]]))).toMatchObject({ format: 'avif', width: 1920, height: 1080 });
  });

  it('refuses an AVIF or HEIC whose size is not in its first MiB: nothing would bound what decoding it allocates', () => {
    for (const file of [
      isoMedia(['avif']),
      isoMedia(['heic', 'mif1', 'heic']),
      // The size is there, but after a MiB of other boxes.
      new Uint8Array([...isoMedia(['avif']), ...new Uint8Array(1 << 20), ...isoMedia(['avif'], [[1920, 1080]]).slice(28)]),
    ]) {
      expect(checkBeforeDecode(file)).toEqual({
        ok: false,
        rejection: { code: 'unsupported-format', message: expect.stringMatching(/does not give its size.*JPEG/) },
      });
    }
    expect(checkBeforeDecode(isoMedia(['avif'], [[1920, 1080]])).ok).toBe(true);
  });

  it('checks the size of every GIF frame, not only the logical screen it declares', () => {
    const gif = new Uint8Array(
      animatedGif(16, 16, [
        [1, 2, 3],
        [4, 5, 6],
      ]),
    );
    expect(checkBeforeDecode(gif).ok).toBe(true);
    // The second frame's descriptor (after its graphic control extension) claims 40000x30000 pixels.
    const second = gif.indexOf(0x2c, gif.lastIndexOf(0xf9) + 6);
    gif.set([40000 & 0xff, 40000 >> 8, 30000 & 0xff, 30000 >> 8], second + 5);
    expect(sniffImage(gif)).toMatchObject({ width: 40000, height: 30000, frames: 2 });
    expect(checkBeforeDecode(gif)).toMatchObject({ ok: false, rejection: { code: 'too-many-pixels' } });
    // A frame placed far outside the screen counts by where it ends.
    const offset = new Uint8Array(animatedGif(16, 16, [[1, 2, 3]]));
    const frame = offset.indexOf(0x2c, offset.lastIndexOf(0xf9) + 6);
    offset.set([0xff, 0xff, 0xff, 0xff], frame + 1);
    expect(sniffImage(offset)).toMatchObject({ width: 65535 + 16, height: 65535 + 16 });
  });

  it('never throws on random or cut-short bytes', () => {
    for (let seed = 0; seed < 300; seed++) {
      const random = Uint8Array.from({ length: seed % 64 }, (_, i) => (seed * 31 + i * 17) % 256);
      expect(() => rejectBeforeDecode(sniffImage(random))).not.toThrow();
    }
    const jpeg = encoded(800, 600, 'image/jpeg');
    for (let length = 0; length < 700; length += 7) expect(() => rejectBeforeDecode(sniffImage(jpeg.subarray(0, length)))).not.toThrow();
  });
});

describe('EXIF orientation', () => {
  it('reports a portrait photo stored sideways as portrait (big- and little-endian Exif)', () => {
    const jpeg = encoded(400, 300, 'image/jpeg');
    // APP1 Exif, big-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT = 6 (rotate 90 CW).
    const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0];
    const exif = [...Buffer.from('Exif\0\0'), ...tiff];
    const app1 = [0xff, 0xe1, (exif.length + 2) >> 8, (exif.length + 2) & 0xff, ...exif];
    const bigEndian = sniffImage(new Uint8Array([0xff, 0xd8, ...app1, ...jpeg.subarray(2)])) as SniffedImage;
    expect(bigEndian).toMatchObject({ format: 'jpeg', width: 400, height: 300, orientation: 6, defect: null });
    expect(displaySize(bigEndian)).toEqual({ width: 300, height: 400 });

    const littleEndian = sniffImage(withExifOrientation(Buffer.from(jpeg), 8)) as SniffedImage;
    expect(littleEndian.orientation).toBe(8);
    expect(displaySize(littleEndian)).toEqual({ width: 300, height: 400 });
    expect(displaySize(sniffImage(withExifOrientation(Buffer.from(jpeg), 3)) as SniffedImage)).toEqual({ width: 400, height: 300 });
  });

  it('does not guess the shown size of HEIC/AVIF (their coded size may be cropped or turned)', () => {
    expect(displaySize(header({ format: 'heic' }))).toBeNull();
    expect(displaySize(header({ format: 'jpeg' }))).toEqual({ width: 4032, height: 3024 });
  });
});

describe('refused before decoding', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty', /empty \(0 bytes\).*send it again/],
    ['a PDF', bytesOf('%PDF-1.7\n1 0 obj\n'), 'not-an-image', /PDF document, not a photo.*JPEG/],
    ['an MP4 video', isoMedia(['isom', 'isom', 'iso2']), 'not-an-image', /video, not a photo/],
    ['other ISO media', isoMedia(['crx ']), 'not-an-image', /media file \(type "crx"\)/],
    ['TIFF', bytesOf('II*\0\x08\0\0\0'), 'unsupported-format', /TIFF.*JPEG/],
    ['a ZIP or Office file', bytesOf('PK\x03\x04\x14\0\0\0'), 'not-an-image', /ZIP archive or an Office document/],
    ['an AVI (RIFF) video', bytesOf('RIFF\x10\0\0\0AVI LIST'), 'not-an-image', /RIFF/],
    ['a WebM video', new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]), 'not-an-image', /WebM/],
    ['an icon', new Uint8Array([0, 0, 1, 0, 1, 0, 16, 16, 0, 0]), 'unsupported-format', /ICO/],
    ['SVG', bytesOf('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'unsupported-format', /SVG.*JPEG/],
    ['text', bytesOf('IMEI 356938035643809\n'), 'not-an-image', /text file/],
    ['unknown bytes', new Uint8Array([0, 1, 2, 3, 200, 201, 0, 7]), 'not-an-image', /unknown file type/],
  ] as const)('%s, with a reason', (_name, bytes, code, message) => {
    const plan = checkBeforeDecode(bytes);
    expect(plan).toMatchObject({ ok: false, rejection: { code } });
    expect(!plan.ok && plan.rejection.message).toMatch(message);
  });

  it('refuses too many pixels from the header, names the size, and lets a 50-megapixel photo through', () => {
    expect(rejectBeforeDecode(header({ width: 16000, height: 12000 }))).toEqual({
      code: 'too-many-pixels',
      message: expect.stringMatching(/^The image is 16000x12000 \(192 MP\), more than the 100 MP .*smaller copy/),
    });
    expect(rejectBeforeDecode(header({ width: 8160, height: 6120 }))).toBeNull();
    expect(rejectBeforeDecode(header({ width: 10000, height: 10000 }))).toBeNull();
    expect(rejectBeforeDecode(header({ width: 10000, height: 10001 }))?.code).toBe('too-many-pixels');
    expect(MAX_PIXELS).toBe(100_000_000);
    expect(rejectBeforeDecode(header({ width: 768, height: 1024 }), { maxPixels: 700_000 })?.message).toMatch(
      /768x1024 \(0\.8 MP\), more than the 0\.7 MP/,
    );
    // Also for HEIC, whose decoders would otherwise allocate the whole image.
    expect(rejectBeforeDecode(sniffImage(isoMedia(['heic'], [[16384, 12288]])))?.code).toBe('too-many-pixels');
  });

  it('refuses an image too small to see anything in, at its size as shown', () => {
    expect(rejectBeforeDecode(header({ format: 'png', width: 1, height: 1 }))).toEqual({
      code: 'too-small-to-analyse',
      message: expect.stringMatching(/only 1x1 pixels: there is nothing to see/),
    });
    expect(rejectBeforeDecode(header({ width: 15, height: 400, orientation: 6 }))?.message).toMatch(/only 400x15 pixels/);
    expect(rejectBeforeDecode(header({ width: 16, height: 16 }))).toBeNull();
  });

  it('says how large an image is before saying it is cut off', () => {
    const huge = header({ width: 20000, height: 20000, defect: { code: 'truncated', detail: 'x' } });
    expect(rejectBeforeDecode(huge)?.code).toBe('too-many-pixels');
  });
});

describe('cut-off and damaged files', () => {
  const jpeg = encoded(800, 600, 'image/jpeg');
  const png = encoded(300, 200, 'image/png');

  it.each([
    ['a JPEG cut in its image data', jpeg.subarray(0, Math.floor(jpeg.length * 0.7)), { format: 'jpeg', width: 800, height: 600 }],
    ['a JPEG cut in its header', jpeg.subarray(0, 4), { format: 'jpeg', width: null }],
    ['a PNG cut short', png.subarray(0, Math.floor(png.length * 0.6)), { format: 'png', width: 300, height: 200 }],
    ['a WebP cut short', encoded(200, 100, 'image/webp').subarray(0, 40), { format: 'webp' }],
    [
      'a GIF cut after its first frame',
      animatedGif(20, 20, [
        [1, 2, 3],
        [4, 5, 6],
      ]).subarray(0, -20),
      { format: 'gif' },
    ],
  ])('calls %s incomplete and asks for it again', (_name, bytes, fields) => {
    const sniff = sniffImage(bytes);
    expect(sniff).toMatchObject({ kind: 'image', ...fields, defect: { code: 'truncated' } });
    expect(rejectBeforeDecode(sniff)).toEqual({
      code: 'truncated',
      message: expect.stringMatching(/^The file is incomplete: .* data stops before the end .*send the photo again\.$/),
    });
  });

  it('reads a JPEG with data after its end as whole (Samsung motion photos append a video)', () => {
    const motion = new Uint8Array([...jpeg, ...bytesOf('\0\0\0\x18ftypmp42 trailing video data')]);
    expect(sniffImage(motion)).toMatchObject({ format: 'jpeg', defect: null });
  });

  it.each([
    [
      'a JPEG start followed by noise',
      new Uint8Array([...jpeg.subarray(0, 20), ...Array.from({ length: 400 }, (_, i) => (i * 73 + 11) % 251)]),
      /JPEG file is damaged: no JPEG marker/,
    ],
    [
      'a PNG without its header chunk',
      new Uint8Array([...png.subarray(0, 12), ...bytesOf('XXXX'), ...png.subarray(16)]),
      /PNG file is damaged: the PNG header \(IHDR\) is missing/,
    ],
    [
      'a GIF with no image in it',
      new Uint8Array([...bytesOf('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0x3b]),
      /GIF file is damaged: the GIF holds no image/,
    ],
  ])('calls %s damaged', (_name, bytes, message) => {
    expect(rejectBeforeDecode(sniffImage(bytes))).toEqual({ code: 'damaged', message: expect.stringMatching(message) });
  });
});

describe('when the decoder fails after all', () => {
  it('asks for JPEG when a HEIC photo cannot be opened', () => {
    expect(rejectAfterFailedDecode(header({ format: 'heic' }), 'Unsupported image type')).toEqual({
      code: 'unsupported-format',
      message: expect.stringMatching(/^HEIC\/HEIF photo .*cannot be opened.*send it as JPEG/),
    });
  });

  it('calls any other format damaged, in the decoder’s words', () => {
    expect(rejectAfterFailedDecode(header({ format: 'png' }), 'The source image could not be decoded.', 'the browser')).toEqual({
      code: 'damaged',
      message:
        'The PNG file is damaged: the browser could not read it (The source image could not be decoded). Ask the customer to send the photo again.',
    });
  });
});
