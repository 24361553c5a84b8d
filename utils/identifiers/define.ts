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
