// @vitest-environment node
/**
 * Ground truths from ../shared/realdata/provenance.tsv (read by eye and cross-checked with barcode decodes):
 * the numbers only, never the images.
 */
import { describe, expect, it } from 'vitest';
import { dhlExpress } from '@/utils/identifiers/dhl-express';
import { dpd, dpdCheckCharacter, parseDpdBarcode } from '@/utils/identifiers/dpd';
import { extractIdentifiers } from '@/utils/identifiers/extract';
import { imei } from '@/utils/identifiers/imei';
import { ups } from '@/utils/identifiers/ups';

describe('IMEIs from realdata', () => {
  it('imei04 (Philips label): IMEI:448674528976410 is valid', () => {
    expect(imei.validate('448674528976410')).toBe(true);
    expect(extractIdentifiers('IMEI:448674528976410\n996111004986')).toMatchObject([
      { kind: 'imei', value: '448674528976410', valid: true, label: 'IMEI' },
    ]);
  });

  const failing = [
    '869838068497529', // imei14
    '869838068820790',
    '869838068810425',
    '869838068783846',
    '869838068936038', // imei15
    '869838068833136',
    '869838068203637',
  ];

  it.each(failing)('%s fails Luhn; beside "IMEI:" it is reported invalid, without a label not at all', (value) => {
    expect(imei.validate(value)).toBe(false);
    expect(extractIdentifiers(`IMEI: ${value}`)).toMatchObject([{ kind: 'imei', value, valid: false }]);
    expect(extractIdentifiers(value)).toEqual([]);
  });

  it('imei15: 869838068966822 passes Luhn (by chance) and is reported valid', () => {
    const text = failing.map((value) => `IMEI: ${value}`).join('\n') + '\nIMEI: 869838068966822';
    const found = extractIdentifiers(text);
    expect(found.filter((item) => item.valid).map((item) => item.value)).toEqual(['869838068966822']);
    expect(found).toHaveLength(8);
  });

  it('imei04: the 16-digit barcode 4486745289764109 is not taken for an IMEI', () => {
    expect(extractIdentifiers('4486745289764109')).toEqual([]);
  });
});

describe('carrier numbers from realdata', () => {
  it('lbl01 DHL Express: waybill 0057714403 valid; piece ID JD013036538172296379 is not a waybill', () => {
    expect(dhlExpress.validate('0057714403')).toBe(true);
    expect(dhlExpress.validate('JD013036538172296379')).toBe(false);
    expect(extractIdentifiers('WAYBILL 00 5771 4403\n(J)JD01 3036 5381 7229 6379\nJJD013036538172296379')).toMatchObject([
      { kind: 'dhl-express', value: '0057714403', valid: true },
    ]);
  });

  it('lbl07 UPS: 1Z0FH3446831744085 valid', () => {
    expect(ups.validate('1Z0FH3446831744085')).toBe(true);
  });

  it('lbl10, lbl11 UPS test numbers fail their check', () => {
    expect(ups.validate('1Z680RA4DL08720000')).toBe(false);
    expect(ups.validate('1Z4X7V81YW00000000')).toBe(false);
    expect(extractIdentifiers('1Z 680 RA4 DL 0872 0000')).toMatchObject([{ kind: 'ups', valid: false }]);
  });

  it('lbl08 NEG: the UPS sample label yields nothing', () => {
    expect(extractIdentifiers('UPS TRACKING NUMBER PRINTS HERE\n1234567890')).toEqual([]);
  });

  it('lbl13 DPD BE: 05300000011267 has check character F; barcode text 0002800...056 has U', () => {
    expect(dpdCheckCharacter('05300000011267')).toBe('F');
    expect(dpd.validate('05300000011267F')).toBe(true);
    expect(parseDpdBarcode('0002 8000 5300 0000 1126 7136 056U')).toEqual({
      postcode: '0002800',
      parcelNumber: '05300000011267',
      service: '136',
      country: '056',
      checkCharacter: 'U',
      valid: true,
    });
  });

  it('lbl14 DPD PL: 0000007278859Q has check character R; barcode text ends in Z', () => {
    expect(dpd.validate('0000007278859QR')).toBe(true);
    expect(parseDpdBarcode('0003230 0000 007278859Q 101 616 Z')?.valid).toBe(true);
    expect(parseDpdBarcode('0003230 0000 007278859Q 101 616 Y')?.valid).toBe(false);
  });

  it('other carriers and dummies are not reported (lbl03, lbl15 without check char, lbl17, lbl18, lbl19)', () => {
    const text = [
      'GM101234560049785120', // DHL GlobalMail
      '0301 5151 8000 00', // DPD SE via PostNord: check character hidden under the TEST overlay
      '222200000000000000', // DHL Paket dummy
      'Shipment No: 55500001868043', // DHL eCommerce UK
      '234095333191049', // XpressBees: 15 digits, fails Luhn
      '156387426414724544_1_wni',
    ].join('\n');
    expect(extractIdentifiers(text)).toEqual([]);
  });
});
