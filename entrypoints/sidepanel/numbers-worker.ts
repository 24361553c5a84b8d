/// <reference lib="webworker" />
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import { readNumbers, type NumbersEngines } from '@/utils/ocr/pipeline';
import { BARCODE_READER_OPTIONS, barcodeHitsFromZxing } from '@/utils/ocr/engine-results';
import { OCR_DECODE_LONG_SIDE } from '@/utils/ocr/limits';
import type { GrayImage } from '@/utils/ocr/gray-image';
import { ocrReplySchema, type NumbersOutcome, type NumbersWorkerRequest, type StoredNumberReading } from '@/utils/ocr/worker-protocol';
import type { OcrWord } from '@/utils/ocr/layout';
import { fitLongSide } from '@/utils/photos/downscale';
import { checkBeforeDecode, displaySize, rejectAfterFailedDecode, rejectSize, type SniffedImage } from '@/utils/photos/image-sniff';
import { toGray } from '@/utils/ocr/gray-image';
import { detectText, TEXT_DETECTOR_LONG_SIDE, type TextDetection } from '@/utils/ocr/text-detector';
import { decodeSmall } from './decode-small';

/**
 * Reads the numbers in one attachment off the panel's main thread: decode (capped, so a 50 MP photo never exists
 * at full size), barcodes (zxing-wasm, bundled), image preparation, and the pipeline's decisions. Text
 * recognition is asked of the panel, which owns the tesseract.js worker (loaded from extension URLs).
 */

let zxingReady: Promise<unknown> | undefined;
function ensureZxing(wasmUrl: string): Promise<unknown> {
  zxingReady ??= fetch(wasmUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`barcode reader not found (${response.status})`);
      return response.arrayBuffer();
    })
    .then((wasmBinary) => prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true }));
  return zxingReady;
}

let ocrSeq = 0;
const pendingOcr = new Map<number, { resolve: (words: OcrWord[]) => void; reject: (error: Error) => void }>();

function recognizeInPanel(image: Uint8Array): Promise<OcrWord[]> {
  const seq = ++ocrSeq;
  return new Promise((resolve, reject) => {
    pendingOcr.set(seq, { resolve, reject });
    self.postMessage({ ocrRequest: { seq, image } }, [image.buffer]);
  });
}

const engines: NumbersEngines = {
  async readBarcodes(image) {
    const results = await readBarcodesFromImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), {
      ...BARCODE_READER_OPTIONS,
      formats: [...BARCODE_READER_OPTIONS.formats],
    });
    return barcodeHitsFromZxing(results);
  },
  recognize: recognizeInPanel,
};

async function cropToPng(crop: GrayImage): Promise<Blob | null> {
  try {
    const canvas = new OffscreenCanvas(crop.width, crop.height);
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(crop.width, crop.height);
    for (let i = 0; i < crop.data.length; i++) {
      const value = crop.data[i]!;
      pixels.data[i * 4] = value;
      pixels.data[i * 4 + 1] = value;
      pixels.data[i * 4 + 2] = value;
      pixels.data[i * 4 + 3] = 255;
    }
    context.putImageData(pixels, 0, 0);
    return await canvas.convertToBlob({ type: 'image/png' });
  } catch {
    return null;
  }
}

/**
 * The detector's look: the image decoded small (a JPEG at 1/4 scale in the DCT domain where the browser can), in
 * grey. Null when the browser cannot decode it: the full read below then says why.
 */
async function lookForText(
  bytes: Uint8Array<ArrayBuffer>,
  blob: Blob,
  sniff: SniffedImage,
  shown: { width: number; height: number } | null,
): Promise<TextDetection | null> {
  try {
    const { canvas } = await decodeSmall(bytes, blob, sniff, shown, TEXT_DETECTOR_LONG_SIDE);
    const pixels = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
    return detectText(toGray({ width: pixels.width, height: pixels.height, data: pixels.data }));
  } catch {
    return null;
  }
}

async function read(request: NumbersWorkerRequest): Promise<NumbersOutcome> {
  const started = performance.now();
  const bytes = new Uint8Array(await request.blob.arrayBuffer());
  const plan = checkBeforeDecode(bytes);
  if (!plan.ok) return { kind: 'failed', code: plan.rejection.code, message: plan.rejection.message };
  const shown = displaySize(plan.image);
  // Only what can hold a number goes to OCR: a camera photo of a device costs tesseract seconds for nothing.
  if (!request.readAnyway) {
    const detection = await lookForText(bytes, request.blob, plan.image, shown);
    if (detection && !detection.holdsText) {
      return { kind: 'skipped', reason: 'no-text', ms: performance.now() - started, textMarks: detection.textMarks };
    }
  }
  let bitmap: ImageBitmap;
  try {
    const target = shown ? fitLongSide(shown.width, shown.height, OCR_DECODE_LONG_SIDE) : null;
    bitmap = await createImageBitmap(
      request.blob,
      target ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' } : {},
    );
  } catch (error) {
    const rejection = rejectAfterFailedDecode(plan.image, error instanceof Error ? error.message : String(error), 'the browser');
    return { kind: 'failed', code: rejection.code, message: rejection.message };
  }
  if (!shown) {
    const rejection = rejectSize(bitmap.width, bitmap.height);
    if (rejection) {
      bitmap.close();
      return { kind: 'failed', code: rejection.code, message: rejection.message };
    }
  }
  const size = fitLongSide(bitmap.width, bitmap.height, OCR_DECODE_LONG_SIDE);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, size.width, size.height);
  await ensureZxing(request.zxingWasmUrl);
  const result = await readNumbers({ width: pixels.width, height: pixels.height, data: pixels.data }, engines, { crops: true });
  const readings: StoredNumberReading[] = [];
  for (const { crop, ...reading } of result.readings) readings.push({ ...reading, crop: crop ? await cropToPng(crop) : null });
  return { kind: 'read', readings, ms: performance.now() - started, passes: result.passes };
}

self.addEventListener('message', (event: MessageEvent) => {
  const reply = ocrReplySchema.safeParse(event.data);
  if (reply.success) {
    const answer = reply.data.ocrReply;
    const pending = pendingOcr.get(answer.seq);
    pendingOcr.delete(answer.seq);
    if ('words' in answer) pending?.resolve(answer.words);
    else pending?.reject(new Error(answer.error));
    return;
  }
  const { id, request } = event.data as { id: number; request: NumbersWorkerRequest };
  if (typeof id !== 'number') return;
  read(request).then(
    (outcome) => self.postMessage({ id, response: { outcome } }),
    (error: unknown) =>
      self.postMessage({
        id,
        response: {
          outcome: { kind: 'failed', code: 'read-failed', message: `The numbers could not be read (${String(error).slice(0, 200)}).` },
        },
      }),
  );
});
