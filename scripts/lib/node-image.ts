/**
 * Decodes a customer's image file in Node into the small RGBA copy the photo metrics run on, the way the panel
 * will in the browser: one resize step straight from the file to ~512 px on the long side (the browser uses
 * `createImageBitmap(blob, { resizeWidth })`; here Skia draws the decoded image scaled onto a small canvas). The
 * full-size pixels never reach JavaScript, and Skia's copy is released as soon as the small one is drawn.
 *
 * Every way a file can be unusable comes back as a reason in plain words, never as a throw: not an image, a
 * format browsers cannot show (HEIC, TIFF), cut-off or damaged bytes, too many pixels to decode safely, nothing
 * to see (1x1). The header is read first so that a file's size in pixels is known before anything is decoded.
 */
import fs from 'node:fs/promises';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import type { RgbaImage } from '../../utils/photos/downscale';
import { fitLongSide } from '../../utils/photos/downscale';
import type { OriginalSize } from '../../utils/photos/metrics';
import { THRESHOLDS } from '../../utils/photos/thresholds';

/** Formats both this decoder and the browsers the panel runs in (Chrome, Firefox ESR) can show. */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif';

export type DecodeFailureCode =
  | 'missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'file-too-large'
  | 'not-an-image'
  | 'unsupported-format'
  | 'truncated'
  | 'damaged'
  | 'too-many-pixels'
  | 'too-small-to-analyse';

export interface DecodeFailure {
  code: DecodeFailureCode;
  /** For the agent: what is wrong with the file and, where there is one, what to ask the customer. */
  message: string;
}

export interface DecodedPhoto {
  /** About `longSide` px on its long side (never upscaled), opaque RGBA. */
  image: RgbaImage;
  /** Size as received, after the EXIF orientation is applied (as a browser shows it). */
  original: OriginalSize;
  format: ImageFormat;
  /** Things the agent should know that are not problems of the photo (e.g. only the first frame was read). */
  notes: string[];
  fileBytes: number;
  /** Reading, decoding and downscaling, in milliseconds. */
  decodeMs: number;
}

export type DecodeResult = { ok: true; photo: DecodedPhoto } | { ok: false; failure: DecodeFailure };

export interface DecodeOptions {
  /** Long side of the analysis copy. */
  longSide?: number;
  /**
   * Refuse images with more pixels than this, read from the header before decoding. Skia decodes the whole
   * image once (4 bytes per pixel: 100 MP is 400 MB for a moment), so this bounds the memory one file can take.
   */
  maxPixels?: number;
  /** Refuse files larger than this without reading them. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_PIXELS = 100_000_000;
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;
/** computePhotoMetrics needs a 3x3 neighbourhood. */
const MIN_ANALYSABLE_SIDE = 3;

// ---- Header sniffing ---------------------------------------------------------------------------------------

export type Sniffed =
  | {
      kind: 'image';
      format: ImageFormat;
      /** Stored size (before EXIF orientation); null when the header does not say. */
      width: number | null;
      height: number | null;
      /** Frames of an animation; 1 for a still image. */
      frames: number;
      /** Why the bytes cannot be a whole image, when they cannot. */
      defect: { code: 'truncated' | 'damaged'; detail: string } | null;
    }
  | { kind: 'refused'; code: 'not-an-image' | 'unsupported-format'; message: string };

const ASK_FOR_JPEG = 'Ask the customer to send the photos as JPEG pictures.';

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number): number => ((b[i + 3]! << 24) >>> 0) + ((b[i + 2]! << 16) | (b[i + 1]! << 8) | b[i]!);
const i32le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((value, index) => bytes[offset + index] === value);
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const truncated = (format: string, size: number) => ({
  code: 'truncated' as const,
  detail: `the ${format} data stops before the end of the image (${size} bytes received)`,
});

function sniffJpeg(bytes: Uint8Array): Sniffed {
  let width: number | null = null;
  let height: number | null = null;
  let i = 2;
  let scanStart = -1;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return { kind: 'image', format: 'jpeg', width, height, frames: 1, defect: { code: 'damaged', detail: `no JPEG marker where one should be (byte ${i})` } };
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = u16be(bytes, i + 2);
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && i + 9 <= bytes.length) {
      height = u16be(bytes, i + 5);
      width = u16be(bytes, i + 7);
    }
    if (marker === 0xda) {
      scanStart = i;
      break;
    }
    i += 2 + length;
  }
  if (scanStart < 0) {
    const defect =
      i + 4 > bytes.length && width !== null
        ? truncated('JPEG', bytes.length)
        : { code: 'damaged' as const, detail: 'the JPEG header holds no image (no frame or scan found)' };
    return { kind: 'image', format: 'jpeg', width, height, frames: 1, defect };
  }
  if (width === null || height === null || width === 0 || height === 0) {
    return { kind: 'image', format: 'jpeg', width, height, frames: 1, defect: { code: 'damaged', detail: 'the JPEG header gives no image size' } };
  }
  // Entropy-coded data escapes every 0xFF, so the first FFD9 after the scan starts is the end of the image.
  // Anything after it (Samsung motion photos append a video) is ignored, as decoders do.
  const complete = indexOfBytes(bytes, [0xff, 0xd9], scanStart) >= 0;
  return { kind: 'image', format: 'jpeg', width, height, frames: 1, defect: complete ? null : truncated('JPEG', bytes.length) };
}

