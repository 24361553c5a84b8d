/**
 * What a file is, from its first bytes, before anything decodes it: the format, and the pixel size from the
 * header. Lets the photo check refuse a PDF or a 200-megapixel image with a clear reason instead of handing it to
 * a decoder that would fail vaguely or allocate gigabytes. Pure: takes bytes, used by the panel's worker and the CLI.
 */

export type SniffedFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'bmp' | 'pdf' | 'unknown';

export interface SniffResult {
  format: SniffedFormat;
  /** Pixel size from the header; null when the header is truncated or the format stores it elsewhere. */
  width: number | null;
  height: number | null;
  /** GIF with more than one frame: only the first is analysed. */
  animated: boolean;
  /** JPEG EXIF orientation (1-8); 5-8 mean the photo is shown rotated by 90 degrees. Absent when unknown. */
  orientation?: number;
}

/** Size as shown: EXIF orientations 5-8 swap width and height. */
export function displaySize(sniff: SniffResult): { width: number; height: number } | null {
  if (sniff.width === null || sniff.height === null) return null;
  const swapped = (sniff.orientation ?? 1) >= 5;
  return swapped ? { width: sniff.height, height: sniff.width } : { width: sniff.width, height: sniff.height };
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

function u16be(b: Uint8Array, i: number) {
  return (b[i]! << 8) | b[i + 1]!;
}
function u32be(b: Uint8Array, i: number) {
  return ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
}
function u16le(b: Uint8Array, i: number) {
  return b[i]! | (b[i + 1]! << 8);
}
function u24le(b: Uint8Array, i: number) {
  return b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
}

/** Orientation tag (0x0112) of IFD0 in an APP1 Exif segment starting at `start` (the segment's data). */
function exifOrientation(b: Uint8Array, start: number, end: number): number | undefined {
  if (ascii(b, start, 6) !== 'Exif\0\0') return undefined;
  const tiff = start + 6;
  const little = ascii(b, tiff, 2) === 'II';
  const u16 = (i: number) => (little ? u16le(b, i) : u16be(b, i));
  const u32 = (i: number) => (little ? (u16le(b, i) + u16le(b, i + 2) * 65536) : u32be(b, i));
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return undefined;
  const count = u16(ifd);
  for (let entry = 0; entry < count; entry++) {
    const at = ifd + 2 + entry * 12;
    if (at + 12 > end) return undefined;
    if (u16(at) === 0x0112) {
      const value = u16(at + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

function jpegSize(b: Uint8Array): { width: number; height: number; orientation?: number } | null {
  let i = 2;
  let orientation: number | undefined;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    const length = u16be(b, i + 2);
    if (marker === 0xe1 && orientation === undefined) orientation = exifOrientation(b, i + 4, Math.min(b.length, i + 2 + length));
    // Start-of-frame markers (baseline, progressive, lossless...), not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: u16be(b, i + 7), height: u16be(b, i + 5), orientation };
    }
    i += 2 + length;
  }
  return null;
}

function gifIsAnimated(b: Uint8Array): boolean {
  // Count image descriptors that follow a graphic control extension; two or more frames means animation.
  let frames = 0;
  for (let i = 0; i + 3 < b.length && frames < 2; i++) {
    if (b[i] === 0x21 && b[i + 1] === 0xf9 && b[i + 2] === 0x04) frames++;
  }
  return frames >= 2;
}

export function sniffImage(bytes: Uint8Array): SniffResult {
  const none = { width: null, height: null, animated: false };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    return {
      format: 'jpeg',
      width: size?.width ?? null,
      height: size?.height ?? null,
      animated: false,
      ...(size?.orientation ? { orientation: size.orientation } : {}),
    };
  }
  if (bytes.length >= 8 && ascii(bytes, 1, 3) === 'PNG' && bytes[0] === 0x89) {
    const ok = bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR';
    return { format: 'png', width: ok ? u32be(bytes, 16) : null, height: ok ? u32be(bytes, 20) : null, animated: false };
  }
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) {
    const ok = bytes.length >= 10;
    return { format: 'gif', width: ok ? u16le(bytes, 6) : null, height: ok ? u16le(bytes, 8) : null, animated: gifIsAnimated(bytes) };
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8X' && bytes.length >= 30) {
      return { format: 'webp', width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1, animated: (bytes[20]! & 0x02) !== 0 };
    }
    if (chunk === 'VP8 ' && bytes.length >= 30) {
      return { format: 'webp', width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff, animated: false };
    }
    if (chunk === 'VP8L' && bytes.length >= 25) {
      const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
      return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, animated: false };
    }
    return { format: 'webp', ...none };
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return { format: 'heic', ...none };
    if (brand === 'avif' || brand === 'avis') return { format: 'avif', ...none };
  }
  if (bytes.length >= 26 && ascii(bytes, 0, 2) === 'BM') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Height is negative for top-down bitmaps.
    return { format: 'bmp', width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)), animated: false };
  }
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return { format: 'pdf', ...none };
  return { format: 'unknown', ...none };
}

/** The formats browsers decode everywhere (HEIC/AVIF support varies, so they are tried, not promised). */
export const DECODABLE_FORMATS: ReadonlySet<SniffedFormat> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif', 'heic']);

/** Above this the check refuses to decode: 100 MP covers every phone camera (the largest are 200 MP, rare). */
export const MAX_PIXELS = 120_000_000;

export type ImageRejection = { code: 'not-an-image' | 'pdf' | 'empty' | 'too-many-pixels' | 'too-small'; message: string };

/** A reason to refuse the file before decoding, in words for the agent; null when it may be decoded. */
export function rejectBeforeDecode(sniff: SniffResult, byteLength: number): ImageRejection | null {
  if (byteLength === 0) return { code: 'empty', message: 'The file is empty.' };
  if (sniff.format === 'pdf') return { code: 'pdf', message: 'This is a PDF document, not a photo.' };
  if (sniff.format === 'unknown') return { code: 'not-an-image', message: 'This file is not an image ReturnDesk can read.' };
  if (sniff.width !== null && sniff.height !== null) {
    if (sniff.width * sniff.height > MAX_PIXELS) {
      const mp = Math.round((sniff.width * sniff.height) / 1e6);
      return { code: 'too-many-pixels', message: `This image is ${mp} megapixels, too large to check safely.` };
    }
    if (sniff.width < 16 || sniff.height < 16) {
      return { code: 'too-small', message: `This image is only ${sniff.width}×${sniff.height} pixels: nothing to see.` };
    }
  }
  return null;
}
