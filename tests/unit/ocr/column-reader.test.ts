// @vitest-environment node
/**
 * Hand-made word boxes modelled on real shipment tables (../shared/realdata lbl20 karrio's Shipments list, lbl23
 * WooCommerce's orders with a DHL tracking column, lbl25 Magento's "Shipping and Tracking Information"): words with
 * the boxes tesseract gives, in sparse-text order (not reading order).
 */
import { describe, expect, it } from 'vitest';
import { readTableCells } from '@/utils/ocr/column-reader';
import type { OcrWord } from '@/utils/ocr/layout';

const CHARACTER_WIDTH = 11;

/** One line of text starting at (x, y): a word per space-separated part, boxes as tesseract gives them. */
function line(text: string, x: number, y: number, height = 20): OcrWord[] {
  const words: OcrWord[] = [];
  let cursor = x;
  for (const part of text.split(' ')) {
    if (part) words.push({ text: part, confidence: 90, box: { x: cursor, y, width: part.length * CHARACTER_WIDTH, height } });
    cursor += (part.length + 1) * CHARACTER_WIDTH;
  }
  return words;
}

/** Sparse-mode OCR does not return words in reading order. */
const shuffled = (words: OcrWord[]) => [...words].sort((a, b) => (a.text < b.text ? -1 : 1));

const found = (words: OcrWord[]) =>
  readTableCells(shuffled(words)).map(({ kind, value, label, layout }) => ({ kind, value, label, layout }));

describe('a carrier list where each number sits over the carrier service (karrio, lbl20)', () => {
  const row = (y: number, number: string, service: string, status: string) => [
    ...line(number, 300, y),
    ...line(service, 300, y + 26),
    ...line(status, 700, y + 12),
    ...line('Jane Doe, Vancouver', 900, y),
    ...line('BC, V6M2V9, CA', 900, y + 26),
  ];
  const table = [
    ...line('SHIPPING SERVICE', 300, 100),
    ...line('RECIPIENT', 900, 100),
    ...row(160, '329027786485', 'PUROLATOR GROUND 9 AM', 'cancelled'),
    ...row(230, '1231006943', 'DHL EXPRESS WORLDWIDE NONDOC', 'purchased'),
    ...row(300, '329027718884', 'PUROLATOR AIR 10 30', 'delivered'),
    ...row(370, '794651413733', 'FEDEX PRIORITY', 'purchased'),
    ...row(440, '123456789012', 'CANADAPOST EXPEDITED PARCEL', 'purchased'),
    ...row(510, '1229407933', 'DHL EXPRESS WORLDWIDE NONDOC', 'purchased'),
    ...row(580, '794642047026', 'ESHIPPER FEDEX 2ND DAY', 'purchased'),
    ...row(650, '1234567890', 'DHL EXPRESS WORLDWIDE NONDOC', 'purchased'),
  ];

  it('reads the DHL and FedEx numbers named by their service line, with their check digits', () => {
    expect(found(table)).toEqual([
      { kind: 'dhl-express', value: '1231006943', label: 'Waybill', layout: 'beside-brand' },
      { kind: 'fedex', value: '794651413733', label: 'Tracking', layout: 'beside-brand' },
      { kind: 'dhl-express', value: '1229407933', label: 'Waybill', layout: 'beside-brand' },
      { kind: 'fedex', value: '794642047026', label: 'Tracking', layout: 'beside-brand' },
    ]);
  });

  it("never takes another carrier's number that happens to pass a FedEx check (Purolator, the 123456789012 dummy)", () => {
    const values = found(table).map((item) => item.value);
    expect(values).not.toContain('329027718884');
    expect(values).not.toContain('123456789012');
  });

  it('never reports a DHL-named number whose mod-7 check fails', () => {
    expect(found(table).map((item) => item.value)).not.toContain('1234567890');
  });

  it('reads a FedEx number over its service line when OCR lost the F of FEDEX ("EDEX STANDARD OVERNIGHT")', () => {
    const rows = [
      ...row(160, '794651409340', 'EDEX STANDARD OVERNIGHT', 'purchased'),
      ...row(230, '123456789012', 'EDEXPRESS', 'purchased'),
    ];
    expect(found(rows)).toEqual([{ kind: 'fedex', value: '794651409340', label: 'Tracking', layout: 'beside-brand' }]);
  });
});

