// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '@/utils/identifiers/extract';
import { getIdentifierRule } from '@/utils/identifiers/registry';
import { layoutWords, type OcrWord } from '@/utils/ocr/layout';
import { barcodeHitsFromZxing, wordsFromTesseract } from '@/utils/ocr/engine-results';
import { mergeReadings, type NumberReading } from '@/utils/ocr/merge';
import { forEachCase, type Random } from './prng';

/**
 * What the engines hand back is as uncontrolled as the image: OCR text is whatever the customer photographed and a
 * QR code can carry 7,000 characters of anything. The post-processing turns any of it into readings whose `valid`
 * is the rule's own check, with positions inside the text, without throwing.
 */

const DIGITISH = '0123456789 OoIlSB|-:#\n';
const WORDS = [
  'IMEI',
  'IMEI 2:',
  'IMEI/MEID',
  'IMEISV',
  'MEID',
  'EID',
  'ICCID',
  'WAYBILL',
  'AWB',
  'DHL',
  'Tracking #',
  'Parcel',
  'DPD',
  'UPS',
  '1Z',
  'S/N',
  'Serial',
  'Tel',
  '+44',
  '%',
];
const VALUES = [
  '356938035643809',
  '35 693803 564380 9',
  '1Z999AA10123456784',
  '0057714403',
  '89049032000000000000000000000000',
  '8944500102198304826',
  '01234567890123D',
  'A1000012345678',
];

function ocrText(random: Random): string {
  const parts: string[] = [];
  for (let i = random.int(0, 40); i > 0; i--) {
    parts.push(
      random.pick([
        () => random.pick(WORDS),
        () => random.pick(VALUES),
        () => random.string(random.int(1, 20), DIGITISH),
        () => random.string(random.int(1, 12)),
        () => random.string(random.int(200, 7000), random.pick(['0123456789', '0123456789 ', DIGITISH])),
      ])(),
    );
  }
  return parts.join(random.pick([' ', '\n', '', '  ', ' : ']));
}

const number = (random: Random) => random.pick([0, -1, 12.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY, random.int(-100, 3000)]);

describe('fuzz: identifiers in OCR and barcode text', () => {
  it('reports only what the rules say, at positions inside the text', async () => {
    await forEachCase('identifiers', 300, (random) => {
      const text = ocrText(random);
      for (const source of ['ocr', 'barcode'] as const) {
        for (const found of extractIdentifiers(text, { source })) {
          const rule = getIdentifierRule(found.kind);
          expect(found.valid, `${found.kind} ${found.value} in ${JSON.stringify(text.slice(0, 200))}`).toBe(rule.validate(found.value));
          expect(found.value).toMatch(/^[0-9A-Z]{1,64}$/);
          expect(found.index).toBeGreaterThanOrEqual(0);
          expect(found.index).toBeLessThan(text.length);
          // Without a label, an OCR'd number must pass its check: a misread is reported only beside its label
          // (UPS excepted: its 1Z prefix is label enough, see utils/identifiers/extract.ts).
          if (!found.label && source === 'ocr' && found.kind !== 'ups') expect(found.valid, `${found.kind} ${found.value}`).toBe(true);
        }
      }
    });
  });
});

describe('fuzz: engine results', () => {
  it('lays out any words, boxes included that are negative, NaN or infinite', async () => {
    await forEachCase('layout', 300, (random) => {
      const words: OcrWord[] = Array.from({ length: random.int(0, 60) }, () => ({
        text: random.bool(0.8) ? random.pick([...WORDS, ...VALUES]) : random.string(random.int(0, 10)),
        confidence: number(random),
        box: { x: number(random), y: number(random), width: number(random), height: number(random) },
      }));
      const layout = layoutWords(words);
      expect(layout.wordAt.length).toBe(layout.text.length);
      for (const index of layout.wordAt) expect(index < layout.words.length).toBe(true);
      extractIdentifiers(layout.text);
    });
  });

  it('takes tesseract pages and zxing results of any shape the engines can give', async () => {
    await forEachCase('engine shapes', 200, (random) => {
      const page = {
        blocks: random.bool(0.1)
          ? null
          : Array.from({ length: random.int(0, 3) }, () => ({
              paragraphs: Array.from({ length: random.int(0, 3) }, () => ({
                lines: Array.from({ length: random.int(0, 3) }, () => ({
                  words: Array.from({ length: random.int(0, 5) }, () => ({
                    text: random.string(random.int(0, 12)),
                    confidence: number(random),
                    bbox: { x0: number(random), y0: number(random), x1: number(random), y1: number(random) },
                  })),
                })),
              })),
            })),
      };
      layoutWords(wordsFromTesseract(page));
      const point = () => ({ x: number(random), y: number(random) });
      const hits = barcodeHitsFromZxing(
        Array.from({ length: random.int(0, 4) }, () => ({
          isValid: random.bool(0.8),
          text: ocrText(random),
          format: random.pick(['Code128', 'QRCode', 'EAN-13', '']),
          position: { topLeft: point(), topRight: point(), bottomLeft: point(), bottomRight: point() },
        })),
      );
      const readings: NumberReading[] = hits.flatMap((hit) =>
        extractIdentifiers(hit.text, { source: 'barcode' }).map((item) => ({
          kind: item.kind,
          value: item.value,
          formatted: item.formatted,
          valid: item.valid,
          source: 'barcode' as const,
          sources: ['barcode' as const],
          confidence: 0.9,
        })),
      );
      const merged = mergeReadings(
        readings,
        readings.map((reading) => ({ ...reading, source: 'ocr' as const, sources: ['ocr' as const] })),
      );
      expect(new Set(merged.map((reading) => `${reading.kind}:${reading.value}`)).size).toBe(merged.length);
    });
  });
});