function sniffPng(bytes: Uint8Array): Sniffed {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') {
    return { kind: 'image', format: 'png', width: null, height: null, frames: 1, defect: { code: 'damaged', detail: 'the PNG header (IHDR) is missing' } };
  }
  const width = u32be(bytes, 16);
  const height = u32be(bytes, 20);
  let frames = 1;
  let i = 8;
  while (i + 8 <= bytes.length) {
    const length = u32be(bytes, i);
    const type = ascii(bytes, i + 4, 4);
    if (type === 'acTL' && i + 12 <= bytes.length) frames = Math.max(1, u32be(bytes, i + 8));
    if (type === 'IEND') return { kind: 'image', format: 'png', width, height, frames, defect: null };
    if (!/^[A-Za-z]{4}$/.test(type)) {
      return { kind: 'image', format: 'png', width, height, frames, defect: { code: 'damaged', detail: `unreadable PNG chunk at byte ${i}` } };
    }
    i += 12 + length;
  }
  return { kind: 'image', format: 'png', width, height, frames, defect: truncated('PNG', bytes.length) };
}

function sniffGif(bytes: Uint8Array): Sniffed {
  const width = bytes.length >= 10 ? u16le(bytes, 6) : null;
  const height = bytes.length >= 10 ? u16le(bytes, 8) : null;
  let frames = 0;
  const result = (defect: Extract<Sniffed, { kind: 'image' }>['defect']): Sniffed => ({
    kind: 'image',
    format: 'gif',
    width,
    height,
    frames: Math.max(1, frames),
    defect,
  });
  if (bytes.length < 13) return result(truncated('GIF', bytes.length));
  const skipSubBlocks = (from: number): number => {
    let at = from;
    while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
    return at + 1;
  };
  const packed = bytes[10]!;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  while (i < bytes.length) {
    const block = bytes[i]!;
    if (block === 0x3b) return result(frames === 0 ? { code: 'damaged', detail: 'the GIF holds no image' } : null);
    if (block === 0x2c) {
      frames++;
      if (i + 10 > bytes.length) break;
      const local = bytes[i + 9]!;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      i = skipSubBlocks(i + 1); // after the LZW minimum code size
    } else if (block === 0x21) {
      i = skipSubBlocks(i + 2);
    } else {
      return result({ code: 'damaged', detail: `unknown GIF block at byte ${i}` });
    }
  }
  // A GIF cut off after its first complete frame still shows that frame, but the customer sent more than that.
  return result(truncated('GIF', bytes.length));
}

function sniffWebp(bytes: Uint8Array): Sniffed {
  const declared = u32le(bytes, 4) + 8;
  let width: number | null = null;
  let height: number | null = null;
  let frames = 0;
  let i = 12;
  while (i + 8 <= bytes.length) {
    const type = ascii(bytes, i, 4);
    const size = u32le(bytes, i + 4);
    const at = i + 8;
    if (type === 'VP8 ' && at + 10 <= bytes.length) {
      width = u16le(bytes, at + 6) & 0x3fff;
      height = u16le(bytes, at + 8) & 0x3fff;
    } else if (type === 'VP8L' && at + 5 <= bytes.length) {
      width = 1 + (((bytes[at + 2]! & 0x3f) << 8) | bytes[at + 1]!);
      height = 1 + (((bytes[at + 4]! & 0x0f) << 10) | (bytes[at + 3]! << 2) | ((bytes[at + 2]! & 0xc0) >> 6));
    } else if (type === 'VP8X' && at + 10 <= bytes.length) {
      width = 1 + u24le(bytes, at + 4);
      height = 1 + u24le(bytes, at + 7);
    } else if (type === 'ANMF') {
      frames++;
    }
    i = at + size + (size & 1);
  }
  const defect =
    bytes.length < declared
      ? truncated('WebP', bytes.length)
      : width === null
        ? { code: 'damaged' as const, detail: 'the WebP file holds no image' }
        : null;
  return { kind: 'image', format: 'webp', width, height, frames: Math.max(1, frames), defect };
}

