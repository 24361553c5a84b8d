import { compactIdentifier, defineIdentifier, repairDigits, type PrintedReading } from './define';

/** "1Z" + 16 alphanumerics, spaces allowed between characters as printed ("1Z 0FH 344 68 3174 4085"). */
const UPS_PRINTED = /(?<![0-9A-Za-z])([1Il|][Zz2])((?:[ -]?[0-9A-Za-z|]){16})(?![0-9A-Za-z])/y;

/**
 * The shipper and service characters may be letters; only the last eight are digits, so only they are repaired.
 * Tesseract reads "1Z" as "12" (realdata lbl10); an 18-digit number starting 12 is common, so that reading also
 * needs a label or a letter in the shipper part.
 */
function readUps(match: RegExpExecArray, labelled: boolean): PrintedReading | undefined {
  const prefix = match[1] ?? '';
  const body = (match[2] ?? '').replace(/[ -]/g, '');
  const head = body.slice(0, 8).toUpperCase();
  const tail = repairDigits(body.slice(8));
  if (!/^\d{8}$/.test(tail) || !/^[0-9A-Z]{8}$/.test(head)) return undefined;
  if (prefix.endsWith('2') && !labelled && !/[A-Z]/.test(head)) return undefined;
  return { value: `1Z${head}${tail}`, repaired: prefix.toUpperCase() !== '1Z' || tail !== body.slice(8) };
}

/**
 * UPS tracking number ("1Z"): `1Z` + shipper account (6) + service (2) + package number (7) + check digit = 18
 * characters. Shipper and service may hold letters (SurePost uses `YW`); the last eight are digits.
 *
 * Check digit over characters 3-17: a letter counts as (char code - 63) mod 10 (A=2, B=3 ... H=9, I=0, J=1 ...),
 * digits as themselves; sum the odd positions plus twice the even positions; check = (10 - sum mod 10) mod 10.
 * Verified against 1Z0FH3446831744085 (realdata lbl07, a real karrio fixture) and 1Z999AA10123456784 (the widely
 * published example); UPS sandbox labels (1Z680RA4DL08720000, 1Z4X7V81YW00000000) fail it, as they should.
 */
const UPS_SHAPE = /^1Z[0-9A-Z]{8}\d{8}$/;

function upsCharacterValue(character: string): number {
  if (/\d/.test(character)) return Number(character);
  return (character.charCodeAt(0) - 63) % 10;
}

/** Check digit for the 15 characters after `1Z` (i.e. without the check digit itself). */
export function upsCheckDigit(body15: string): number {
  if (!/^[0-9A-Z]{15}$/.test(body15)) throw new RangeError(`upsCheckDigit expects 15 alphanumerics, got "${body15}"`);
  let sum = 0;
  for (let i = 0; i < body15.length; i++) {
    const value = upsCharacterValue(body15[i] ?? '0');
    sum += i % 2 === 0 ? value : 2 * value;
  }
  return (10 - (sum % 10)) % 10;
}

export const ups = defineIdentifier({
  id: 'ups',
  name: 'UPS tracking number',
  examples: {
    valid: [
      '1Z0FH3446831744085', // realdata lbl07
      '1Z 0FH 344 68 3174 4085', // as printed
      '1Z999AA10123456784',
    ],
    invalid: [
      '1Z680RA4DL08720000', // realdata lbl10: UPS sandbox number, check fails
      '1Z4X7V81YW00000000', // realdata lbl11: zeroed test number
      '1Z0FH3446831744086', // wrong check digit
      '1Z0FH344683174408', // 17 characters
      '1Z0FH34468317440X5', // letter where a digit belongs
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return UPS_SHAPE.test(value) && upsCheckDigit(value.slice(2, 17)) === Number(value[17]);
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (!/^1Z[0-9A-Z]{16}$/.test(value)) return value;
    return [value.slice(0, 2), value.slice(2, 5), value.slice(5, 8), value.slice(8, 10), value.slice(10, 14), value.slice(14)].join(' ');
  },
  finding: {
    family: 'carrier',
    labels: {
      en: ['UPS Tracking', 'UPS Tracking number', 'UPS Tracking #'],
      fr: ['N° de suivi UPS'],
      de: ['UPS Sendungsnummer', 'UPS Trackingnummer'],
      es: ['Número de seguimiento UPS'],
      it: ['Numero di tracking UPS'],
    },
    labelName: 'Tracking',
    brands: ['UPS'],
    trackingLabels: 'always',
    lengths: [18],
    printed: { kind: 'pattern', pattern: UPS_PRINTED, read: readUps },
    // "1Z" and the shape are distinctive: a failing check is still shown (as not valid) so a misread is seen.
    layouts: {
      unlabelled: 'any',
      underHeading: true,
      barcode: (payload) => (/^1Z[0-9A-Z]{16}$/.test(compactIdentifier(payload)) ? compactIdentifier(payload) : undefined),
    },
    reported: true,
  },
});
