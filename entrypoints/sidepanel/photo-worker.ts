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

async function check(blob: Blob): Promise<PhotoWorkerResponse> {
  const started = performance.now();
  const failed = ({ code, message }: ImageRejection): PhotoWorkerResponse => ({ check: { kind: 'failed', code, message }, thumbnail: null });
  // All of it: a cut-off upload only shows at the end. The panel caps attachments at tens of MB.
  const plan = checkBeforeDecode(new Uint8Array(await blob.arrayBuffer()));
  if (!plan.ok) return failed(plan.rejection);
  const sniff = plan.image;

  const shown = displaySize(sniff);
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
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, small.width, small.height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, small.width, small.height);
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
