/// <reference lib="webworker" />
import { fitLongSide } from '@/utils/photos/downscale';
import { exifOrientation, scaledDecodeRequest } from '@/utils/photos/exif-orientation';
import type { SniffedImage } from '@/utils/photos/image-sniff';

/**
 * Decoding a photo small, in a worker, the fastest way the browser offers. Shared by the photo worker (512 px for the
 * metrics) and the numbers worker (its text detector's copy).
 *
 * Measured in Chromium on this project's 2-core machine, same 12 MP JPEG, in a worker: WebCodecs' ImageDecoder
 * with a desired size decodes in the DCT domain at 1/8 scale (about 50 ms), while createImageBitmap, resized or not,
 * decodes all 12 MP first (150-180 ms). Firefox ESR's ImageDecoder exists in workers but decodes at full size and
 * then resizes (no faster than createImageBitmap there), and leaves EXIF orientation unsaid.
 */

/**
 * `image-decoder`: WebCodecs' ImageDecoder with a desired size (Chromium: DCT-domain scaling; Firefox: a full decode,
 * then a resize); `bitmap`: createImageBitmap with a resize.
 */
export type DecodePath = 'image-decoder' | 'bitmap';

export interface SmallDecode {
  canvas: OffscreenCanvas;
  path: DecodePath;
  /** The decoded size when the header did not give one (HEIC, AVIF): the bitmap was decoded at full size. */
  fullSize?: { width: number; height: number };
}

/** WebCodecs' ImageDecoder, where the browser has it (typed here: not every TypeScript DOM lib declares it). */
interface DecodedFrame {
  displayWidth: number;
  displayHeight: number;
  /** Chromium: the EXIF turn, already applied to displayWidth/Height and to drawImage. Absent where unsupported. */
  rotation?: number;
  close(): void;
}
interface ScalingImageDecoder {
  decode(): Promise<{ image: CanvasImageSource & DecodedFrame }>;
  close(): void;
}
type ImageDecoderConstructor = new (init: {
  data: BufferSource;
  type: string;
  desiredWidth?: number;
  desiredHeight?: number;
}) => ScalingImageDecoder;

/**
 * JPEG at the DCT scale nearest above `longSide` (1/2, 1/4 or 1/8), EXIF orientation applied to the small result.
 * Null when the browser has no ImageDecoder or it failed: the caller falls back to createImageBitmap.
 */
export async function decodeJpegScaled(
  bytes: Uint8Array<ArrayBuffer>,
  sniff: SniffedImage,
  longSide: number,
): Promise<OffscreenCanvas | null> {
  const Decoder = (self as unknown as { ImageDecoder?: ImageDecoderConstructor }).ImageDecoder;
  if (!Decoder || sniff.format !== 'jpeg' || !sniff.width || !sniff.height) return null;
  const orientation = exifOrientation(sniff.orientation);
  // The desired size is the stored (coded) one: the decoder scales before it turns.
  const { desired: stored } = scaledDecodeRequest(sniff.width, sniff.height, orientation, longSide);
  let decoder: ScalingImageDecoder | undefined;
  try {
    // The bytes already read, not blob.stream(): a second read of a 5 MB file costs a copy.
    decoder = new Decoder({ data: bytes, type: 'image/jpeg', desiredWidth: stored.width, desiredHeight: stored.height });
    const { image } = await decoder.decode();
    try {
      const browserTurns = typeof image.rotation === 'number';
      // A browser that does not say how it turns the frame is trusted only with upright photos.
      if (orientation !== 1 && !browserTurns) return null;
      // The decoder stops at a DCT scale, which can land just under the target (4032 px decodes to 504 at 1/8).
      // Stretching 504 px to 512 interpolates every pixel, a blur of its own: five sharp laptop photos of the demo
      // were called blurred that way (issue #14). So a frame no larger than the target is measured at the size it
      // decoded to (the metrics are per-pixel statistics, 504 and 512 read alike); only a larger frame is shrunk.
      const size = fitLongSide(image.displayWidth, image.displayHeight, longSide);
      const canvas = new OffscreenCanvas(size.width, size.height);
      canvas.getContext('2d', { willReadFrequently: true })!.drawImage(image, 0, 0, size.width, size.height);
      return canvas;
    } finally {
      image.close();
    }
  } catch {
    return null;
  } finally {
    decoder?.close();
  }
}

/**
 * Any image the browser opens, to a canvas whose long side is at most `longSide`: the scaled JPEG decode where it
 * exists, else createImageBitmap with a resize (which applies EXIF orientation itself). Throws what the browser's
 * decoder threw; `shown` is the size as shown from the header, null when unknown (the bitmap is then full size).
 */
export async function decodeSmall(
  bytes: Uint8Array<ArrayBuffer>,
  blob: Blob,
  sniff: SniffedImage,
  shown: { width: number; height: number } | null,
  longSide: number,
): Promise<SmallDecode> {
  if (shown) {
    const scaled = await decodeJpegScaled(bytes, sniff, longSide);
    if (scaled) return { canvas: scaled, path: 'image-decoder' };
  }
  const target = shown ? fitLongSide(shown.width, shown.height, longSide) : null;
  const bitmap = await createImageBitmap(
    blob,
    target ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'medium' } : {},
  );
  try {
    const small = fitLongSide(bitmap.width, bitmap.height, longSide);
    const canvas = new OffscreenCanvas(small.width, small.height);
    canvas.getContext('2d', { willReadFrequently: true })!.drawImage(bitmap, 0, 0, small.width, small.height);
    return { canvas, path: 'bitmap', ...(shown ? {} : { fullSize: { width: bitmap.width, height: bitmap.height } }) };
  } finally {
    bitmap.close();
  }
}
