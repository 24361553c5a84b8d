import { compactIdentifier, defineIdentifier, groupCharacters } from './define';
import { isLuhnValid } from './luhn';

/**
 * SIM card number (ITU-T E.118): 19 or 20 digits starting with the telecom prefix 89, Luhn check digit last.
 * Recognised so that a SIM number in a photo is labelled ICCID and never cut into an IMEI.
 */
const ICCID_SHAPE = /^89\d{17,18}$/;

export const iccid = defineIdentifier({
  id: 'iccid',
  name: 'ICCID (SIM number)',
  examples: {
    valid: ['89014103211118510720', '8944 1100 6825 9270 499'],
    invalid: [
      '89014103211118510721', // Luhn fails
      '79014103211118510722', // Luhn passes but no 89 prefix
      '356938035643809',
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return ICCID_SHAPE.test(value) && isLuhnValid(value);
  },
  format(raw) {
    const value = compactIdentifier(raw);
    return ICCID_SHAPE.test(value) ? groupCharacters(value, [4, 4, 4, 4, 4]) : value;
  },
  finding: {
    family: 'device',
    labels: {
      en: ['ICCID', 'SIM number', 'SIM No', 'SIM card number', 'SIM card No'],
      fr: ['Numéro de carte SIM'],
      de: ['SIM-Kartennummer'],
      es: ['Número de SIM'],
      it: ['Numero SIM'],
    },
    labelName: 'ICCID',
    lengths: [20, 19],
    printed: { kind: 'digit-groups' },
    layouts: { unlabelled: 'valid', underHeading: false, barcode: compactIdentifier },
    reported: false,
  },
});
