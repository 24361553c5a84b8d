/**
 * An identifier rule describes one kind of number the panel reads from attachments (IMEI, carrier waybills...).
 * One file per kind in this folder, its file name is the id, registered in `registry.ts`. Rules are pure: no OCR, no
 * browser APIs. Tests are generated from each rule's own examples (see tests/unit/identifiers/rules.test.ts).
 */
export interface IdentifierRule<Id extends string = string> {
  /** Same as the file name. */
  id: Id;
  /** Human name for the panel. */
  name: string;
  /**
   * Printed or on-screen forms. `valid` must pass `validate`, `invalid` must fail it, and no other rule may accept a
   * `valid` example of this one.
   */
  examples: { valid: readonly string[]; invalid: readonly string[] };
  /** Drops separators and uppercases. Does not repair OCR lookalikes (O for 0...): the extractor does that. */
  normalize(raw: string): string;
  /** Shape and check character(s). Takes a raw or normalized value. */
  validate(raw: string): boolean;
  /**
   * Beyond the check digit: could a real device or parcel carry this number (e.g. an IMEI from a known reporting
   * body)? Absent when the kind has no such test.
   */
  plausible?(raw: string): boolean;
  /** As printed on the device or label; a value of the wrong shape comes back normalized and otherwise unchanged. */
  format(raw: string): string;
  /** Everything the readers need to find this kind: labels, layouts, lengths. Nothing outside the rule names it. */
  finding: IdentifierFinding;
}

/** The languages every carrier's labels are given in (Back Market's after-sales markets). */
export type LabelLanguage = 'en' | 'fr' | 'de' | 'es' | 'it';

/**
 * Words that announce a number, per language, as printed. Matched case-insensitively, any space matching any run
 * of whitespace, accented letters also without their accent (the English OCR model drops them); "No", "Nr", "N°",
 * "#", "Number", "ID" may follow (see extract.ts). `other`: words of further languages (Polish labels...).
 */
export type LabelWords = Readonly<Record<LabelLanguage, readonly string[]>> & { readonly other?: readonly string[] };

/**
 * The generic words a shipment's number is announced with, whatever the carrier. A carrier rule says whether they
 * announce its numbers always (a distinctive shape, like UPS 1Z) or only when one of its brands is named nearby
 * (a shape many other numbers share, like DHL's 10 digits or FedEx's 12).
 */
export const TRACKING_LABELS: LabelWords = {
  en: ['Tracking', 'Track', 'Tracking No', 'Tracking number', 'Tracking ID', 'Tracking code', 'Shipment Tracking ID', 'Trace number'],
  fr: ['N° de suivi', 'Numéro de suivi', 'Suivi', 'Numéro de colis', 'N° de colis'],
  de: ['Sendungsnummer', 'Sendungsverfolgung', 'Trackingnummer', 'Tracking-Nummer'],
  es: ['Número de seguimiento', 'Nº de seguimiento', 'Seguimiento', 'Número de envío'],
  it: ['Numero di tracciabilità', 'Numero di tracking', 'Codice di tracciamento', 'Numero di spedizione'],
};

/** How a number of this kind is printed in text, for the extractor. */
export type PrintedForm =
  /**
   * Digits, maybe in groups ("35 693803 564380 9"): found in digit runs, a value is made of whole groups.
   * `unlabelledGroupings`: the only group sizes ("2-6-6-1") a number split in groups is taken in without a label.
   */
  | { kind: 'digit-groups'; unlabelledGroupings?: readonly string[] }
  /** A pattern over the printed characters; `read` turns a match into the value (OCR look-alikes repaired). */
  | { kind: 'pattern'; pattern: RegExp; read(match: RegExpExecArray, labelled: boolean): PrintedReading | undefined }
  /** A reader of its own (several printed forms that depend on each other, like DPD's barcode text). */
  | { kind: 'scan'; scan(text: TextScan): void };

export interface PrintedReading {
  value: string;
  /** Characters were repaired (O for 0...): such a value is kept only when it validates. */
  repaired: boolean;
  /** Where the value starts and ends in the match, when not the whole match. */
  offsets?: { start: number; end: number };
}

/** What a `scan` reader gets: the text with labels masked, and how to report. */
export interface TextScan {
  /** The text with every label replaced by a filler character (positions unchanged). */
  masked: string;
  text: string;
  /** The label just before `position` (same line or up to two line breaks, only punctuation between), if any. */
  labelBefore(position: number): { announces: boolean; name: string; other: boolean } | undefined;
  /** Whether one of this rule's brands is named anywhere in the text. */
  brandNamed: boolean;
  isClaimed(start: number, end: number): boolean;
  add(value: string, start: number, end: number, label?: string): void;
}

