/** Luhn (ISO/IEC 7812-1, "mod 10"): the check digit of IMEIs and ICCIDs. */

const DIGITS = /^\d+$/;

/** The digit to append to `payload` (digits only) so the whole passes Luhn. */
export function luhnCheckDigit(payload: string): number {
  if (!DIGITS.test(payload)) throw new RangeError(`luhnCheckDigit expects digits, got "${payload}"`);
  // The check digit will sit at position 0 from the right, so the payload's rightmost digit is doubled.
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `digits` (check digit last) passes Luhn. False for empty or non-digit input. */
export function isLuhnValid(digits: string): boolean {
  if (digits.length < 2 || !DIGITS.test(digits)) return false;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
