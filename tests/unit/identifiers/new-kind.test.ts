// @vitest-environment node
/**
 * Adding a kind is its rule file plus one registry line: a rule that exists only in this test, registered through
 * the same function as the built-in ones, is found in text, in barcodes and in table columns, listed by the
 * numbers section, ordered by the merge, compared with the return shipment and fills no reply it does not declare.
 */
import { describe, expect, it } from 'vitest';
import { compactIdentifier, defineIdentifier } from '@/utils/identifiers/define';
import { extractIdentifiers } from '@/utils/identifiers/extract';
import { isLuhnValid } from '@/utils/identifiers/luhn';
import { createIdentifierRegistry, identifierRegistry, identifierRules } from '@/utils/identifiers/registry';
import { readTableCells } from '@/utils/ocr/column-reader';
import { findDisagreements } from '@/utils/ocr/disagreements';
import { mergeReadings, reportedReadings, type NumberReading } from '@/utils/ocr/merge';
import { numbersSummaryLine } from '@/utils/ocr/summary-line';
import { numbersTemplateValues } from '@/utils/ocr/template-values';

/** A made-up carrier: "QX" + 9 digits, the last a Luhn check over the digits. */
const SHAPE = /^QX\d{9}$/;
const quickExpress = defineIdentifier({
  id: 'quick-express',
  name: 'Quick Express parcel',
  examples: { valid: ['QX123456782', 'QX 1234 5678 2'], invalid: ['QX123456783', 'QX12345678'] },
  normalize: compactIdentifier,
  validate: (raw) => SHAPE.test(compactIdentifier(raw)) && isLuhnValid(compactIdentifier(raw).slice(2)),
  format: (raw) => compactIdentifier(raw),
  finding: {
    family: 'carrier',
    labels: { en: ['QX parcel'], fr: ['Colis QX'], de: ['QX Paket'], es: ['Paquete QX'], it: ['Pacco QX'] },
    labelName: 'Parcel',
    brands: ['Quick Express'],
    trackingLabels: 'always',
    lengths: [11],
    printed: {
      kind: 'pattern',
      pattern: /(?<![0-9A-Za-z])QX[ ]?((?:\d[ ]?){8}\d)(?![0-9A-Za-z])/y,
      read: (match) => ({ value: compactIdentifier(match[0]), repaired: false }),
    },
    layouts: { unlabelled: 'valid', underHeading: true, barcode: (payload) => compactIdentifier(payload) },
    reported: true,
  },
});

const registry = createIdentifierRegistry([...identifierRules, quickExpress]);

const reading = (kind: string, value: string): NumberReading =>
  ({ kind, value, formatted: value, valid: true, source: 'ocr', sources: ['ocr'], confidence: 0.9 }) as unknown as NumberReading;

describe('a kind registered only in this test', () => {
  it('is found after its own label (any language), after a tracking label, and alone when valid', () => {
    expect(extractIdentifiers('Colis QX : QX 1234 5678 2', { registry })).toMatchObject([
      { kind: 'quick-express', value: 'QX123456782', valid: true, label: 'Parcel' },
    ]);
    expect(extractIdentifiers('Tracking number: QX123456783', { registry })).toMatchObject([
      { kind: 'quick-express', valid: false, label: 'Tracking' },
    ]);
    expect(extractIdentifiers('see QX123456782 below', { registry })).toMatchObject([{ kind: 'quick-express', valid: true }]);
    expect(extractIdentifiers('see QX123456783 below', { registry })).toEqual([]);
  });

  it('is unknown to the built-in registry', () => {
    expect(extractIdentifiers('QX parcel: QX123456782')).toEqual([]);
  });

  it('is read from a barcode payload and from a table column', () => {
    expect(extractIdentifiers('QX123456782', { source: 'barcode', registry })).toMatchObject([{ kind: 'quick-express', valid: true }]);
    const word = (text: string, x: number, y: number) => ({ text, confidence: 90, box: { x, y, width: text.length * 11, height: 20 } });
    const cells = readTableCells(
      [word('Tracking', 100, 100), word('Number', 200, 100), word('QX123456782', 100, 150), word('QX123456783', 100, 200)],
      registry,
    );
    expect(cells.map(({ kind, value }) => ({ kind, value }))).toEqual([{ kind: 'quick-express', value: 'QX123456782' }]);
  });

  it('is listed by the numbers section, after the built-in kinds, and compared with the return shipment', () => {
    const readings = [
      reading('quick-express', 'QX123456782'),
      reading('iccid', '89014103211118510720'),
      reading('imei', '356938035643809'),
    ];
    expect(reportedReadings(readings, registry).map((item) => item.kind)).toEqual(['quick-express', 'imei']);
    expect(reportedReadings(readings, identifierRegistry).map((item) => item.kind)).toEqual(['imei']);
    expect([...registry.decisiveKinds]).toContain('quick-express');
    expect([...registry.decisiveKinds]).not.toContain('eid');
    expect(mergeReadings([], readings, registry).map((item) => item.kind)).toEqual(['imei', 'iccid', 'quick-express']);
    const flagged = findDisagreements(
      [{ imageId: 'label.jpg', reading: reading('quick-express', 'QX123456782') }],
      { returnShipmentNumbers: ['QX000000000'] },
      registry,
    );
    expect(flagged).toHaveLength(1);
  });

  it('fills no reply variable it does not declare, and leaves the summary line as it was', () => {
    const outcome = { kind: 'read' as const, readings: [reading('quick-express', 'QX123456782')], ms: 1, passes: [] };
    expect(numbersTemplateValues([outcome], undefined, registry)).toEqual({});
    expect(numbersSummaryLine({ readValues: {}, progress: { done: 1, total: 1 }, disagreements: 0 }, registry)).toBe('IMEI – · waybill –');
  });
});
