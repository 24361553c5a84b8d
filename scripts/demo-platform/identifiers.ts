/**
 * Identifier values printed on the demo attachments, with the check digits computed here rather than typed in,
 * so the OCR and barcode readers are tested against numbers that are really valid (and the distractors are
 * known to be what they are). Standalone on purpose: the demo must not depend on the code it is used to test.
 */

/** Luhn check digit for the first 14 digits of an IMEI. */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    // The rightmost body digit is doubled, because the check digit will stand to its right.
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function withLuhn(body: string): string {
  return body + luhnCheckDigit(body);
}

/** DHL Express waybill: ten digits, the last one is the first nine read as a number, mod 7. */
export function withDhlExpressCheck(firstNine: string): string {
  return firstNine + String(Number(firstNine) % 7);
}

/** UPS 1Z tracking number: 1Z + 15 characters + a check digit over those 15 (letters map to (code - 63) mod 10). */
export function withUpsCheck(fifteen: string): string {
  let sum = 0;
  for (let index = 0; index < fifteen.length; index += 1) {
    const char = fifteen[index]!;
    const value = /\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 63) % 10;
    sum += index % 2 === 1 ? value * 2 : value;
  }
  return `1Z${fifteen}${(10 - (sum % 10)) % 10}`;
}

/** eUICC id (EID): 32 digits whose last two make the whole number equal 1 mod 97 (ISO 7064 MOD 97-10). */
export function withEidCheck(firstThirty: string): string {
  let remainder = 0;
  for (const char of `${firstThirty}00`) remainder = (remainder * 10 + Number(char)) % 97;
  return firstThirty + String(98 - remainder).padStart(2, '0');
}

/** Everything the demo attachments show, for tests and benchmarks that check what a reader found. */
export const DEMO_IDENTIFIERS = {
  /** Google Pixel 7 About-phone screenshot (folder 104820619). 35 = BABT reporting body. */
  aboutPhone: {
    model: 'Pixel 7',
    modelNumber: 'GVU6C',
    serial: '28311FDH2006ZL',
    imei: withLuhn('35391611482913'),
    imei2: withLuhn('35391611482921'),
  },
  /** The *#06# dialog of the same phone. */
  starHashZeroSix: {
    imei: withLuhn('35391611482913'),
    imei2: withLuhn('35391611482921'),
    eid: withEidCheck('890490320010088000000055179837'),
  },
  /** The photographed DHL Express return label (folder 104820734). */
  dhlExpressLabel: {
    waybill: withDhlExpressCheck('489305126'),
    /** Printed on the label but not the waybill: account number and a shipper reference that also passes mod 7. */
    distractors: ['961047352', withDhlExpressCheck('734018562'), '+44 20 7946 0321', 'JD014600003827364581'],
  },
  /** The photographed UPS label in the trade-in thread (US-31842-HMQRT). */
  upsLabel: {
    trackingNumber: withUpsCheck('8V4W23039257984'),
    distractors: ['BM-TI-7724519', '10013', '8V4W23'],
  },
} as const;