/** Where numbers of this kind are printed relative to what announces them. */
export interface IdentifierLayouts {
  /**
   * Without any label: 'valid' when the check passes (and the value is plausible), 'any' when the shape alone is
   * distinctive enough to report a failing check (UPS `1Z`), 'never' for weak or missing checks (DHL mod 7, MEID).
   * After one of its labels a number is always reported, valid or not.
   */
  unlabelled: 'valid' | 'any' | 'never';
  /** In a table cell under a column heading that is one of its labels (only valid numbers are read there). */
  underHeading: boolean;
  /**
   * In a text that names this kind (one of its own labels appears anywhere in it), a value printed as one group on
   * its own that passes `plausible` is reported valid or not, with no label right before it: an app or a screen
   * listing the kind's numbers under a caption OCR cannot read ("识别结果: 869838068936038", realdata imei15).
   */
  plausibleWhereNamed?: boolean;
  /** The value in a decoded barcode payload (symbology checked), or undefined when the payload is not this kind. */
  barcode?(payload: string): string | undefined;
  /**
   * `barcode` takes only payloads of the carrier's own shape (FedEx's 34-digit and "96" barcodes), so a number read
   * from one is reported even when its check fails, as not valid (a test label's: realdata lbl27). Without it, only
   * a shape distinctive in any text (`unlabelled: 'any'`) is.
   */
  failingBarcodeShown?: boolean;
}

export interface IdentifierFinding {
  /** Device identifiers (IMEI...) or carrier numbers (compared with the return shipment's, fill `waybill`). */
  family: 'device' | 'carrier';
  /** Its own labels; for a carrier, the generic TRACKING_LABELS count as well (see `trackingLabels`). */
  labels: LabelWords;
  /**
   * Label patterns (RegExp source, case-insensitive) for what plain words cannot say: OCR look-alikes ("1MEI") or
   * a slot number, given by the first capture group ('1' or '2').
   */
  labelPatterns?: readonly string[];
  /** What the panel calls a number read after one of its own labels ("Waybill", "IMEI 2"). */
  labelName: string;
  /** Carrier names whose mention makes the generic tracking labels announce this kind. */
  brands?: readonly string[];
  /** 'always': the generic tracking labels announce it; 'with-brand': only with a brand named nearby. */
  trackingLabels?: 'always' | 'with-brand';
  /** Lengths of the normalized value. */
  lengths: readonly number[];
  printed: PrintedForm;
  layouts: IdentifierLayouts;
  /**
   * The reply variable the first valid number of this kind fills (the one labelled slot 1 first), and the word the
   * numbers section's one-line summary uses for it ("IMEI ✓ · waybill –").
   */
  fills?: { variable: 'imei' | 'waybill'; summaryWord: string };
  /** Listed in the panel's numbers section. */
  reported: boolean;
}

/** The words of a LabelWords table, every language. */
export function allLabelWords(words: LabelWords): string[] {
  return Object.values(words).flat();
}

/** Sticky-regex matches tried at every word start, so a candidate starting one group too early cannot hide the right one. */
export function* matchesAtWordStarts(masked: string, sticky: RegExp): Generator<RegExpExecArray> {
  for (const word of masked.matchAll(/[0-9A-Za-z%|]+/g)) {
    sticky.lastIndex = word.index;
    const match = sticky.exec(masked);
    if (match) yield match;
  }
}

const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', '|': '1', S: '5', B: '8' };

/** OCR look-alikes of digits (O for 0, l for 1, S for 5, B for 8) turned into the digits. */
export function repairDigits(raw: string): string {
  return raw.replace(/[OoIl|SB]/g, (character) => LOOKALIKE_DIGITS[character] ?? character);
}

export function defineIdentifier<const Id extends string>(rule: IdentifierRule<Id>): IdentifierRule<Id> {
  return rule;
}

/** Keeps letters and digits, uppercased: `35-693803 564380/9` -> `356938035643809`. */
export function compactIdentifier(raw: string): string {
  return raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** Splits `value` into groups of the given sizes; any remainder becomes a last group. */
export function groupCharacters(value: string, sizes: readonly number[]): string {
  const groups: string[] = [];
  let offset = 0;
  for (const size of sizes) {
    if (offset >= value.length) break;
    groups.push(value.slice(offset, offset + size));
    offset += size;
  }
  if (offset < value.length) groups.push(value.slice(offset));
  return groups.join(' ');
}
