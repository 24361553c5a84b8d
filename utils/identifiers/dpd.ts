import { compactIdentifier, defineIdentifier } from './define';
import { isMod37_36Valid, mod37_36CheckCharacter } from './iso7064';

/**
 * DPD parcel number: 14 characters plus an ISO 7064 MOD 37,36 check character printed after it in small type
 * (`0530 0000 0112 67 F`). DPD Polska's parcel numbers end in a letter (`0000 007278 859Q R`): 13 digits + letter.
 *
 * The value of this kind is the 15-character parcel number + check character, because only that can be checked;
 * `dpdParcelNumber()` gives the 14 characters a tracking page wants. A bare 14-digit number cannot be verified and
 * is not reported by the extractor.
 *
 * The DPD barcode (Code 128, `%` + 27 characters: destination postcode 7, parcel number 14, service 3, country 3)
 * has its own MOD 37,36 character printed after the human-readable text; `parseDpdBarcode` reads both forms.
 *
 * Verified on realdata: lbl13 (DPD BE) 05300000011267 -> F, barcode text 0002800 05300000011267 136 056 -> U;
 * lbl14 (DPD PL) 0000007278859Q -> R (printed small after the number), barcode 0003230 0000007278859Q 101 616 -> Z.
 * The trailing Q of the Polish number is not a MOD 37,36 check of its 13 digits (that gives M): DPD PL's own
 * scheme, unknown here, so it is not checked.
 */
const PARCEL_SHAPE = /^\d{13}[0-9A-Z]$/;
const PARCEL_WITH_CHECK_SHAPE = /^\d{13}[0-9A-Z]{2}$/;

export function dpdCheckCharacter(parcelNumber: string): string {
  return mod37_36CheckCharacter(compactIdentifier(parcelNumber));
}

/** The 14-character parcel number (what tracking pages take) from a value with its check character. */
export function dpdParcelNumber(raw: string): string {
  return compactIdentifier(raw).slice(0, 14);
}

export interface DpdBarcode {
  postcode: string;
  parcelNumber: string;
  service: string;
  country: string;
  /** Printed check character, when the text carried one. */
  checkCharacter?: string;
  /** False only when a check character is present and wrong. */
  valid: boolean;
}

/** Reads `%0002800053000000112671360 56` or the human-readable `0002 8000 5300 0000 1126 7136 056U`. */
export function parseDpdBarcode(raw: string): DpdBarcode | undefined {
  const value = compactIdentifier(raw.trim().replace(/^%/, ''));
  const match = /^(\d{7})(\d{13}[0-9A-Z])(\d{3})(\d{3})([0-9A-Z])?$/.exec(value);
  if (!match) return undefined;
  const [, postcode = '', parcelNumber = '', service = '', country = '', checkCharacter] = match;
  const valid = checkCharacter === undefined || isMod37_36Valid(value);
  return { postcode, parcelNumber, service, country, valid, ...(checkCharacter ? { checkCharacter } : {}) };
}

export const dpd = defineIdentifier({
  id: 'dpd',
  name: 'DPD parcel number',
  examples: {
    valid: [
      '05300000011267F', // realdata lbl13
      '0530 0000 0112 67 F',
      '0000007278859QR', // realdata lbl14 (DPD PL)
    ],
    invalid: [
      '05300000011267A', // wrong check character
      '05300000011267', // no check character: cannot be verified
      '0000007278859QZ',
      '0530000001126F7',
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return PARCEL_WITH_CHECK_SHAPE.test(value) && isMod37_36Valid(value);
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (!PARCEL_WITH_CHECK_SHAPE.test(value) && !PARCEL_SHAPE.test(value)) return value;
    const parcel = `${value.slice(0, 4)} ${value.slice(4, 8)} ${value.slice(8, 12)} ${value.slice(12, 14)}`;
    return value.length === 15 ? `${parcel} ${value.slice(14)}` : parcel;
  },
});
