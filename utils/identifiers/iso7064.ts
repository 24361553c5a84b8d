/**
 * ISO/IEC 7064 check character systems used by identifiers here:
 * - MOD 97-10 (pure system, two check digits): the eUICC EID (GSMA SGP.29), also IBAN.
 * - MOD 37,36 (hybrid system, one alphanumeric check character): DPD parcel numbers and DPD barcodes.
 * The hybrid function is generic over its alphabet, so MOD 11,10 (digits) and MOD 17,16 (hex) come for free.
 */

export const DIGIT_ALPHABET = '0123456789';
export const ALPHANUMERIC_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Hybrid system MOD (M+1),M where M = alphabet length: the character to append to `payload`. */
export function hybridCheckCharacter(payload: string, alphabet: string): string {
  const modulus = alphabet.length;
  let product = modulus;
  for (const character of payload) {
    const value = alphabet.indexOf(character);
    if (value < 0) throw new RangeError(`"${character}" is not in the check alphabet`);
    let sum = (product + value) % modulus;
    if (sum === 0) sum = modulus;
    product = (sum * 2) % (modulus + 1);
  }
  const check = alphabet[(modulus + 1 - product) % modulus];
  if (check === undefined) throw new RangeError('empty check alphabet');
  return check;
}

/** True when the last character of `value` is the hybrid check character of the rest. */
export function isHybridValid(value: string, alphabet: string): boolean {
  if (value.length < 2) return false;
  for (const character of value) if (!alphabet.includes(character)) return false;
  return hybridCheckCharacter(value.slice(0, -1), alphabet) === value.slice(-1);
}

export function mod37_36CheckCharacter(payload: string): string {
  return hybridCheckCharacter(payload, ALPHANUMERIC_ALPHABET);
}

export function isMod37_36Valid(value: string): boolean {
  return isHybridValid(value, ALPHANUMERIC_ALPHABET);
}

/** Remainder of a decimal string of any length modulo 97 (the numbers exceed 2^53, so digit by digit). */
function decimalMod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** MOD 97-10: the two check digits to append to `payload` (digits only). */
export function mod97_10CheckDigits(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new RangeError(`mod97_10CheckDigits expects digits, got "${payload}"`);
  return String(98 - decimalMod97(`${payload}00`)).padStart(2, '0');
}

/** MOD 97-10: the whole number (check digits last) is 1 modulo 97. */
export function isMod97_10Valid(digits: string): boolean {
  if (digits.length < 3 || !/^\d+$/.test(digits)) return false;
  return decimalMod97(digits) === 1;
}
