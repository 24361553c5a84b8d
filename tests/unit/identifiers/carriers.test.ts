// @vitest-environment node
/**
 * Carrier numbers as they appear on labels and screens: every carrier is announced in the five languages of the
 * after-sales markets, FedEx and Colissimo (the kinds added as one file each) are read from text and barcodes, and
 * numbers that fail their check, or belong to another post, are never reported as valid. Truths from
 * ../shared/realdata/provenance.tsv (the numbers only).
 */
import { describe, expect, it } from 'vitest';
import { allLabelWords, type LabelLanguage } from '@/utils/identifiers/define';
import { extractIdentifiers } from '@/utils/identifiers/extract';
import { fedex } from '@/utils/identifiers/fedex';
import { identifierRules } from '@/utils/identifiers/registry';

const LANGUAGES: LabelLanguage[] = ['en', 'fr', 'de', 'es', 'it'];
const carriers = identifierRules.filter((rule) => rule.finding.family === 'carrier');

const summary = (text: string, options = {}) =>
  extractIdentifiers(text, options).map(({ kind, value, valid, label }) => ({ kind, value, valid, ...(label ? { label } : {}) }));

describe.each(carriers.map((rule) => [rule.id, rule] as const))('%s labels', (_id, rule) => {
  it.each(LANGUAGES)('are given in %s', (language) => {
    expect(rule.finding.labels[language].length).toBeGreaterThan(0);
  });

  it.each(allLabelWords(rule.finding.labels))('"%s" announces a valid example', (label) => {
    const example = rule.examples.valid[0]!;
    expect(summary(`${label}: ${example}`)).toEqual([
      expect.objectContaining({ kind: rule.id, valid: true, label: rule.finding.labelName }),
    ]);
  });
});

describe('UPS', () => {
  it('lbl30: a 1Z barcode whose check fails (a synthetic label) is reported from the bars as not valid', () => {
    expect(summary('1Z88899K2324252627', { source: 'barcode' })).toEqual([{ kind: 'ups', value: '1Z88899K2324252627', valid: false }]);
  });
});

describe('FedEx', () => {
  it('lbl27: "TRK# 2710 5382 0000" is read beside its label and shown as failing its check (a test label)', () => {
    expect(summary('TRK# 2710 5382 0000\nFORM 0201')).toEqual([{ kind: 'fedex', value: '271053820000', valid: false, label: 'Tracking' }]);
  });

  it('lbl27: the 34-digit barcode of a test label gives its 12-digit tail, shown as failing its check', () => {
    expect(summary('9632080400200044387500271053820000', { source: 'barcode' })).toEqual([
      { kind: 'fedex', value: '271053820000', valid: false },
    ]);
  });

  it('the 34-digit barcode and the Ground "96" barcode give the number at their tail', () => {
    expect(summary('1001901781000000000000794651413733', { source: 'barcode' })).toEqual([
      { kind: 'fedex', value: '794651413733', valid: true },
    ]);
    expect(summary('9611020449044304137821', { source: 'barcode' })).toEqual([{ kind: 'fedex', value: '449044304137821', valid: true }]);
  });

  it('lbl11: a USPS barcode with its ZIP (420 + ZIP + 26 digits, also 34 digits) gives no FedEx number', () => {
    expect(summary('4201000192612903000000794651413733', { source: 'barcode' })).toEqual([]);
    expect(summary('4201000192612903000000000000000000', { source: 'barcode' })).toEqual([]);
  });

  it("a product's 12-digit UPC-A barcode is no FedEx number, even when it passes the check (123456789012 does)", () => {
    expect(fedex.validate('123456789012')).toBe(true);
    expect(summary('123456789012', { source: 'barcode' })).toEqual([]);
  });

  it('lbl20: "Tracking number" announces FedEx only where FedEx is named', () => {
    expect(summary('Tracking number: 794651413733')).toEqual([]);
    expect(summary('FedEx Priority\nTracking number: 794651413733')).toEqual([
      { kind: 'fedex', value: '794651413733', valid: true, label: 'Tracking' },
    ]);
    expect(summary('794651413733')).toEqual([]);
  });

  it('15 digits after a FedEx label are FedEx Ground, never an IMEI; without one, they stay an IMEI', () => {
    expect(summary('FedEx tracking number 356938035643809')).toEqual([
      { kind: 'fedex', value: '356938035643809', valid: true, label: 'Tracking' },
    ]);
    expect(summary('IMEI 356938035643809')).toEqual([{ kind: 'imei', value: '356938035643809', valid: true, label: 'IMEI' }]);
  });
});

describe('La Poste Colissimo', () => {
  it('reads an S10 number ending in FR alone, as printed in groups, and after a French label', () => {
    expect(summary('Votre colis EE471108151FR est en route')).toEqual([{ kind: 'colissimo', value: 'EE471108151FR', valid: true }]);
    expect(summary('N° de suivi : CB 123 456 785 FR')).toEqual([
      { kind: 'colissimo', value: 'CB123456785FR', valid: true, label: 'Tracking' },
    ]);
  });

  it("lbl22: another post's S10 number (Deutsche Post, DE) is not Colissimo; a failing check is not valid", () => {
    expect(summary('CD530130855DE')).toEqual([]);
    expect(summary('EE471108152FR')).toEqual([]);
    expect(summary('Numéro Colissimo : EE471108152FR')).toEqual([
      { kind: 'colissimo', value: 'EE471108152FR', valid: false, label: 'Tracking' },
    ]);
  });

  it('repairs an O read for a 0 only when the repaired number passes its check', () => {
    expect(summary('CP OOO OOO 005 FR')).toEqual([{ kind: 'colissimo', value: 'CP000000005FR', valid: true }]);
    expect(summary('CP OOO OOO 006 FR')).toEqual([]);
  });
});

describe("a carrier's own heading on a screen", () => {
  it('"DHL Shipment Tracking ID:" announces a DHL waybill, whose check still decides', () => {
    expect(summary('DHL Shipment Tracking ID: 1231006943')).toEqual([
      { kind: 'dhl-express', value: '1231006943', valid: true, label: 'Waybill' },
    ]);
    expect(summary('DHL Shipment Tracking ID: 1231006944')).toEqual([
      { kind: 'dhl-express', value: '1231006944', valid: false, label: 'Waybill' },
    ]);
  });

  it('German and Spanish screens: "Sendungsnummer" and "Número de seguimiento" with DHL named', () => {
    expect(summary('DHL Express\nSendungsnummer: 12 3100 6943')).toEqual([
      { kind: 'dhl-express', value: '1231006943', valid: true, label: 'Tracking' },
    ]);
    expect(summary('DHL\nNúmero de seguimiento 1231006943')).toEqual([
      { kind: 'dhl-express', value: '1231006943', valid: true, label: 'Tracking' },
    ]);
    expect(summary('Numero de seguimiento 1231006943')).toEqual([]);
  });
});
