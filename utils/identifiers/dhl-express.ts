import { compactIdentifier, defineIdentifier } from './define';

/**
 * DHL Express waybill (air waybill, AWB): 10 digits; the last is (first nine digits as a number) mod 7, so a last
 * digit of 7, 8 or 9 is never valid.
 *
 * Mod 7 is weak: a random 10-digit string passes 1 time in 10, 0/7, 1/8 and 2/9 swaps go unnoticed, and one label
 * carries several 10-digit numbers (account, phone, reference). So the extractor accepts an OCR'd waybill only
 * right after a WAYBILL / AWB / DHL label, or as a whole 10-digit barcode payload. Piece IDs (`JD01...`,
 * `JJD...`, license plates) and account or reference numbers are not waybills.
 */
const WAYBILL_SHAPE = /^\d{10}$/;

export function dhlExpressCheckDigit(firstNine: string): number {
  return Number(firstNine) % 7;
}

export const dhlExpress = defineIdentifier({
  id: 'dhl-express',
  name: 'DHL Express waybill',
  examples: {
    valid: [
      '0057714403', // realdata lbl01 (karrio DHL Express test label), barcode and text agree
      '00 5771 4403',
      '1234567891',
    ],
    invalid: [
      '1234567890', // 123456789 mod 7 = 1
      '0057714408', // 8 can never be a mod-7 remainder
      '005771440', // 9 digits
      'JJD013036538172296379', // piece ID on the same label
      'JD013036538172296379',
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return WAYBILL_SHAPE.test(value) && dhlExpressCheckDigit(value.slice(0, 9)) === Number(value[9]);
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (!WAYBILL_SHAPE.test(value)) return value;
    return `${value.slice(0, 2)} ${value.slice(2, 6)} ${value.slice(6)}`;
  },
  finding: {
    family: 'carrier',
    labels: {
      en: [
        'Waybill',
        'Air waybill',
        'AWB',
        'DHL',
        'DHL Express',
        'DHL Waybill',
        'DHL Express Waybill',
        'DHL Shipment Tracking ID',
        'Waybill number',
      ],
      fr: ['Lettre de transport', 'N° de lettre de transport', 'Lettre de transport aérien', 'LTA'],
      de: ['Luftfrachtbrief', 'Luftfrachtbriefnummer', 'Frachtbrief', 'Frachtbriefnummer'],
      es: ['Guía aérea', 'Número de guía', 'Carta de porte aéreo'],
      it: ['Lettera di vettura', 'Lettera di vettura aerea', 'Numero lettera di vettura'],
    },
    labelName: 'Waybill',
    brands: ['DHL'],
    // A random 10-digit number passes mod 7 one time in ten: "Tracking number" counts only where DHL is named.
    trackingLabels: 'with-brand',
    lengths: [10],
    printed: { kind: 'digit-groups' },
    // The whole payload of a barcode is trusted (its symbology has a check); in text it needs its label.
    layouts: { unlabelled: 'never', underHeading: true, barcode: compactIdentifier },
    fills: { variable: 'waybill', summaryWord: 'waybill' },
    reported: true,
  },
});
