import { compactIdentifier, defineIdentifier, repairDigits, type PrintedReading } from './define';

/**
 * La Poste / Colissimo international number: the UPU S10 identifier La Poste issues, 13 characters = service
 * indicator (2 letters: CA-CZ parcels, EA-EZ EMS, LA-LZ, RA-RZ registered...) + serial (8 digits) + check digit +
 * "FR". Check (UPU S10): serial digits weighted 8, 6, 4, 2, 3, 5, 9, 7; c = 11 - sum mod 11; 10 gives 0, 11 gives 5.
 * Example `EE471108151FR` from the UPU S10 barcode documentation (BWIPP); other posts' S10 numbers (realdata
 * lbl22: DHL Paket International `CD530130855DE`) end in their own country code and are not this kind.
 *
 * Colissimo's domestic 13-character numbers (`6A...`, `8R...` for returns) have no published check digit, so they
 * are not read: a number that cannot be checked would be reported on its shape alone.
 */
const S10_FR_SHAPE = /^[A-Z]{2}\d{9}FR$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

export function s10CheckDigit(serial8: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial8[i]) * S10_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** As printed: "CB 123 456 785 FR", "EE471108151FR"; look-alike digits (O, l, S, B) repaired in the digit part. */
const S10_PRINTED = /(?<![0-9A-Za-z])([A-Z]{2})[ ]?((?:[0-9OoIlSB][ ]?){8}[0-9OoIlSB])[ ]?(FR)(?![0-9A-Za-z])/y;

function readS10(match: RegExpExecArray): PrintedReading | undefined {
  const rawDigits = (match[2] ?? '').replace(/ /g, '');
  const digits = repairDigits(rawDigits);
  return { value: `${match[1]}${digits}FR`, repaired: digits !== rawDigits };
}

export const colissimo = defineIdentifier({
  id: 'colissimo',
  name: 'La Poste Colissimo number',
  examples: {
    valid: [
      'EE471108151FR', // UPU S10 example (BWIPP documentation)
      'CB 123 456 785 FR', // as printed, check computed
      'CP000000005FR',
    ],
    invalid: [
      'EE471108152FR', // check fails
      'CD530130855DE', // realdata lbl22: a valid S10 of Deutsche Post, not La Poste
      'EE47110815FR', // 12 characters
      '6A12345678901', // domestic Colissimo form: no published check, not read
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return S10_FR_SHAPE.test(value) && s10CheckDigit(value.slice(2, 10)) === Number(value[10]);
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (!S10_FR_SHAPE.test(value)) return value;
    return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8, 11)} ${value.slice(11)}`;
  },
  finding: {
    family: 'carrier',
    labels: {
      en: ['Colissimo', 'La Poste', 'Colissimo tracking number'],
      fr: ['Numéro Colissimo', 'N° Colissimo', 'Numéro de suivi Colissimo', 'N° de suivi La Poste'],
      de: ['Colissimo Sendungsnummer'],
      es: ['Número de seguimiento Colissimo'],
      it: ['Numero di tracking Colissimo'],
    },
    labelName: 'Tracking',
    brands: ['Colissimo', 'La Poste'],
    trackingLabels: 'always',
    lengths: [13],
    printed: { kind: 'pattern', pattern: S10_PRINTED, read: readS10 },
    // The S10 check and the fixed "FR" make a chance match rare: taken without a label when valid.
    layouts: {
      unlabelled: 'valid',
      underHeading: true,
      barcode: (payload) => (S10_FR_SHAPE.test(compactIdentifier(payload)) ? compactIdentifier(payload) : undefined),
    },
    reported: true,
  },
});
