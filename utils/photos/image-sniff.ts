/**
 * What a file is, from its bytes, before anything decodes it: the format, the pixel size and EXIF orientation from
 * the header, the number of frames, and whether the bytes are whole. Lets both photo decoders (the panel's Web
 * Worker and the Node CLI) refuse a PDF, a video, a cut-off upload or a 200-megapixel image with a clear reason
 * instead of handing it to a decoder that would fail vaguely or allocate gigabytes.
 *
 * Pure and never throws: give it all the file's bytes (truncation can only be seen at the end).
 */
import type { PhotoFailureCode } from './analysis';
import { englishFailureMessage } from './failure-text';

/**
 * Formats a decoder is asked to open. HEIC is one: Safari-style browsers can show it, so only a failed decode
 * refuses it (see rejectAfterFailedDecode).
 */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic';

export interface ImageDefect {
  code: 'truncated' | 'damaged';
  /** Lower-case clause for the agent, e.g. "the PNG data stops before the end of the image (the upload was cut off)". */
  detail: string;
}

export interface SniffedImage {
  kind: 'image';
  format: ImageFormat;
  /** Stored size (before EXIF orientation); null when the header does not say. */
  width: number | null;
  height: number | null;
  /** JPEG EXIF orientation 1-8 (5-8: shown turned by 90 degrees); null when the file does not say. */
  orientation: number | null;
  /** Frames of an animation; 1 for a still image. */
  frames: number;
  /** Why the bytes cannot be a whole image, when they cannot. */
  defect: ImageDefect | null;
}

export interface RefusedFile {
  kind: 'refused';
  code: 'empty' | 'not-an-image' | 'unsupported-format';
  /** For the agent: what the file is and, where there is one, what to ask the customer. */
  message: string;
}

export type Sniffed = SniffedImage | RefusedFile;

/** Every code this module can refuse a file with; all of them are stored photo failure codes. */
export const IMAGE_REJECTION_CODES = [
  'empty',
  'not-an-image',
  'unsupported-format',
  'too-many-pixels',
  'too-small-to-analyse',
  'truncated',
  'damaged',
] as const satisfies readonly PhotoFailureCode[];
export type ImageRejectionCode = (typeof IMAGE_REJECTION_CODES)[number];

export interface ImageRejection {
  code: ImageRejectionCode;
  /** For the agent: what is wrong with the file and what to ask the customer. */
  message: string;
}

/**
 * Above this the photo is not decoded: decoders hold the whole image once (4 bytes per pixel: 100 MP is 400 MB for
 * a moment). 100 MP is above every usual phone photo (12 to 50 MP); 200 MP modes exist but are rare.
 */
export const MAX_PIXELS = 100_000_000;

/** Below this on either side there is nothing to see, and the metrics (3x3 neighbourhoods, 9x8 hashes) mean nothing. */
export const MIN_ANALYSABLE_SIDE = 16;

export const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  bmp: 'BMP',
  avif: 'AVIF',
  heic: 'HEIC',
};

// ---- Byte helpers ------------------------------------------------------------------------------------------

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

// Reads past the end give 0 (undefined coerces to 0 in bit operations), so a short file never throws.
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

/** The last place `needle` occurs, found by the engine's own byte search from the end (no loop over every byte). */
function lastIndexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  if (bytes.length < needle.length) return -1;
  for (let i = bytes.lastIndexOf(needle[0]!, bytes.length - needle.length); i >= 0; i = i > 0 ? bytes.lastIndexOf(needle[0]!, i - 1) : -1) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

// The size received means nothing to an agent; that the upload was cut off does.
const truncated = (format: ImageFormat): ImageDefect => ({
  code: 'truncated',
  detail: `the ${FORMAT_NAMES[format]} data stops before the end of the image (the upload was cut off)`,
});

const image = (format: ImageFormat, fields: Partial<Omit<SniffedImage, 'kind' | 'format'>>): SniffedImage => ({
  kind: 'image',
  format,
  width: null,
  height: null,
  orientation: null,
  frames: 1,
  defect: null,
  ...fields,
});

// ---- Formats -----------------------------------------------------------------------------------------------

