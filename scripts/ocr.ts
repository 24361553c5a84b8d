/**
 * `npm run ocr -- [--json] [--always-ocr] FILE...`: reads IMEIs and waybill numbers from images on this machine,
 * with the same pipeline as the panel (utils/ocr/pipeline.ts): zxing-wasm for barcodes, tesseract.js with the
 * committed traineddata (public/tesseract) for text. No network.
 *
 * --json prints one line per file:
 *   {"file": ..., "identifiers": [{"kind", "value", "valid", "source", "label"?, "confidence"}], "ms": ...}
 * and for a file that cannot be read: {"file": ..., "error": {"code", "message"}, "identifiers": [], "ms": ...}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorker, type Worker as TesseractWorker } from 'tesseract.js';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import { readNumbers, type NumbersEngines, type NumbersResult } from '../utils/ocr/pipeline';
import { BARCODE_READER_OPTIONS, barcodeHitsFromZxing, TESSERACT_PARAMETERS, wordsFromTesseract } from '../utils/ocr/engine-results';
import { OCR_DECODE_LONG_SIDE } from '../utils/ocr/limits';
import { decodePhotoFile } from './lib/node-image';
import { identifierRegistry } from '../utils/identifiers/registry';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface NodeEngines extends NumbersEngines {
  terminate(): Promise<void>;
  /** Milliseconds to load the barcode reader and start the tesseract worker. */
  startMs: number;
}

export async function createNodeEngines(): Promise<NodeEngines> {
  const started = performance.now();
  const wasmBinary = fs.readFileSync(path.join(repoRoot, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'));
  await prepareZXingModule({
    overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) },
    fireImmediately: true,
  });
  const worker: TesseractWorker = await createWorker('eng', 1, {
    langPath: path.join(repoRoot, 'public/tesseract'),
    gzip: false,
    cacheMethod: 'none',
  });
  await worker.setParameters({ ...TESSERACT_PARAMETERS } as never);
  const startMs = performance.now() - started;
  return {
    startMs,
    async readBarcodes(image) {
      const results = await readBarcodesFromImageData(
        { data: image.data, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData,
        { ...BARCODE_READER_OPTIONS, formats: [...BARCODE_READER_OPTIONS.formats] },
      );
      return barcodeHitsFromZxing(results);
    },
    async recognize(encoded) {
      const result = await worker.recognize(Buffer.from(encoded), {}, { blocks: true, text: false });
      return wordsFromTesseract(result.data);
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

export interface FileResult {
  file: string;
  identifiers: { kind: string; value: string; valid: boolean; source: 'barcode' | 'ocr'; label?: string; confidence: number }[];
  ms: number;
  error?: { code: string; message: string };
  /** Not in the JSON line: for the bench and --verbose. */
  detail?: NumbersResult;
}

export async function readFile(engines: NumbersEngines, file: string, options: { alwaysOcr?: boolean } = {}): Promise<FileResult> {
  const started = performance.now();
  const decoded = await decodePhotoFile(file, { longSide: OCR_DECODE_LONG_SIDE });
  if (!decoded.ok) return { file, identifiers: [], ms: Math.round(performance.now() - started), error: decoded.failure };
  const result = await readNumbers(decoded.photo.image, engines, options);
  return {
    file,
    identifiers: result.readings.map((reading) => ({
      kind: reading.kind,
      value: reading.value,
      valid: reading.valid,
      source: reading.source,
      ...(reading.label ? { label: reading.label } : {}),
      confidence: reading.confidence,
    })),
    ms: Math.round(performance.now() - started),
    detail: result,
  };
}

/** The kinds the panel lists (each rule's `finding.reported`). */
const REPORTED_KINDS = identifierRegistry.reportedKinds;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const alwaysOcr = argv.includes('--always-ocr');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: npm run ocr -- [--json] [--always-ocr] [--verbose] FILE...\n');
    return 2;
  }
  const engines = await createNodeEngines();
  let failures = 0;
  try {
    for (const file of files) {
      const result = await readFile(engines, file, { alwaysOcr });
      const identifiers = result.identifiers.filter((item) => REPORTED_KINDS.has(item.kind));
      if (result.error) failures++;
      if (json) {
        const { detail: _detail, ...line } = { ...result, identifiers };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        continue;
      }
      process.stdout.write(`${file} (${result.ms} ms)\n`);
      if (result.error) process.stdout.write(`  cannot read: ${result.error.message}\n`);
      else if (identifiers.length === 0) process.stdout.write('  no IMEI or waybill found\n');
      for (const reading of result.detail?.readings.filter((item) => REPORTED_KINDS.has(item.kind)) ?? []) {
        process.stdout.write(
          `  ${(reading.label ?? reading.kind).padEnd(12)} ${reading.formatted.padEnd(24)} ${reading.valid ? 'check digit OK' : 'CHECK DIGIT WRONG'}  ${reading.sources.join('+')}  ${Math.round(reading.confidence * 100)}%\n`,
        );
      }
      if (verbose)
        process.stdout.write(`  passes: ${result.detail?.passes.join('; ')}\n  text: ${JSON.stringify(result.detail?.text ?? '')}\n`);
    }
  } finally {
    await engines.terminate();
  }
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
