import { browser } from 'wxt/browser';
import { createWorker, type Worker as TesseractWorker } from 'tesseract.js';
import { TESSERACT_PARAMETERS, wordsFromTesseract } from '../ocr/engine-results';
import type { OcrWord } from '../ocr/layout';
import { OCR_CALL_TIMEOUT_MS } from '../ocr/limits';
import { createOcrRunner, type OcrEngineInstance } from '../ocr/ocr-runner';

/**
 * tesseract.js in an extension page, every file from the extension itself: its worker script, the core it picks
 * (the SIMD and relaxed SIMD LSTM builds are shipped, see scripts/build/ocr-assets.ts) and the committed
 * traineddata. `workerBlobURL: false` because a blob: worker is refused by the extension CSP; `cacheMethod: 'none'`
 * so nothing goes to IndexedDB. Starts on first use, keeps one warm worker, terminates after sitting idle, and is
 * terminated by a stop or a call over its time limit (utils/ocr/ocr-runner.ts): a running recognition cannot be
 * interrupted otherwise.
 */

const IDLE_MS = 90_000;

const url = (path: string) => browser.runtime.getURL(path as never);

export function zxingWasmUrl(): string {
  return url('/zxing/zxing_reader.wasm');
}

async function start(): Promise<OcrEngineInstance<OcrWord[]>> {
  const created: TesseractWorker = await createWorker('eng', 1, {
    workerPath: url('/tesseract/worker.min.js'),
    corePath: url('/tesseract/core/'),
    langPath: url('/tesseract'),
    gzip: false,
    workerBlobURL: false,
    cacheMethod: 'none',
  });
  await created.setParameters({ ...TESSERACT_PARAMETERS } as never);
  return {
    async recognize(image) {
      const result = await created.recognize(
        new Blob([image as BlobPart], { type: 'image/x-portable-graymap' }),
        {},
        { blocks: true, text: false },
      );
      return wordsFromTesseract(result.data);
    },
    terminate: () => created.terminate(),
  };
}

const runner = createOcrRunner<OcrWord[]>({ start, callTimeoutMs: OCR_CALL_TIMEOUT_MS, idleMs: IDLE_MS });

/** Ends the recognition under way and the queued ones, and terminates the tesseract worker (started again on demand). */
export function stopOcrEngine(): void {
  runner.stop();
}

/** One image at a time, in order (the tesseract worker handles one job at a time anyway), each with its time limit. */
export function recognizeWords(image: Uint8Array): Promise<OcrWord[]> {
  return runner.recognize(image);
}
