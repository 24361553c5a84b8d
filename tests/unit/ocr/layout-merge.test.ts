import { describe, expect, it } from 'vitest';
import { layoutWords, type OcrWord } from '@/utils/ocr/layout';
import { mergeReadings, type NumberReading } from '@/utils/ocr/merge';

const word = (text: string, x: number, y: number, width = text.length * 10): OcrWord => ({
  text,
  confidence: 90,
  box: { x, y, width, height: 20 },
});

describe('layoutWords', () => {
  it('puts sparse-mode words back into lines, left to right, so a label precedes its number', () => {
    const layout = layoutWords([word('353916114829138', 60, 102), word('IMEI', 10, 100), word('Serial', 10, 40), word('R58', 100, 41)]);
    expect(layout.text).toBe('Serial R58\nIMEI 353916114829138');
    expect(layout.words[layout.wordAt[layout.text.indexOf('3539')]!]!.text).toBe('353916114829138');
  });

  it('keeps far-apart numbers on one row from joining into one', () => {
    const layout = layoutWords([word('12345', 0, 0), word('67890', 400, 0)]);
    expect(layout.text).toMatch(/12345 {5}67890/);
  });
});

const reading = (overrides: Partial<NumberReading>): NumberReading => ({
  kind: 'imei',
  value: '353916114829138',
  formatted: '35 391611 482913 8',
  valid: true,
  source: 'ocr',
  sources: ['ocr'],
  confidence: 0.8,
  ...overrides,
});

describe('mergeReadings', () => {
  it('merges the same number from bars and text, keeping both sources and the label from the text', () => {
    const merged = mergeReadings([reading({ source: 'barcode', sources: ['barcode'], confidence: 0.99 })], [reading({ label: 'IMEI 1' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ source: 'barcode', sources: ['barcode', 'ocr'], label: 'IMEI 1' });
  });

  it('drops an OCR misread of a number the barcode gave exactly', () => {
    const merged = mergeReadings(
      [reading({ source: 'barcode', sources: ['barcode'] })],
      [reading({ value: '353916114829188', valid: false, label: 'IMEI' })],
    );
    expect(merged.map((item) => item.value)).toEqual(['353916114829138']);
  });

  it('keeps an invalid labelled number when nothing better explains it', () => {
    expect(mergeReadings([], [reading({ value: '353916114829188', valid: false })])).toHaveLength(1);
  });
});

describe('findDisagreements', () => {
  it('flags two different IMEIs claimed for the same slot on different images', async () => {
    const { findDisagreements } = await import('@/utils/ocr/disagreements');
    const flagged = findDisagreements([
      { imageId: 'a', reading: { kind: 'imei', value: '353916114829138', valid: true, label: 'IMEI 1' } },
      { imageId: 'b', reading: { kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI 1' } },
      { imageId: 'b', reading: { kind: 'imei', value: '353916114829211', valid: true, label: 'IMEI 2' } },
    ]);
    expect(flagged.map((item) => `${item.imageId}:${item.value}`)).toEqual(['a:353916114829138', 'b:356938035643809']);
  });

  it("flags a waybill that is not the return shipment's number, and not the one that is", async () => {
    const { findDisagreements } = await import('@/utils/ocr/disagreements');
    const readings = [
      { imageId: 'a', reading: { kind: 'dhl-express' as const, value: '4893051262', valid: true } },
      { imageId: 'b', reading: { kind: 'dhl-express' as const, value: '1089680830', valid: true } },
    ];
    expect(findDisagreements(readings, { returnShipmentNumbers: ['48 9305 1262'] }).map((item) => item.imageId)).toEqual(['b']);
    expect(findDisagreements(readings)).toEqual([]);
  });
});
