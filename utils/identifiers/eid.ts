import { compactIdentifier, defineIdentifier, groupCharacters } from './define';
import { isMod97_10Valid } from './iso7064';

/**
 * eUICC identifier (GSMA SGP.29): 32 digits, the last two an ISO 7064 MOD 97-10 check (whole number mod 97 = 1).
 * Recognised so a 32-digit EID on an About screen is labelled EID, never mis-split into IMEIs.
 */
const EID_SHAPE = /^\d{32}$/;

export const eid = defineIdentifier({
  id: 'eid',
  name: 'EID',
  examples: {
    valid: [
      '89049032123451234512345678901235', // GSMA SGP.29 example
      '8904 9032 0040 0888 2600 0050 1234 5678',
    ],
    invalid: [
      '89049032123451234512345678901234', // check fails
      '8904903212345123451234567890123', // 31 digits
      '356938035643809',
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return EID_SHAPE.test(value) && isMod97_10Valid(value);
  },
  /** EIDs start with the telecom prefix 89 (ITU-T E.118), like ICCIDs. */
  plausible(raw) {
    return compactIdentifier(raw).startsWith('89');
  },
  format(raw) {
    const value = compactIdentifier(raw);
    return EID_SHAPE.test(value) ? groupCharacters(value, [4, 4, 4, 4, 4, 4, 4, 4]) : value;
  },
  finding: {
    family: 'device',
    labels: { en: ['EID'], fr: [], de: [], es: [], it: [] },
    labelName: 'EID',
    lengths: [32],
    printed: { kind: 'digit-groups' },
    layouts: { unlabelled: 'valid', underHeading: false, barcode: compactIdentifier },
    reported: true,
  },
});
