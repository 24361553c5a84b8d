/// <reference lib="webworker" />
import { analysePixels, ANALYSIS_LONG_SIDE } from '@/utils/photos/analysis';
import { fitLongSide } from '@/utils/photos/downscale';
import { animationNote, checkBeforeDecode, displaySize, rejectAfterFailedDecode, rejectSize, type ImageRejection } from '@/utils/photos/image-sniff';
import type { PhotoWorkerRequest, PhotoWorkerResponse } from '@/utils/photos/worker-protocol';

/**
 * Decodes and measures one photo off the panel's main thread. The browser decodes straight to a ~512 px bitmap
 * (createImageBitmap with a resize), so a 12 MP or 50 MP photo never exists here at full size.
 */

const THUMBNAIL_LONG_SIDE = 160;

/** WebCodecs' ImageDecoder, where the browser has it (typed here: not every TypeScript DOM lib declares it). */
interface ScalingImageDecoder {
  decode(): Promise<{ image: CanvasImageSource & { displayWidth: number; displayHeight: number; close(): void } }>;
  close(): void;
}
type ImageDecoderConstructor = new (init: {
  data: ReadableStream<Uint8Array> | BufferSource;
  type: string;
  desiredWidth?: number;
  desiredHeight?: number;
}) => ScalingImageDecoder;

/**
 * JPEG fast path: ImageDecoder with a desired size lets the browser decode in the DCT domain at 1/2, 1/4 or 1/8
 * scale, several times faster than a full 12 MP decode followed by a resize (what createImageBitmap does). Used
 * only for JPEGs without an EXIF rotation, since the decoder's frames carry no orientation; anything unexpected
 * falls back to createImageBitmap.
 */
async function decodeJpegScaled(blob: Blob, target: { width: number; height: number }): Promise<OffscreenCanvas | null> {
  const Decoder = (self as unknown as { ImageDecoder?: ImageDecoderConstructor }).ImageDecoder;
  if (!Decoder) return null;
  let decoder: ScalingImageDecoder | undefined;
  try {
    decoder = new Decoder({ data: blob.stream(), type: 'image/jpeg', desiredWidth: target.width, desiredHeight: target.height });
    const { image } = await decoder.decode();
    // The decoder stops at a DCT scale, which can land just under the target (4032 px decodes to 504 at 1/8).
    // Stretching 504 px to 512 interpolates every pixel, a blur of its own: five sharp laptop photos of
    // the demo were called blurred that way (issue #14). So a frame no larger than the target is measured at
    // the size it decoded to (the metrics are per-pixel statistics, 504 and 512 read alike); only a larger
    // frame is shrunk.
    const size = fitLongSide(image.displayWidth, image.displayHeight, Math.max(target.width, target.height));
    const canvas = new OffscreenCanvas(size.width, size.height);
    canvas.getContext('2d', { willReadFrequently: true })!.drawImage(image, 0, 0, size.width, size.height);
    image.close();
    return canvas;
  } catch {
    return null;
  } finally {
    decoder?.close();
  }
}

async function check(blob: Blob): Promise<PhotoWorkerResponse> {
  const started = performance.now();
  const failed = ({ code, message }: ImageRejection): PhotoWorkerResponse => ({ check: { kind: 'failed', code, message }, thumbnail: null });
  // All of it: a cut-off upload only shows at the end. The panel caps attachments at tens of MB.
  const plan = checkBeforeDecode(new Uint8Array(await blob.arrayBuffer()));
  if (!plan.ok) return failed(plan.rejection);
  const sniff = plan.image;

  const shown = displaySize(sniff);
  if (shown && sniff.format === 'jpeg' && (sniff.orientation ?? 1) === 1) {
    const target = fitLongSide(shown.width, shown.height, ANALYSIS_LONG_SIDE);
    const canvas = await decodeJpegScaled(blob, target);
    if (canvas) return measure(canvas, shown, sniff, started);
  }
  let bitmap: ImageBitmap;
  try {
    // Resize applies to the image as shown (after EXIF orientation), so the target uses the shown size.
    const target = shown ? fitLongSide(shown.width, shown.height, ANALYSIS_LONG_SIDE) : null;
    bitmap = await createImageBitmap(
      blob,
      target ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'medium' } : {},
    );
  } catch (error) {
    return failed(rejectAfterFailedDecode(sniff, error instanceof Error ? error.message : String(error), 'the browser'));
  }
  if (!shown) {
    // The shown size was not known (HEIC, AVIF, or no size in the header): the bitmap is full size, so the same
    // limits apply to it now.
    const rejection = rejectSize(bitmap.width, bitmap.height);
    if (rejection) {
      bitmap.close();
      return failed(rejection);
    }
  }
  const original = shown ?? { width: bitmap.width, height: bitmap.height };
  const small = fitLongSide(bitmap.width, bitmap.height, ANALYSIS_LONG_SIDE);
  const canvas = new OffscreenCanvas(small.width, small.height);
  canvas.getContext('2d', { willReadFrequently: true })!.drawImage(bitmap, 0, 0, small.width, small.height);
  bitmap.close();
  return measure(canvas, original, sniff, started);
}

/** Metrics and a thumbnail from the ~512 px canvas. */
async function measure(
  canvas: OffscreenCanvas,
  original: { width: number; height: number },
  sniff: Parameters<typeof animationNote>[0],
  started: number,
): Promise<PhotoWorkerResponse> {
  const small = { width: canvas.width, height: canvas.height };
  const pixels = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, small.width, small.height);
  const note = animationNote(sniff);
  const notes = note ? [note] : [];
  const analysis = analysePixels({ width: pixels.width, height: pixels.height, data: pixels.data }, original, notes);

  const thumbSize = fitLongSide(small.width, small.height, THUMBNAIL_LONG_SIDE);
  const thumbCanvas = new OffscreenCanvas(thumbSize.width, thumbSize.height);
  thumbCanvas.getContext('2d')!.drawImage(canvas, 0, 0, thumbSize.width, thumbSize.height);
  const thumbnail = await thumbCanvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return { check: { ...analysis, ms: performance.now() - started }, thumbnail };
}

self.addEventListener('message', (event: MessageEvent<{ id: number; request: PhotoWorkerRequest }>) => {
  const { id, request } = event.data;
  check(request.blob).then(
    (response) => self.postMessage({ id, response }),
    (error: unknown) =>
      self.postMessage({
        id,
        response: {
          check: { kind: 'failed', code: 'decode-failed', message: `The photo could not be checked (${String(error).slice(0, 200)}).` },
          thumbnail: null,
        },
      }),
  );
});
