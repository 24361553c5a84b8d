/**
 * Decodes a customer's image file in Node into the small RGBA copy the photo metrics run on, the way the panel
 * does in the browser: one resize step straight from the file to ~512 px on the long side (the browser uses
 * `createImageBitmap(blob, { resizeWidth })`; here Skia draws the decoded image scaled onto a small canvas). The
 * full-size pixels never reach JavaScript, and Skia's copy is released as soon as the small one is drawn.
 *
 * Every way a file can be unusable comes back as a reason in plain words, never as a throw. What can be told from
 * the bytes (not an image, TIFF, cut off, damaged, too many or too few pixels) is decided by the same sniffer the
 * panel uses, utils/photos/image-sniff.ts, with the same failure codes (utils/photos/analysis.ts), before anything
 * is decoded.
 */
import fs from 'node:fs/promises';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import type { PhotoFailureCode } from '../../utils/photos/analysis';
import type { RgbaImage } from '../../utils/photos/downscale';
import { fitLongSide } from '../../utils/photos/downscale';
import {
  animationNote,
  checkBeforeDecode,
  rejectAfterFailedDecode,
  rejectSize,
  type ImageFormat,
  type ImageRejection,
  type ImageRejectionCode,
} from '../../utils/photos/image-sniff';
import type { OriginalSize } from '../../utils/photos/metrics';
import { THRESHOLDS } from '../../utils/photos/thresholds';

export type { ImageFormat } from '../../utils/photos/image-sniff';

/** The panel's codes (see photoFailureCodes), plus what only happens to a path on disk. */
export type DecodeFailureCode = Extract<PhotoFailureCode, ImageRejectionCode | 'too-large-file'> | 'missing' | 'not-a-file' | 'unreadable';

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
   * Refuse images with more pixels than this, read from the header before decoding (default: the sniffer's
   * MAX_PIXELS, the panel's limit too). Skia decodes the whole image once, so this bounds the memory one file takes.
   */
  maxPixels?: number;
  /** Refuse files larger than this without reading them. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

function failure(code: DecodeFailureCode, message: string): DecodeResult {
  return { ok: false, failure: { code, message } };
}

const refused = (rejection: ImageRejection): DecodeResult => failure(rejection.code, rejection.message);

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
  const limits = { maxPixels: options.maxPixels };
  const plan = checkBeforeDecode(bytes, limits);
  if (!plan.ok) return refused(plan.rejection);
  const sniffed = plan.image;
  let decoded: Image;
  try {
    decoded = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return refused(rejectAfterFailedDecode(sniffed, error instanceof Error ? error.message : String(error)));
  }
  try {
    // Skia applies the EXIF orientation, as browsers do, so this is the size the agent would see. Checked again
    // because some headers (AVIF, HEIC) do not always give the size.
    const original = { width: decoded.width, height: decoded.height };
    const rejection = rejectSize(original.width, original.height, limits);
    if (rejection) return refused(rejection);
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
    const note = animationNote(sniffed);
    const notes = note ? [note] : [];
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
        'too-large-file',
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
