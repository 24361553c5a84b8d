import { browser } from 'wxt/browser';
import { createWorker, type Worker as TesseractWorker } from 'tesseract.js';
import { TESSERACT_PARAMETERS, wordsFromTesseract } from '../ocr/engine-results';
import type { OcrWord } from '../ocr/layout';

/**
 * tesseract.js in an extension page, every file from the extension itself: its worker script, the core it picks
 * (the SIMD and relaxed SIMD LSTM builds are shipped, see scripts/build/ocr-assets.ts) and the committed
 * traineddata. `workerBlobURL: false` because a blob: worker is refused by the extension CSP; `cacheMethod: 'none'`
 * so nothing goes to IndexedDB. Starts on first use, keeps one warm worker, terminates after sitting idle.
 */

const IDLE_MS = 90_000;

let worker: Promise<TesseractWorker> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();

const url = (path: string) => browser.runtime.getURL(path as never);

export function zxingWasmUrl(): string {
  return url('/zxing/zxing_reader.wasm');
}

async function start(): Promise<TesseractWorker> {
  const created = await createWorker('eng', 1, {
    workerPath: url('/tesseract/worker.min.js'),
    corePath: url('/tesseract/core/'),
    langPath: url('/tesseract'),
    gzip: false,
    workerBlobURL: false,
    cacheMethod: 'none',
  });
  await created.setParameters({ ...TESSERACT_PARAMETERS } as never);
  return created;
}

export function stopOcrEngine(): void {
  clearTimeout(idleTimer);
  const current = worker;
  worker = undefined;
  void current?.then((running) => running.terminate()).catch(() => undefined);
}

/** One image at a time, in order (the tesseract worker handles one job at a time anyway). */
export function recognizeWords(image: Uint8Array): Promise<OcrWord[]> {
  const job = queue.then(async () => {
    clearTimeout(idleTimer);
    worker ??= start();
    let running: TesseractWorker;
    try {
      running = await worker;
    } catch (error) {
      worker = undefined;
      throw error;
    }
    try {
      const result = await running.recognize(new Blob([image as BlobPart], { type: 'image/x-portable-graymap' }), {}, { blocks: true, text: false });
      return wordsFromTesseract(result.data as never);
    } finally {
      idleTimer = setTimeout(stopOcrEngine, IDLE_MS);
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
