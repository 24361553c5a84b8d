import { compactIdentifier, defineIdentifier } from './define';

/**
 * FedEx tracking number.
 * - Express (and Home Delivery labels printed as "TRK#"): 12 digits. Check: the first 11 digits weighted 1, 3, 7,
 *   1, 3, 7... from the right, sum mod 11, mod 10, is the 12th.
 * - Ground: 15 digits. Check: from the right (check digit excluded) digits alternately weighted 3 and 1, check =
 *   (10 - sum mod 10) mod 10. The Ground "96" barcode (22 digits) carries it as its last 15 digits.
 * - The 34-digit barcode under FedEx labels ends with the 12-digit number (or a 15-digit one): only the tail is
 *   the tracking number.
 * Same algorithms as FedEx's label specifications as implemented by public validators (e.g. jbittel/drogher).
 * Verified on realdata: lbl20 (karrio screenshot) 794651413733, 794651409340, 794642047026 pass; lbl27 (a FedEx
 * test label) 271053820000 fails, and its barcode 9632080400200044387500271053820000 ends with it.
 *
 * 12 digits are also a UPC-A, a phone number or another carrier's number (lbl20: a Purolator number and the dummy
 * 123456789012 pass the check), so a FedEx number needs a label: its own ("TRK#", "FedEx"), or a tracking label
 * with FedEx named nearby (a table row, the screen).
 */
const EXPRESS_SHAPE = /^\d{12}$/;
const GROUND_SHAPE = /^\d{15}$/;

export function fedexExpressCheckDigit(first11: string): number {
  const weights = [1, 3, 7];
  let sum = 0;
  for (let i = 0; i < first11.length; i++) sum += Number(first11[first11.length - 1 - i]) * weights[i % 3]!;
  return (sum % 11) % 10;
}

export function fedexGroundCheckDigit(first14: string): number {
  let sum = 0;
  for (let i = 0; i < first14.length; i++) sum += Number(first14[first14.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

function isFedexValid(value: string): boolean {
  // Zeros pass both checks; a zeroed number is a label template's placeholder (realdata lbl11), no parcel's.
  if (/^0+$/.test(value)) return false;
  if (EXPRESS_SHAPE.test(value)) return fedexExpressCheckDigit(value.slice(0, 11)) === Number(value[11]);
  if (GROUND_SHAPE.test(value)) return fedexGroundCheckDigit(value.slice(0, 14)) === Number(value[14]);
  return false;
}

/**
 * The tracking number in a FedEx barcode: the tail of the 34-digit payload, or of the Ground "96" payload. A USPS
 * barcode is 34 digits too when it carries the ZIP code (GS1 "420" + ZIP 5 + the 26-digit USPS number, realdata
 * lbl11): a payload starting with 420 is not FedEx's.
 */
export function fedexNumberFromBarcode(payload: string): string | undefined {
  const value = compactIdentifier(payload);
  if (/^\d{34}$/.test(value) && !value.startsWith('420')) {
    const express = value.slice(-12);
    const ground = value.slice(-15);
    // Neither passing: the 12 digits the label prints after "TRK#" (a test label's number, shown as failing).
    return isFedexValid(express) || !isFedexValid(ground) ? express : ground;
  }
  if (/^96\d{20}$/.test(value)) return value.slice(-15);
  return undefined;
}

export const fedex = defineIdentifier({
  id: 'fedex',
  name: 'FedEx tracking number',
  examples: {
    valid: [
      '794651413733', // realdata lbl20
      '7946 4204 7026', // realdata lbl20, as printed in groups
      '449044304137821', // Ground, 15 digits: a test number from FedEx's tracking documentation (fails Luhn: no IMEI)
    ],
    invalid: [
      '271053820000', // realdata lbl27: FedEx test label, check fails
      '794651413734',
      '449044304137822', // Ground check fails
      '79465141373', // 11 digits
      '000000000000', // realdata lbl11: a zeroed placeholder passes the check
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    return isFedexValid(compactIdentifier(raw));
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (EXPRESS_SHAPE.test(value)) return `${value.slice(0, 4)} ${value.slice(4, 8)} ${value.slice(8)}`;
    if (GROUND_SHAPE.test(value)) return `${value.slice(0, 3)} ${value.slice(3, 7)} ${value.slice(7, 11)} ${value.slice(11)}`;
    return value;
  },
  finding: {
    family: 'carrier',
    labels: {
      en: ['TRK#', 'TRK', 'FedEx', 'FedEx tracking', 'FedEx tracking number', 'FedEx Tracking ID'],
      fr: ['N° de suivi FedEx', 'Numéro de suivi FedEx'],
      de: ['FedEx Sendungsnummer', 'FedEx Trackingnummer'],
      es: ['Número de rastreo FedEx', 'Número de seguimiento FedEx'],
      it: ['Numero di tracking FedEx', 'Numero di spedizione FedEx'],
    },
    labelName: 'Tracking',
    // "EDEX": the name as OCR reads it when the F is lost in the cell's edge (karrio's "FEDEX STANDARD OVERNIGHT",
    // realdata lbl20). A brand only lets a number that passes FedEx's check be taken beside it.
    brands: ['FedEx', 'Fed Ex', 'EDEX'],
    trackingLabels: 'with-brand',
    lengths: [15, 12],
    printed: { kind: 'digit-groups' },
    layouts: { unlabelled: 'never', underHeading: true, barcode: fedexNumberFromBarcode, failingBarcodeShown: true },
    reported: true,
  },
});
