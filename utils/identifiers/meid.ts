import { compactIdentifier, defineIdentifier } from './define';

/** 14 hex characters, in groups of any size, not followed by more characters of a longer number. */
const MEID_PRINTED = /((?:[0-9A-Fa-f][ ]?){13}[0-9A-Fa-f])(?![ -]?[0-9A-Za-z])/y;

/**
 * MEID (3GPP2): 14 hex digits, regional code (2) + manufacturer (6) + serial (6). Dual-standard phones show the
 * first 14 digits of their IMEI as a decimal MEID. It carries no check digit here, so the extractor only reports
 * one printed beside an "MEID" label; its job is mostly to keep that number from being read as anything else.
 */
const MEID_SHAPE = /^[0-9A-F]{14}$/;

export const meid = defineIdentifier({
  id: 'meid',
  name: 'MEID',
  examples: {
    valid: ['A0000012345678', 'a0 000012 345678', '35693803564380'],
    invalid: ['A000001234567', 'G0000012345678', '356938035643809'],
  },
  normalize: compactIdentifier,
  validate(raw) {
    return MEID_SHAPE.test(compactIdentifier(raw));
  },
  format: compactIdentifier,
  finding: {
    family: 'device',
    labels: { en: ['MEID', 'MEID (HEX)', 'MEID HEX'], fr: [], de: [], es: [], it: [] },
    labelName: 'MEID',
    lengths: [14],
    printed: { kind: 'pattern', pattern: MEID_PRINTED, read: (match) => ({ value: compactIdentifier(match[1] ?? ''), repaired: false }) },
    // No check digit: only beside its label.
    layouts: { unlabelled: 'never', underHeading: false },
    reported: false,
  },
});
