import { compactIdentifier, defineIdentifier } from './define';
import { isLuhnValid, luhnCheckDigit } from './luhn';

export { isLuhnValid, luhnCheckDigit };

/**
 * IMEI: 15 digits = TAC (8: reporting body 2 + model 6) + serial (6) + Luhn check digit (3GPP TS 23.003).
 * Look-alikes that must never pass: IMEISV (16 digits, no check digit), MEID (14 hex), EID (32), ICCID (19-20),
 * EAN-13 / UPC-A (13 / 12), phone and serial numbers. Length does most of that work; the extractor's labels do
 * the rest.
 */

export interface ReportingBody {
  body: string;
  origin: string;
  /** Still allocates TACs (a device made today can carry it). */
  allocating: boolean;
}

/**
 * Reporting Body Identifiers (first two IMEI digits) from GSMA PRD TS.06 "IMEI Allocation and Approval Process"
 * v25.0 (1 May 2024), Appendix A, as tabulated by Wikipedia "Reporting Body Identifier" (read 2025). Test IMEIs
 * (00, 02-09) are left out on purpose: a customer's device should not carry one, so they are not plausible.
 * 98 is "reserved", but TACs 98000100-98007800 were allocated from it, so it stays.
 */
export const IMEI_REPORTING_BODIES: Readonly<Record<string, ReportingBody>> = {
  '01': { body: 'CTIA (PTCRB)', origin: 'United States', allocating: true },
  '35': { body: 'TÜV SÜD (BABT)', origin: 'United Kingdom', allocating: true },
  '86': { body: 'TAF', origin: 'China', allocating: true },
  '98': { body: 'Reserved (a few TACs 98000100-98007800 allocated)', origin: '', allocating: false },
  '99': { body: 'Global Hexadecimal Administrator (GHA)', origin: 'multi-RAT 3GPP2/3GPP', allocating: true },
  '10': { body: 'DECT devices', origin: '', allocating: false },
  '30': { body: 'Iridium', origin: 'United States (satellite phones)', allocating: false },
  '33': { body: 'DGPT', origin: 'France', allocating: false },
  '44': { body: 'BABT', origin: 'United Kingdom', allocating: false },
  '45': { body: 'NTA', origin: 'Denmark', allocating: false },
  '49': { body: 'BZT / BAPT', origin: 'Germany', allocating: false },
  '50': { body: 'BZT ETS', origin: 'Germany', allocating: false },
  '51': { body: 'Cetecom ICT', origin: 'Germany', allocating: false },
  '52': { body: 'Cetecom', origin: 'Germany', allocating: false },
  '53': { body: 'TÜV', origin: 'Germany', allocating: false },
  '54': { body: 'Phoenix Test Lab', origin: 'Germany', allocating: false },
  '91': { body: 'MSAI', origin: 'India', allocating: false },
};

const IMEI_SHAPE = /^\d{15}$/;
/** "IMEI" with the letters OCR confuses with I (1, l, |). */
// The I's as OCR misreads them on photographed labels and screens: 1, l, |, and \ or ! ("\MEI;", "IME!:"); the M
// as W on a blurred photo of a screen ("\WEI", realdata imei15).
const IMEI_WORD = '[I1l|\\\\!][MW]E[I1l|\\\\!]';

/** The reporting body named by the first two digits, or undefined (unknown or test range). */
export function imeiReportingBody(raw: string): ReportingBody | undefined {
  const value = compactIdentifier(raw);
  return IMEI_SHAPE.test(value) ? IMEI_REPORTING_BODIES[value.slice(0, 2)] : undefined;
}

export const imei = defineIdentifier({
  id: 'imei',
  name: 'IMEI',
  examples: {
    valid: [
      '35 693803 564380 9',
      '35-693803-564380-9',
      '356938035643809',
      '490154203237518', // 3GPP / Wikipedia example
      '448674528976410', // realdata imei04 (Philips label)
      '869838068966822', // realdata imei15: passes Luhn by chance, on a list of otherwise failing numbers
    ],
    invalid: [
      '356938035643808', // Luhn fails
      '869838068497529', // realdata imei14: fails Luhn
      '3569380356438001', // IMEISV: 14 + 2-digit software version, 16 digits
      '35693803564380', // MEID / IMEI without its check digit
      '89049032123451234512345678901235', // EID
      '89014103211118510720', // ICCID
      '0194252056639', // EAN-13
      '194252056639', // UPC-A
      '35693803564380A', // letter
    ],
  },
  normalize: compactIdentifier,
  validate(raw) {
    const value = compactIdentifier(raw);
    return IMEI_SHAPE.test(value) && isLuhnValid(value);
  },
  plausible(raw) {
    return imeiReportingBody(raw) !== undefined;
  },
  format(raw) {
    const value = compactIdentifier(raw);
    if (!IMEI_SHAPE.test(value)) return value;
    return `${value.slice(0, 2)} ${value.slice(2, 8)} ${value.slice(8, 14)} ${value.slice(14)}`;
  },
  finding: {
    family: 'device',
    labels: {
      en: ['IMEI number', 'Device IMEI'],
      fr: ['Numéro IMEI', 'Code IMEI'],
      de: ['IMEI-Nummer', 'IMEI Nummer'],
      es: ['Número IMEI', 'Número de IMEI', 'Código IMEI'],
      it: ['Codice IMEI', 'Numero IMEI'],
    },
    labelPatterns: [
      // "IMEI/MEID" on CDMA-capable phones, then "IMEI", "IMEI2", "IMEI (slot 1)", "IMEI SIM 2", with the letters
      // OCR confuses with I (1, l, |).
      `${IMEI_WORD}\\s*/\\s*MEID(?![0-9A-Za-z])`,
      `${IMEI_WORD}(?:\\s*\\(?\\s*(?:(?:sim\\s*)?slot\\s*|sim\\s*)?([12])\\s*\\)?(?![0-9]))?(?:\\s*(?:No\\.?|Nr\\.?|Number|#))?`,
    ],
    labelName: 'IMEI',
    lengths: [15],
    // How IMEIs are printed when split, the only groupings taken without a label: 2-6-6-1 and TAC-serial-check 8-6-1.
    printed: { kind: 'digit-groups', unlabelledGroupings: ['2-6-6-1', '8-6-1'] },
    layouts: { unlabelled: 'valid', underHeading: true, plausibleWhereNamed: true, barcode: imeiFromBarcode },
    fills: { variable: 'imei', summaryWord: 'IMEI' },
    reported: true,
  },
});

/** The IMEI whose first 14 digits are `body` (e.g. to build one from a decimal MEID). */
export function imeiFromBody(body: string): string {
  return `${body}${luhnCheckDigit(body)}`;
}

/**
 * A label's barcode holds the IMEI, sometimes with one more digit after it (the Philips label of the real corpus
 * encodes `448674528976410` + `9`). Sixteen digits count as an IMEI only when their first fifteen pass its check
 * and start with a reporting body's code (about 2 in 100 random numbers would); anything else stays as read, for
 * the check to judge.
 */
function imeiFromBarcode(payload: string): string {
  const compact = compactIdentifier(payload);
  const first15 = compact.slice(0, 15);
  return /^\d{16}$/.test(compact) && isLuhnValid(first15) && imeiReportingBody(first15) !== undefined ? first15 : compact;
}