/** Orientation tag (0x0112) of IFD0 in the data of an APP1 Exif segment, [start, end). */
function exifOrientation(b: Uint8Array, start: number, end: number): number | null {
  if (ascii(b, start, 6) !== 'Exif\0\0') return null;
  const tiff = start + 6;
  const little = ascii(b, tiff, 2) === 'II';
  const u16 = (i: number) => (little ? u16le(b, i) : u16be(b, i));
  const u32 = (i: number) => (little ? u32le(b, i) : u32be(b, i));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return null;
  const count = u16(ifd);
  for (let entry = 0; entry < count; entry++) {
    const at = ifd + 2 + entry * 12;
    if (at + 12 > end) return null;
    if (u16(at) === 0x0112) {
      const value = u16(at + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/**
 * Fewer bytes than any encoder could use for the size the header declares: a forged or broken header. Decoders
 * would allocate the whole declared size (hundreds of MB for a file of a few hundred bytes) and show grey.
 */
const tooLittleData = (width: number, height: number, size: number): ImageDefect => ({
  code: 'damaged',
  detail: `it declares ${width}x${height} pixels but holds far too little data for that (${size} bytes)`,
});

function sniffJpeg(bytes: Uint8Array): SniffedImage {
  let width: number | null = null;
  let height: number | null = null;
  let orientation: number | null = null;
  let huffman = true;
  const jpeg = (defect: ImageDefect | null) => image('jpeg', { width, height, orientation, defect });
  let i = 2;
  let scanStart = -1;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return jpeg({ code: 'damaged', detail: `no JPEG marker where one should be (byte ${i})` });
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
    if (length < 2) return jpeg({ code: 'damaged', detail: `a JPEG segment of impossible length at byte ${i}` });
    // The first Exif block is the one browsers and Skia honour.
    if (marker === 0xe1 && orientation === null) orientation = exifOrientation(bytes, i + 4, Math.min(bytes.length, i + 2 + length));
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && i + 9 <= bytes.length) {
      height = u16be(bytes, i + 5);
      width = u16be(bytes, i + 7);
      huffman = marker < 0xc9; // C9-CF (but CC) are arithmetic-coded
    }
    if (marker === 0xda) {
      scanStart = i;
      break;
    }
    i += 2 + length;
  }
  // The header walk only stops early at the scan; otherwise the bytes ran out inside the header.
  if (scanStart < 0) return jpeg(truncated('jpeg'));
  if (width === null || height === null || width === 0 || height === 0) {
    return jpeg({ code: 'damaged', detail: 'the JPEG header gives no image size' });
  }
  // Entropy-coded data escapes every 0xFF, so the first FFD9 after the scan starts is the end of the image.
  // Anything after it (Samsung motion photos append a video) is ignored, as decoders do. Whether there is one is
  // asked from the file's end, where it normally sits: a forward search reads the whole 5 MB of a phone photo.
  const complete = lastIndexOfBytes(bytes, [0xff, 0xd9]) >= scanStart;
  if (!complete) return jpeg(truncated('jpeg'));
  // Huffman coding spends at least one bit on every 8x8 block (its DC coefficient), so a whole image needs at
  // least blocks / 8 bytes. Arithmetic coding has no such floor.
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  if (huffman && bytes.length * 8 < blocks) return jpeg(tooLittleData(width, height, bytes.length));
  return jpeg(null);
}

function sniffPng(bytes: Uint8Array): SniffedImage {
  if (bytes.length < 24) return image('png', { defect: truncated('png') });
  if (ascii(bytes, 12, 4) !== 'IHDR') return image('png', { defect: { code: 'damaged', detail: 'the PNG header (IHDR) is missing' } });
  const width = u32be(bytes, 16);
  const height = u32be(bytes, 20);
  let frames = 1;
  let imageData = 0;
  const png = (defect: ImageDefect | null) => image('png', { width, height, frames, defect });
  let i = 8;
  while (i + 8 <= bytes.length) {
    const length = u32be(bytes, i);
    const type = ascii(bytes, i + 4, 4);
    if (type === 'acTL' && i + 12 <= bytes.length) frames = Math.max(1, u32be(bytes, i + 8));
    if (type === 'IDAT') imageData += length;
    if (type === 'IEND') {
      // Deflate packs at most 1032 bytes into one, and the smallest rows are 1 bit per pixel plus a filter byte.
      const smallestRows = height * (1 + Math.ceil(width / 8));
      return png(imageData * 1032 < smallestRows ? tooLittleData(width, height, bytes.length) : null);
    }
    if (!/^[A-Za-z]{4}$/.test(type)) return png({ code: 'damaged', detail: `unreadable PNG chunk at byte ${i}` });
    i += 12 + length;
  }
  return png(truncated('png'));
}

/**
 * The size a GIF decoder may allocate: the logical screen, grown to hold every frame. A frame may lie partly or
 * wholly outside the screen (a 16x16 screen with a 65535x65535 frame), and decoders size their buffers from the
 * frames too, so each frame's extent counts towards the pixel limit.
 */
function sniffGif(bytes: Uint8Array): SniffedImage {
  let width = bytes.length >= 10 ? u16le(bytes, 6) : null;
  let height = bytes.length >= 10 ? u16le(bytes, 8) : null;
  let frames = 0;
  const gif = (defect: ImageDefect | null) => image('gif', { width, height, frames: Math.max(1, frames), defect });
  if (bytes.length < 13) return gif(truncated('gif'));
  const skipSubBlocks = (from: number): number => {
    let at = from;
    while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
    return at + 1;
  };
  const packed = bytes[10]!;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  while (i < bytes.length) {
    const block = bytes[i]!;
    if (block === 0x3b) return gif(frames === 0 ? { code: 'damaged', detail: 'the GIF holds no image' } : null);
    if (block === 0x2c) {
      frames++;
      if (i + 10 > bytes.length) break;
      width = Math.max(width ?? 0, u16le(bytes, i + 1) + u16le(bytes, i + 5));
      height = Math.max(height ?? 0, u16le(bytes, i + 3) + u16le(bytes, i + 7));
      const local = bytes[i + 9]!;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      i = skipSubBlocks(i + 1); // after the LZW minimum code size
    } else if (block === 0x21) {
      i = skipSubBlocks(i + 2);
    } else {
      return gif({ code: 'damaged', detail: `unknown GIF block at byte ${i}` });
    }
  }
  // A GIF cut off after its first complete frame still shows that frame, but the customer sent more than that.
  return gif(truncated('gif'));
}

function sniffWebp(bytes: Uint8Array): SniffedImage {
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
  const defect: ImageDefect | null =
    bytes.length < declared ? truncated('webp') : width === null ? { code: 'damaged', detail: 'the WebP file holds no image' } : null;
  return image('webp', { width, height, frames: Math.max(1, frames), defect });
}

function sniffBmp(bytes: Uint8Array): SniffedImage {
  if (bytes.length < 26) return image('bmp', { defect: truncated('bmp') });
  const width = Math.abs(i32le(bytes, 18));
  const height = Math.abs(i32le(bytes, 22)); // negative: stored top-down
  const declared = u32le(bytes, 2);
  return image('bmp', { width, height, defect: bytes.length < declared ? truncated('bmp') : null });
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const VIDEO_BRANDS = new Set([
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'qt  ',
  'M4V ',
  'M4VP',
  'MSNV',
  '3gp4',
  '3gp5',
  '3gp6',
  '3g2a',
  'avc1',
  'dash',
  'mmp4',
  'f4v ',
]);
const ISPE = [0x69, 0x73, 0x70, 0x65];

/**
 * HEIF/AVIF keep the coded pixel size in `ispe` properties; a grid image has one per tile plus the whole: take the
 * largest. It bounds the pixels to decode, but is not always the size shown (see displaySize).
 */
function heifSize(bytes: Uint8Array): { width: number | null; height: number | null } {
  let width: number | null = null;
  let height: number | null = null;
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  for (let at = indexOfBytes(head, ISPE); at >= 0 && at + 16 <= head.length; at = indexOfBytes(head, ISPE, at + 4)) {
    // An ispe box is always 20 bytes long; the four letters alone also turn up inside compressed data.
    if (at < 4 || u32be(head, at - 4) !== 20) continue;
    const w = u32be(head, at + 8);
    const h = u32be(head, at + 12);
    if (width === null || w * h > width * (height ?? 0)) [width, height] = [w, h];
  }
  return { width, height };
}

/** ISO base media files (HEIC, AVIF, MP4, MOV) all start with an `ftyp` box naming their brands. */
function sniffIsoMedia(bytes: Uint8Array): Sniffed {
  const boxSize = Math.min(u32be(bytes, 0), bytes.length, 256);
  const major = ascii(bytes, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (AVIF_BRANDS.has(major) || (HEIF_BRANDS.has(major) && brands.some((brand) => AVIF_BRANDS.has(brand)))) {
    return image('avif', heifSize(bytes));
  }
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return image('heic', heifSize(bytes));
  if (brands.some((brand) => VIDEO_BRANDS.has(brand))) {
    return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.video') };
  }
  return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.mediaFile', { type: major.trim() }) };
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

/** What the bytes say the file is, its stored size in pixels and whether it is whole. Never throws. */
export function sniffImage(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) {
    return {
      kind: 'refused',
      code: 'empty',
      message: englishFailureMessage('photoFailure.empty'),
    };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return sniffJpeg(bytes);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return sniffPng(bytes);
  const head = ascii(bytes, 0, 16);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return sniffGif(bytes);
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return sniffWebp(bytes);
  // "BM" also starts text; a real bitmap's pixel data offset points inside the file.
  if (head.startsWith('BM') && bytes.length >= 14 && u32le(bytes, 10) < bytes.length + 1024) return sniffBmp(bytes);
  if (head.slice(4, 8) === 'ftyp') return sniffIsoMedia(bytes);
  if (head.startsWith('%PDF')) {
    return {
      kind: 'refused',
      code: 'not-an-image',
      message: englishFailureMessage('photoFailure.pdf'),
    };
  }
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) {
    return {
      kind: 'refused',
      code: 'unsupported-format',
      message: englishFailureMessage('photoFailure.tiff'),
    };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.zip') };
  }
  if (head.startsWith('RIFF')) return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.riff') };
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.webm') };
  }
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) {
    return { kind: 'refused', code: 'unsupported-format', message: englishFailureMessage('photoFailure.icon') };
  }
  if (looksLikeText(bytes)) {
    const text = ascii(bytes, 0, 512).toLowerCase();
    if (text.includes('<svg')) {
      return { kind: 'refused', code: 'unsupported-format', message: englishFailureMessage('photoFailure.svg') };
    }
    return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.text') };
  }
  return { kind: 'refused', code: 'not-an-image', message: englishFailureMessage('photoFailure.unknownType') };
}

// ---- Before and after decoding -----------------------------------------------------------------------------

/**
 * Size as shown: EXIF orientations 5-8 swap width and height. Null when the header does not say: no size, or
 * HEIC/AVIF, whose coded size can be cropped (`clap`) or turned (`irot`) before it is shown.
 */
export function displaySize(
  sniff: Pick<SniffedImage, 'format' | 'width' | 'height' | 'orientation'>,
): { width: number; height: number } | null {
  if (sniff.width === null || sniff.height === null || sniff.format === 'heic' || sniff.format === 'avif') return null;
  const swapped = (sniff.orientation ?? 1) >= 5;
  return swapped ? { width: sniff.height, height: sniff.width } : { width: sniff.width, height: sniff.height };
}

function megapixels(pixels: number): string {
  const mp = pixels / 1e6;
  return `${mp >= 10 ? Math.round(mp) : mp.toFixed(1)} MP`;
}

export interface SizeLimits {
  /** Refuse images with more pixels than this (default MAX_PIXELS). */
  maxPixels?: number;
}

/** Too many pixels to decode safely, or too few to see anything: the same rule from a header or a decoded image. */
export function rejectSize(width: number, height: number, limits: SizeLimits = {}): ImageRejection | null {
  const maxPixels = limits.maxPixels ?? MAX_PIXELS;
  if (width * height > maxPixels) {
    return {
      code: 'too-many-pixels',
      message: englishFailureMessage('photoFailure.tooManyPixels', {
        width,
        height,
        pixels: megapixels(width * height),
        limit: megapixels(maxPixels),
      }),
    };
  }
  if (width < MIN_ANALYSABLE_SIDE || height < MIN_ANALYSABLE_SIDE) {
    return {
      code: 'too-small-to-analyse',
      message: englishFailureMessage('photoFailure.tooSmall', { width, height }),
    };
  }
  return null;
}

/**
 * The reason to refuse a file before decoding it, in words for the agent; null when it may be decoded. Checks, in
 * order: empty or not a supported image, too many pixels (known from the header, so nothing huge is allocated),
 * cut off or damaged, too small to see anything.
 */
export function rejectBeforeDecode(sniff: Sniffed, limits: SizeLimits = {}): ImageRejection | null {
  if (sniff.kind === 'refused') return { code: sniff.code, message: sniff.message };
  // Without a size, nothing bounds what the decoder would allocate: an AVIF or HEIC could be any size.
  if ((sniff.format === 'heic' || sniff.format === 'avif') && (sniff.width === null || sniff.height === null)) {
    return { code: 'unsupported-format', message: HEIF_SIZE_UNKNOWN_MESSAGE[sniff.format] };
  }
  // Pixel counts and the short side do not depend on rotation; the message names the size as shown where known.
  const size = displaySize(sniff) ?? (sniff.width !== null && sniff.height !== null ? { width: sniff.width, height: sniff.height } : null);
  const maxPixels = limits.maxPixels ?? MAX_PIXELS;
  if (size && size.width * size.height > maxPixels) return rejectSize(size.width, size.height, limits);
  if (sniff.defect?.code === 'truncated') {
    return {
      code: 'truncated',
      message: englishFailureMessage('photoFailure.truncated', { detail: sniff.defect.detail }),
    };
  }
  if (sniff.defect) {
    return {
      code: 'damaged',
      message: englishFailureMessage('photoFailure.damaged', { format: FORMAT_NAMES[sniff.format], detail: sniff.defect.detail }),
    };
  }
  return size ? rejectSize(size.width, size.height, limits) : null;
}

export type DecodePlan = { ok: true; image: SniffedImage } | { ok: false; rejection: ImageRejection };

/** sniffImage then rejectBeforeDecode: what a decoder runs first on a file's bytes. */
export function checkBeforeDecode(bytes: Uint8Array, limits: SizeLimits = {}): DecodePlan {
  const sniff = sniffImage(bytes);
  const rejection = rejectBeforeDecode(sniff, limits);
  if (rejection) return { ok: false, rejection };
  // rejectBeforeDecode refuses every RefusedFile, so this is an image.
  return { ok: true, image: sniff as SniffedImage };
}

/** HEIF and AVIF keep their size in an `ispe` box, looked for in the first MiB (heifSize). */
export const HEIF_SIZE_UNKNOWN_MESSAGE = {
  heic: englishFailureMessage('photoFailure.heicSizeUnknown'),
  avif: englishFailureMessage('photoFailure.avifSizeUnknown'),
} as const;

export const HEIC_UNDECODABLE_MESSAGE = englishFailureMessage('photoFailure.heicUndecodable');

/** Why a file that passed rejectBeforeDecode still did not decode; `detail` is the decoder's own words. */
export function rejectAfterFailedDecode(sniff: SniffedImage, detail: string, decoder = 'the decoder'): ImageRejection {
  if (sniff.format === 'heic') return { code: 'unsupported-format', message: HEIC_UNDECODABLE_MESSAGE };
  return {
    code: 'damaged',
    message: englishFailureMessage('photoFailure.decoderCouldNotRead', {
      format: FORMAT_NAMES[sniff.format],
      decoder,
      detail: detail.replace(/[.\s]+$/, '').slice(0, 160),
    }),
  };
}

/** Said to the agent with the result of an animation: only its first frame is checked. */
export function animationNote(sniff: SniffedImage): string | null {
  return sniff.frames > 1 ? `animated ${FORMAT_NAMES[sniff.format]} (${sniff.frames} frames): only the first frame was checked` : null;
}
