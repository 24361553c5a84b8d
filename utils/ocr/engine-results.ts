/**
 * Turns the engines' own result shapes into the pipeline's (BarcodeHit, OcrWord). Shared by the browser worker
 * and the Node CLI; typed structurally so this file imports neither engine.
 */
import { boxOfPoints } from './box';
import type { BarcodeHit } from './pipeline';
import type { OcrWord } from './layout';

/** Symbologies worth decoding on phone boxes and carrier labels. */
export const BARCODE_FORMATS = ['Code128', 'Code39', 'EAN-13', 'UPC-A', 'ITF', 'DataMatrix', 'QRCode', 'PDF417'] as const;

/** Reader options tuned for labels: try rotations and inverted symbols, report several per image. */
export const BARCODE_READER_OPTIONS = {
  formats: [...BARCODE_FORMATS],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  maxNumberOfSymbols: 16,
} as const;

interface ZxingPoint {
  x: number;
  y: number;
}
interface ZxingResultLike {
  isValid: boolean;
  text: string;
  format: string;
  position: { topLeft: ZxingPoint; topRight: ZxingPoint; bottomLeft: ZxingPoint; bottomRight: ZxingPoint };
}

export function barcodeHitsFromZxing(results: readonly ZxingResultLike[]): BarcodeHit[] {
  return results
    .filter((result) => result.isValid && result.text.length > 0)
    .map((result) => ({
      text: result.text,
      format: result.format,
      box: boxOfPoints([result.position.topLeft, result.position.topRight, result.position.bottomLeft, result.position.bottomRight]),
    }));
}

interface TesseractBboxLike {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractPageLike {
  blocks:
    | {
        paragraphs: { lines: { words: { text: string; confidence: number; bbox: TesseractBboxLike }[] }[] }[];
      }[]
    | null;
}

export function wordsFromTesseract(page: TesseractPageLike): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          words.push({
            text: word.text,
            confidence: word.confidence,
            box: { x: word.bbox.x0, y: word.bbox.y0, width: word.bbox.x1 - word.bbox.x0, height: word.bbox.y1 - word.bbox.y0 },
          });
        }
      }
    }
  }
  return words;
}

/** tesseract parameters: sparse text (labels and screenshots are not paragraphs), no dictionary correction. */
export const TESSERACT_PARAMETERS = {
  tessedit_pageseg_mode: '11',
  user_defined_dpi: '300',
} as const;
