/**
 * DPD barcodes (`%` + postcode, parcel number, service, country) carry no check character: the extractor computes
 * the parcel number's, so a number read from the bars alone always "passes". The label prints the real one after
 * the parcel number (`1234 5678 90X`) and at the end of the barcode's human-readable line. Test labels print one
 * that does not match (realdata lbl28: X printed, E computed): this reads what the OCR saw next to the number so a
 * check digit the label contradicts is never reported as valid.
 */
import { dpdCheckCharacter, parseDpdBarcode } from '../identifiers/dpd';

export type PrintedCheck =
  | { verdict: 'agrees' }
  /** `printed` is the character printed after the parcel number, when that is where the disagreement was seen. */
  | { verdict: 'disagrees'; printed?: string }
  | { verdict: 'unseen' };

/** Digits the depot part may be printed apart from (`2200` condensed on the left, `1234 5678 90X` on the right). */
const TAIL_LENGTH = 10;

/** What the OCR text says about the check character of `parcelNumber` (14 characters). */
export function printedDpdCheck(text: string, parcelNumber: string): PrintedCheck {
  const expected = dpdCheckCharacter(parcelNumber);
  let agrees = false;
  for (const line of text.split('\n')) {
    const compact = line.toUpperCase().replace(/[^0-9A-Z]/g, '');
    if (compact.length < TAIL_LENGTH + 1) continue;
    // The parcel number (or its last ten digits) ending the line, followed by one character: the printed check.
    for (const number of [parcelNumber, parcelNumber.slice(-TAIL_LENGTH)]) {
      const at = compact.lastIndexOf(number);
      if (at < 0 || at + number.length !== compact.length - 1) continue;
      const printed = compact[compact.length - 1]!;
      if (printed !== expected) return { verdict: 'disagrees', printed };
      agrees = true;
    }
    // The barcode's human-readable line with its own check character at the end.
    const barcode = compact.length >= 28 ? parseDpdBarcode(compact.slice(-28)) : undefined;
    if (barcode?.checkCharacter && barcode.parcelNumber === parcelNumber) {
      if (!barcode.valid) return { verdict: 'disagrees' };
      agrees = true;
    }
  }
  return agrees ? { verdict: 'agrees' } : { verdict: 'unseen' };
}

/** A DPD barcode payload whose check character the extractor had to compute (none is in the bars). */
export function isUncheckedDpdBarcode(payload: string): boolean {
  const barcode = parseDpdBarcode(payload);
  return barcode !== undefined && barcode.checkCharacter === undefined;
}
