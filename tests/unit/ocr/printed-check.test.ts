import { describe, expect, it } from 'vitest';
import { dpdCheckCharacter } from '../../../utils/identifiers/dpd';
import { isUncheckedDpdBarcode, printedDpdCheck } from '../../../utils/ocr/printed-check';

// The OCR text of realdata lbl28 (a DPD UK test label, printed check X where MOD 37,36 gives E), trimmed.
const LBL28_TEXT = 'Consignment     1234567890\nWeight\n§000100200-B     18.5 kg\n1234 5678 90X\nIi\n0075 0012 2001 2345 6789 0101 9018';

describe('the check character a DPD label prints next to a number read from its bars', () => {
  it('refutes a computed check when the label prints another after the number (depot printed apart)', () => {
    expect(printedDpdCheck(LBL28_TEXT, '22001234567890')).toEqual({ verdict: 'disagrees', printed: 'X' });
  });

  it('refutes it from the barcode line alone when that line ends in a failing check character', () => {
    expect(printedDpdCheck('0075 0012 2001 2345 6789 0101 9018', '22001234567890')).toEqual({ verdict: 'disagrees' });
  });

  it('agrees when the printed character is the computed one', () => {
    const check = dpdCheckCharacter('05300000011267');
    expect(printedDpdCheck(`Parcel\n0530 0000 0112 67 ${check}\n`, '05300000011267')).toEqual({ verdict: 'agrees' });
  });

  it('says nothing when the number is not printed with a character after it', () => {
    expect(printedDpdCheck('Consignment 1234567890\nREF 22001234567890 101', '22001234567890')).toEqual({ verdict: 'unseen' });
  });

  it('tells a DPD barcode without its check character from one with it', () => {
    expect(isUncheckedDpdBarcode('%007500122001234567890101901')).toBe(true);
    expect(isUncheckedDpdBarcode('0075001 22001234567890 101 901 8')).toBe(false);
    expect(isUncheckedDpdBarcode('1Z0FH3446831744085')).toBe(false);
  });
});