function sniffBmp(bytes: Uint8Array): Sniffed {
  if (bytes.length < 26) return { kind: 'image', format: 'bmp', width: null, height: null, frames: 1, defect: truncated('BMP', bytes.length) };
  const width = Math.abs(i32le(bytes, 18));
  const height = Math.abs(i32le(bytes, 22)); // negative: stored top-down
  const declared = u32le(bytes, 2);
  return { kind: 'image', format: 'bmp', width, height, frames: 1, defect: bytes.length < declared ? truncated('BMP', bytes.length) : null };
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'qt  ', 'M4V ', 'M4VP', 'MSNV', '3gp4', '3gp5', '3gp6', '3g2a', 'avc1', 'dash', 'mmp4', 'f4v ']);

/** ISO base media files (HEIC, AVIF, MP4, MOV) all start with an `ftyp` box naming their brands. */
function sniffIsoMedia(bytes: Uint8Array): Sniffed {
  const boxSize = Math.min(u32be(bytes, 0), bytes.length, 256);
  const major = ascii(bytes, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (AVIF_BRANDS.has(major) || (HEIF_BRANDS.has(major) && brands.some((brand) => AVIF_BRANDS.has(brand)))) {
    // The pixel size sits in `ispe` properties; a grid image has one per tile plus the whole: take the largest.
    let width: number | null = null;
    let height: number | null = null;
    const limit = Math.min(bytes.length, 1 << 20);
    for (let at = indexOfBytes(bytes.subarray(0, limit), [0x69, 0x73, 0x70, 0x65]); at >= 0 && at + 16 <= limit; ) {
      const w = u32be(bytes, at + 8);
      const h = u32be(bytes, at + 12);
      if (width === null || w * h > width * (height ?? 0)) [width, height] = [w, h];
      at = indexOfBytes(bytes.subarray(0, limit), [0x69, 0x73, 0x70, 0x65], at + 4);
    }
    return { kind: 'image', format: 'avif', width, height, frames: 1, defect: null };
  }
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) {
    return {
      kind: 'refused',
      code: 'unsupported-format',
      message:
        'HEIC/HEIF photo (the iPhone camera format): not supported here, and Chrome and Firefox cannot show it either. ' +
        'Ask the customer to send it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible).',
    };
  }
  if (brands.some((brand) => VIDEO_BRANDS.has(brand))) {
    return { kind: 'refused', code: 'not-an-image', message: 'This is a video, not a photo. Ask the customer for photos.' };
  }
  return { kind: 'refused', code: 'not-an-image', message: `This is a media file (type "${major.trim()}"), not a photo.` };
}

/** Mostly printable characters and no NUL in the first bytes: a text file (or a script, CSV, HTML...). */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 1024);
  let printable = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte === 9 || byte === 10 || byte === 13 || byte >= 32) printable++;
  }
  return printable / sample.length > 0.95;
}

/** What the first bytes say the file is, its stored size in pixels and whether it is whole. Never throws. */
export function sniffImage(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return sniffJpeg(bytes);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return sniffPng(bytes);
  const head = ascii(bytes, 0, 16);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return sniffGif(bytes);
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return sniffWebp(bytes);
  if (head.startsWith('BM') && bytes.length >= 14 && u32le(bytes, 10) < bytes.length + 1024) return sniffBmp(bytes);
  if (head.slice(4, 8) === 'ftyp') return sniffIsoMedia(bytes);
  if (head.startsWith('%PDF')) {
    return {
      kind: 'refused',
      code: 'not-an-image',
      message: 'This is a PDF document, not a photo. If it holds photos, ask the customer to send them as JPEG pictures.',
    };
  }
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) {
    return { kind: 'refused', code: 'unsupported-format', message: `TIFF images are not supported (browsers cannot show them). ${ASK_FOR_JPEG}` };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { kind: 'refused', code: 'not-an-image', message: 'This is a ZIP archive or an Office document, not a photo.' };
  }
  if (head.startsWith('RIFF')) return { kind: 'refused', code: 'not-an-image', message: 'This is a video or sound file (RIFF), not a photo.' };
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    return { kind: 'refused', code: 'not-an-image', message: 'This is a video (WebM/MKV), not a photo. Ask the customer for photos.' };
  }
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) {
    return { kind: 'refused', code: 'unsupported-format', message: 'This is an icon (ICO), not a photo.' };
  }
  if (looksLikeText(bytes)) {
    const text = ascii(bytes, 0, 512).toLowerCase();
    if (text.includes('<svg')) {
      return { kind: 'refused', code: 'unsupported-format', message: `This is a vector drawing (SVG), not a photo. ${ASK_FOR_JPEG}` };
    }
    return { kind: 'refused', code: 'not-an-image', message: 'This is a text file, not an image.' };
  }
  return { kind: 'refused', code: 'not-an-image', message: 'This is not an image file this tool can read (unknown file type).' };
}

