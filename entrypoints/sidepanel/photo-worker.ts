/// <reference lib="webworker" />
import { analysePixels, ANALYSIS_LONG_SIDE } from '@/utils/photos/analysis';
import { fitLongSide } from '@/utils/photos/downscale';
import {
  animationNote,
  checkBeforeDecode,
  displaySize,
  rejectAfterFailedDecode,
  rejectSize,
  type ImageRejection,
} from '@/utils/photos/image-sniff';
import type { PhotoWorkerRequest, PhotoWorkerResponse } from '@/utils/photos/worker-protocol';
import { decodeSmall, type SmallDecode } from './decode-small';
import { englishFailureMessage } from '@/utils/photos/failure-text';

/**
 * Decodes and measures one photo off the panel's main thread. JPEGs are decoded straight to about 512 px in the DCT
 * domain where the browser can (decode-small.ts), other images with createImageBitmap's resize, so a 12 MP or
 * 50 MP photo never exists here at full size. Each stage's time goes back with the result (the benchmark prints
 * where the time goes).
 */

const THUMBNAIL_LONG_SIDE = 160;

async function check(blob: Blob): Promise<PhotoWorkerResponse> {
  const started = performance.now();
  const failed = ({ code, message }: ImageRejection): PhotoWorkerResponse => ({
    check: { kind: 'failed', code, message },
    thumbnail: null,
  });
  // All of it: a cut-off upload only shows at the end. The panel caps attachments at tens of MB.
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const read = performance.now();
  const plan = checkBeforeDecode(bytes);
  if (!plan.ok) return failed(plan.rejection);
  const sniff = plan.image;
  const shown = displaySize(sniff);
  const sniffed = performance.now();

  let decoded: SmallDecode;
  try {
    decoded = await decodeSmall(bytes, blob, sniff, shown, ANALYSIS_LONG_SIDE);
  } catch (error) {
    return failed(rejectAfterFailedDecode(sniff, error instanceof Error ? error.message : String(error), 'the browser'));
  }
  if (decoded.fullSize) {
    // The shown size was not known (HEIC, AVIF, or no size in the header): the same limits apply to the decoded one.
    const rejection = rejectSize(decoded.fullSize.width, decoded.fullSize.height);
    if (rejection) return failed(rejection);
  }
  const decodedAt = performance.now();
  const original = shown ?? decoded.fullSize ?? { width: decoded.canvas.width, height: decoded.canvas.height };

  const { canvas } = decoded;
  const pixels = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
  const readBack = performance.now();
  const note = animationNote(sniff);
  const analysis = analysePixels({ width: pixels.width, height: pixels.height, data: pixels.data }, original, note ? [note] : []);
  const measured = performance.now();

  const thumbSize = fitLongSide(canvas.width, canvas.height, THUMBNAIL_LONG_SIDE);
  const thumbCanvas = new OffscreenCanvas(thumbSize.width, thumbSize.height);
  thumbCanvas.getContext('2d')!.drawImage(canvas, 0, 0, thumbSize.width, thumbSize.height);
  const thumbnail = await thumbCanvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  const done = performance.now();
  const stages = {
    read: read - started,
    sniff: sniffed - read,
    decode: decodedAt - sniffed,
    pixels: readBack - decodedAt,
    metrics: measured - readBack,
    thumbnail: done - measured,
  };
  return { check: { ...analysis, ms: done - started, decoder: decoded.path, stages }, thumbnail };
}

self.addEventListener('message', (event: MessageEvent<{ id: number; request: PhotoWorkerRequest }>) => {
  const { id, request } = event.data;
  check(request.blob).then(
    (response) => self.postMessage({ id, response }),
    (error: unknown) =>
      self.postMessage({
        id,
        response: {
          check: {
            kind: 'failed',
            code: 'decode-failed',
            message: englishFailureMessage('photoFailure.decodeFailed', { error: String(error).slice(0, 200) }),
          },
          thumbnail: null,
        },
      }),
  );
});
