import { describe, expect, it } from 'vitest';
import { readNumbers, ocrScale, type NumbersEngines, type BarcodeHit } from '@/utils/ocr/pipeline';
import type { OcrWord } from '@/utils/ocr/layout';
import type { RgbaImage } from '@/utils/photos/downscale';

function blank(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) };
}

function engines(barcodes: BarcodeHit[], words: OcrWord[]): NumbersEngines & { ocrCalls: number } {
  const state = {
    ocrCalls: 0,
    async readBarcodes() {
      return barcodes;
    },
    async recognize() {
      state.ocrCalls++;
      return words;
    },
  };
  return state;
}

const word = (text: string, x: number, y: number): OcrWord => ({
  text,
  confidence: 88,
  box: { x, y, width: text.length * 12, height: 24 },
});

describe('readNumbers', () => {
  it('takes a valid IMEI from a barcode without running OCR (barcode first)', async () => {
    const fake = engines([{ text: '353916114829138', format: 'Code128', box: { x: 10, y: 10, width: 200, height: 40 } }], []);
    const result = await readNumbers(blank(400, 300), fake);
    expect(fake.ocrCalls).toBe(0);
    expect(result.readings).toEqual([expect.objectContaining({ kind: 'imei', value: '353916114829138', source: 'barcode', valid: true })]);
  });

  it('reads labelled IMEIs from OCR words, with where they were read and a crop', async () => {
    const fake = engines(
      [],
      [
        word('IMEI', 10, 100),
        word('(SIM', 70, 100),
        word('slot', 130, 100),
        word('2)', 190, 100),
        word('353916114829211', 10, 140),
        word('IMEI', 10, 20),
        word('353916114829138', 10, 60),
      ],
    );
    const result = await readNumbers(blank(400, 300), fake, { crops: true });
    expect(result.readings.map((item) => [item.label, item.value, item.valid, item.source])).toEqual([
      ['IMEI 1', '353916114829138', true, 'ocr'],
      ['IMEI 2', '353916114829211', true, 'ocr'],
    ]);
    expect(result.readings[1]!.box).toEqual({ x: 10, y: 140, width: 180, height: 24 });
    expect(result.readings[1]!.crop?.width).toBeGreaterThan(180);
    expect(result.readings[0]!.confidence).toBeCloseTo(0.88);
  });

  it('never reports a distractor as a valid waybill: a mod-7-valid reference without the WAYBILL label', async () => {
    const fake = engines([], [word('Shipper', 10, 10), word('ref:', 100, 10), word('7340185624', 160, 10), word('DHL', 10, 60)]);
    const result = await readNumbers(blank(400, 300), fake);
    expect(result.readings.filter((item) => item.kind === 'dhl-express' && item.valid)).toEqual([]);
  });

  it('says nothing was found for an image without numbers', async () => {
    const fake = engines([], [word('Hello', 10, 10)]);
    expect((await readNumbers(blank(400, 300), fake)).readings).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readNumbers(blank(200, 100), engines([], []), { signal: controller.signal })).rejects.toThrow();
  });
});

describe('ocrScale', () => {
  it('brings text lines to about 20 px: shrinks big screenshot text, enlarges small text', () => {
    expect(ocrScale(1080, 2400, 40)).toBeCloseTo(0.5);
    // Never below 0.5, whatever the measured line height says.
    expect(ocrScale(1080, 2400, 80)).toBeCloseTo(0.5);
    expect(ocrScale(600, 400, 8)).toBeCloseTo(2.5);
    expect(ocrScale(1000, 1000, 20)).toBe(1);
  });
});

describe('readNumbers second look', () => {
  it('re-reads a line that looked like a number but gave none, and takes the number only if its check passes', async () => {
    const fake: NumbersEngines = {
      async readBarcodes() {
        return [];
      },
      async recognize(pgm) {
        // "P5\n<width> <height>\n255\n", then the pixels (encodeGrayPgm).
        const height = Number(new TextDecoder().decode(pgm.subarray(0, 24)).split(/\s+/)[2]);
        // The page (any orientation): the second IMEI misread ("/" for "7"); the close-up of that line: read right.
        return height >= 500
          ? [word('IMEI', 10, 20), word('2', 70, 20), word('3592335/3532961', 10, 60)]
          : [word('IMEI', 20, 20), word('2', 80, 20), word('359233573532961', 20, 100)];
      },
    };
    const result = await readNumbers(blank(1000, 800), fake);
    expect(result.readings).toEqual([
      expect.objectContaining({ kind: 'imei', value: '359233573532961', valid: true, label: 'IMEI 2', source: 'ocr' }),
    ]);
    expect(result.passes.at(-1)).toBe('reread: 1 found');
  });
});

describe('readNumbers spends passes only where they can find something', () => {
  const counting = (words: OcrWord[]) => {
    const state = {
      ocrCalls: 0,
      async readBarcodes(): Promise<BarcodeHit[]> {
        return [];
      },
      async recognize() {
        state.ocrCalls++;
        return words;
      },
    };
    return state;
  };

  it('does not read a long digit line again when nothing announces an IMEI or a waybill on it (an address, a date, bar text)', async () => {
    const fake = counting([word('Order', 10, 20), word('placed', 90, 20), word('20240612', 10, 60), word('3345', 130, 60)]);
    await readNumbers(blank(1000, 1000), fake);
    // The page in the orientation judged upright and the other two; no close-up of the digit line.
    expect(fake.ocrCalls).toBe(3);
  });

  it('does not read a table row again for digits spread over its cells (postcode, order number, time), even beside a carrier name', async () => {
    const fake = counting([
      word('DHL', 10, 20),
      word('PAKET', 60, 20),
      word('1234', 300, 20),
      word('2024', 500, 20),
      word('0443', 700, 20),
    ]);
    await readNumbers(blank(1000, 1000), fake);
    // The page in two orientations (nothing that looks like a number in the first); no close-up of the row.
    expect(fake.ocrCalls).toBe(2);
  });

  it('gives a small render its enlarged look instead of close-ups of its lines', async () => {
    const fake = counting([word('IMEI', 10, 20), word('3592335/3532961', 10, 60)]);
    await readNumbers(blank(400, 300), fake);
    // The render, enlarged, and turned both ways (no number was read in any); no close-up of the IMEI line.
    expect(fake.ocrCalls).toBe(4);
  });

  it('stops turning the image once a pass has read its text upright, but still gives a small render its enlarged look', async () => {
    // Eight words read well and a few badly (mean confidence under 65), a hint of digits but no number: the
    // orientation is right.
    const words = [
      ...['Settings', 'General', 'About', 'Model', 'Storage', 'Version', 'Network', 'Battery'].map((text, index) => ({
        ...word(text, 10, 20 + index * 30),
        confidence: 92,
      })),
      ...['~', '=', '-', ';', '_', ':', '.', '1234567'].map((text, index) => ({ ...word(text, 200, 20 + index * 30), confidence: 10 })),
    ];
    const fake = counting(words);
    const result = await readNumbers(blank(400, 300), fake);
    expect(fake.ocrCalls).toBe(2);
    expect(result.passes.filter((pass) => pass.startsWith('ocr rotated'))).toEqual([
      expect.stringMatching(/^ocr rotated 0: /),
      expect.stringMatching(/^ocr rotated 0 at scale /),
    ]);
  });
});