describe("a shop's orders with a tracking column (WooCommerce, lbl23; Magento, lbl25)", () => {
  const headings = [
    ...line('Order', 40, 100),
    ...line('Carrier', 300, 100),
    ...line('Tracking Number', 520, 100),
    ...line('Phone', 900, 100),
  ];
  const orders = [
    ...headings,
    ...line('#3941', 40, 150),
    ...line('DHL', 300, 150),
    ...line('00 5771 4403', 520, 150),
    ...line('0612345678', 900, 150),
    ...line('#3912', 40, 200),
    ...line('UPS', 300, 200),
    ...line('1Z0FH3446831744085', 520, 200),
    ...line('0034043446', 900, 200),
    ...line('#3877', 40, 250),
    ...line('Purolator', 300, 250),
    ...line('1229407933', 520, 250),
    ...line('#3861', 40, 300),
    ...line('DHL', 300, 300),
    ...line('1234567890', 520, 300),
  ];

  it('reads the numbers under the heading, a DHL waybill only in a row that names DHL', () => {
    expect(found(orders)).toEqual([
      { kind: 'dhl-express', value: '0057714403', label: 'Tracking', layout: 'under-heading' },
      { kind: 'ups', value: '1Z0FH3446831744085', label: 'Tracking', layout: 'under-heading' },
    ]);
  });

  it('takes nothing from other columns (phone numbers) or rows of other carriers (a 10-digit number that passes mod 7)', () => {
    const values = found(orders).map((item) => item.value);
    expect(values).not.toContain('0612345678');
    expect(values).not.toContain('1229407933');
  });

  it('leaves a failing check out even in the right column of a DHL row', () => {
    expect(found(orders).map((item) => item.value)).not.toContain('1234567890');
  });
});

describe('headings in the other languages, and carrier-specific headings', () => {
  it('French "N° de suivi" over a Colissimo number; German "Sendungsnummer" over a DHL row', () => {
    const words = [
      ...line('N° de suivi', 100, 100),
      ...line('Transporteur', 400, 100),
      ...line('CB 123 456 785 FR', 100, 150),
      ...line('Colissimo', 400, 150),
      ...line('Sendungsnummer', 100, 300),
      ...line('Versanddienstleister', 400, 300),
      ...line('0057714403', 100, 350),
      ...line('DHL Express', 400, 350),
    ];
    expect(found(words)).toEqual([
      { kind: 'colissimo', value: 'CB123456785FR', label: 'Tracking', layout: 'under-heading' },
      { kind: 'dhl-express', value: '0057714403', label: 'Tracking', layout: 'under-heading' },
    ]);
  });

  it('a carrier\'s own heading ("AWB", "TRK#") needs no brand in the row; its check still does', () => {
    const words = [
      ...line('AWB', 100, 100),
      ...line('TRK#', 400, 100),
      ...line('1231006943', 100, 150),
      ...line('7946 5141 3733', 400, 150),
      ...line('1231006944', 100, 200),
      ...line('271053820000', 400, 200),
    ];
    expect(found(words)).toEqual([
      { kind: 'dhl-express', value: '1231006943', label: 'Waybill', layout: 'under-heading' },
      { kind: 'fedex', value: '794651413733', label: 'Tracking', layout: 'under-heading' },
    ]);
  });

  it('a label inside a sentence is not a column heading', () => {
    const words = [...line('Your tracking number will follow by email', 100, 100), ...line('0057714403', 100, 150)];
    expect(found(words)).toEqual([]);
  });
});
