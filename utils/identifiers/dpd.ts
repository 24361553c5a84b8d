import { compactIdentifier, defineIdentifier, matchesAtWordStarts, repairDigits, type TextScan } from './define';
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
  finding: {
    family: 'carrier',
    labels: {
      en: ['Parcel', 'Parcel No', 'Parcel number', 'Consignment', 'Consignment No', 'DPD Parcel', 'DPD Parcel number'],
      fr: ['N° de colis DPD', 'Numéro de colis DPD'],
      de: ['Paketnummer', 'Paketscheinnummer'],
      es: ['Número de paquete'],
      it: ['Numero pacco', 'Numero del pacco'],
      other: ['Numer paczki'],
    },
    labelName: 'Parcel',
    brands: ['DPD'],
    trackingLabels: 'always',
    lengths: [15],
    printed: { kind: 'scan', scan: scanDpd },
    layouts: { unlabelled: 'valid', underHeading: true, barcode: dpdValueFromBarcode },
    reported: true,
  },
});

/** A DPD barcode starts with "%"; its printed check character is not in the bars, so without "%" one is required. */
function dpdValueFromBarcode(payload: string): string | undefined {
  const barcode = parseDpdBarcode(payload);
  if (barcode?.valid && (payload.trimStart().startsWith('%') || barcode.checkCharacter)) {
    return barcode.parcelNumber + dpdCheckCharacter(barcode.parcelNumber);
  }
  return compactIdentifier(payload);
}

// The full barcode text (postcode 7 + parcel 14 + service 3 + country 3 + check), then parcel + check character.
const DPD_BARCODE_TEXT = /(?<![0-9A-Za-z])%?((?:\d[ ]?){20}[0-9A-Z][ ]?(?:\d[ ]?){6}[0-9A-Z])(?![0-9A-Za-z])/y;
const DPD_PARCEL_WITH_CHECK = /(?<![0-9A-Za-z])((?:[0-9OoIlSB][ ]?){13}[0-9A-Z])([ ]?)([0-9A-Z])(?![0-9A-Za-z])/y;

function scanDpd(scan: TextScan): void {
  for (const match of matchesAtWordStarts(scan.masked, DPD_BARCODE_TEXT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (scan.isClaimed(start, end)) continue;
    const barcode = parseDpdBarcode(match[1] ?? '');
    // The printed check covers the parcel number, so a parcel number read from a valid barcode text is verified.
    if (!barcode?.checkCharacter || !barcode.valid) continue;
    const parcelStart = start + (match[0].startsWith('%') ? 1 : 0) + offsetAfterCharacters(match[1] ?? '', 7);
    scan.add(barcode.parcelNumber + dpdCheckCharacter(barcode.parcelNumber), parcelStart, end);
  }
  for (const match of matchesAtWordStarts(scan.masked, DPD_PARCEL_WITH_CHECK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (scan.isClaimed(start, end)) continue;
    const rawParcel = (match[1] ?? '').replace(/ /g, '');
    if ((rawParcel.slice(0, 13).match(/\d/g)?.length ?? 0) < 10) continue;
    const check = match[3] ?? '';
    const value = repairDigits(rawParcel.slice(0, 13)) + rawParcel.slice(13) + check;
    const repaired = value !== rawParcel + check;
    const valid = dpd.validate(value);
    if (repaired && !valid) continue;
    const label = scan.labelBefore(start);
    const labelText = label?.announces ? label.name : undefined;
    // An all-digit run is more often something else (an IMEI passes MOD 37,36 1 time in 36): it needs its check
    // character set apart and DPD named on the label or a parcel label. A letter check character is DPD's mark.
    const allDigits = /^\d+$/.test(value);
    const separated = match[2] === ' ';
    const looksDpd = !allDigits || (separated && (scan.brandNamed || labelText !== undefined));
    if (valid && looksDpd) scan.add(value, start, end, labelText);
    else if (!valid && labelText && !allDigits) scan.add(value, start, end, labelText);
  }
}

/** Offset in `raw` (which may contain spaces) just after its first `count` non-space characters. */
function offsetAfterCharacters(raw: string, count: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== ' ') seen++;
    if (seen === count) {
      let next = i + 1;
      while (raw[next] === ' ') next++;
      return next;
    }
  }
  return raw.length;
}