// ---- Decoding ----------------------------------------------------------------------------------------------

const FORMAT_NAMES: Record<ImageFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
  avif: 'AVIF',
};

function failure(code: DecodeFailureCode, message: string): DecodeResult {
  return { ok: false, failure: { code, message } };
}

function megapixels(width: number, height: number): string {
  const mp = (width * height) / 1e6;
  return `${mp >= 10 ? Math.round(mp) : mp.toFixed(1)} MP`;
}

/** Drops Skia's full-size pixels now rather than at some later garbage collection. */
function release(image: Image): void {
  try {
    image.src = new Uint8Array(0);
  } catch {
    // Nothing to release.
  }
}

/** Decode bytes already in memory. See decodePhotoFile for a path. */
export async function decodePhotoBytes(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodeResult> {
  const started = performance.now();
  const longSide = options.longSide ?? THRESHOLDS.analysisLongSide;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (bytes.length === 0) {
    return failure('empty', 'The file is empty (0 bytes): the upload probably failed. Ask the customer to send it again.');
  }
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'refused') return failure(sniffed.code, sniffed.message);
  const name = FORMAT_NAMES[sniffed.format];
  // Size first: it is known from the first bytes, and refusing a huge image needs no look at the rest.
  const { width, height } = sniffed;
  if (width !== null && height !== null && width * height > maxPixels) {
    return failure(
      'too-many-pixels',
      `The image is ${width}x${height} (${megapixels(width, height)}), more than the ${megapixels(maxPixels, 1)} this tool decodes. ` +
        'Ask for a smaller copy (a phone photo is usually 12 to 50 MP).',
    );
  }

  if (sniffed.defect?.code === 'truncated') {
    return failure(
      'truncated',
      `The file is incomplete: ${sniffed.defect.detail}. The upload was probably cut off; ask the customer to send the photo again.`,
    );
  }
  if (sniffed.defect) {
    return failure('damaged', `The ${name} file is damaged: ${sniffed.defect.detail}. Ask the customer to send the photo again.`);
  }
  let decoded: Image;
  try {
    decoded = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('damaged', `The ${name} file is damaged: the decoder could not read it (${detail}). Ask the customer to send the photo again.`);
  }
  try {
    // Skia applies the EXIF orientation, as browsers do, so this is the size the agent would see.
    const original = { width: decoded.width, height: decoded.height };
    if (original.width < MIN_ANALYSABLE_SIDE || original.height < MIN_ANALYSABLE_SIDE) {
      return failure(
        'too-small-to-analyse',
        `The image is only ${original.width}x${original.height} pixels: there is nothing to see in it. Ask the customer for the photo itself.`,
      );
    }
    const size = fitLongSide(original.width, original.height, longSide);
    const canvas = createCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    // Transparent areas are judged as a viewer shows them: on white.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded, 0, 0, size.width, size.height);
    const pixels = context.getImageData(0, 0, size.width, size.height);
    const notes: string[] = [];
    if (sniffed.frames > 1) {
      notes.push(`animated ${name} (${sniffed.frames} frames): only the first frame was checked`);
    }
    return {
      ok: true,
      photo: {
        image: {
          width: size.width,
          height: size.height,
          data: new Uint8ClampedArray(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength),
        },
        original,
        format: sniffed.format,
        notes,
        fileBytes: bytes.length,
        decodeMs: performance.now() - started,
      },
    };
  } finally {
    release(decoded);
  }
}

/** Read and decode one file. Every problem, a missing file included, comes back as a failure with a reason. */
export async function decodePhotoFile(filePath: string, options: DecodeOptions = {}): Promise<DecodeResult> {
  const started = performance.now();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return failure('not-a-file', 'This is a folder or a device, not a file.');
    if (stat.size > maxFileBytes) {
      return failure(
        'file-too-large',
        `The file is ${Math.round(stat.size / 1024 / 1024)} MB, more than the ${Math.round(maxFileBytes / 1024 / 1024)} MB this tool reads.`,
      );
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure('missing', 'File not found.');
    if (code === 'EACCES' || code === 'EPERM') return failure('unreadable', 'No permission to read this file.');
    return failure('unreadable', `The file could not be read (${code ?? (error as Error).message}).`);
  }
  const result = await decodePhotoBytes(bytes, options);
  if (result.ok) result.photo.decodeMs = performance.now() - started;
  return result;
}
