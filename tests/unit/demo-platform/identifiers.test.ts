// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS, withDhlExpressCheck, withLuhn, withUpsCheck } from '@/scripts/demo-platform/identifiers';

// Independent checks (not the generator's own functions), so a wrong generator cannot agree with itself.
function luhnValid(digits: string): boolean {
  let sum = 0;
  digits
    .split('')
    .reverse()
    .forEach((char, index) => {
      let digit = Number(char);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    });
  return sum % 10 === 0;
}

describe('identifiers printed on the demo attachments', () => {
  it('uses Luhn-valid IMEIs with a BABT (35) reporting-body prefix', () => {
    const { imei, imei2 } = DEMO_IDENTIFIERS.aboutPhone;
    for (const value of [imei, imei2, DEMO_IDENTIFIERS.starHashZeroSix.imei, DEMO_IDENTIFIERS.starHashZeroSix.imei2]) {
      expect(value).toMatch(/^35\d{13}$/);
      expect(luhnValid(value)).toBe(true);
    }
    expect(imei).not.toBe(imei2);
    expect(withLuhn('49015420323751')).toBe('490154203237518'); // the textbook example
  });

  it('uses a 32-digit EID that is 1 mod 97', () => {
    const { eid } = DEMO_IDENTIFIERS.starHashZeroSix;
    expect(eid).toMatch(/^89\d{30}$/);
    expect(BigInt(eid) % 97n).toBe(1n);
  });

  it('uses a DHL Express waybill whose last digit is the first nine mod 7, and a mod-7-valid distractor', () => {
    const { waybill, distractors } = DEMO_IDENTIFIERS.dhlExpressLabel;
    expect(waybill).toMatch(/^\d{10}$/);
    expect(Number(waybill.slice(0, 9)) % 7).toBe(Number(waybill[9]));
    const lookalike = distractors.find((value) => /^\d{10}$/.test(value))!;
    expect(Number(lookalike.slice(0, 9)) % 7).toBe(Number(lookalike[9]));
    expect(withDhlExpressCheck('123456789')).toBe('1234567891');
  });

  it('uses a UPS 1Z number with a valid check digit', () => {
    expect(withUpsCheck('999AA1012345678')).toBe('1Z999AA10123456784'); // UPS's published example
    const tracking = DEMO_IDENTIFIERS.upsLabel.trackingNumber;
    expect(tracking).toMatch(/^1Z[0-9A-Z]{16}$/);
    expect(withUpsCheck(tracking.slice(2, 17))).toBe(tracking);
  });
});
