// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dhlExpressCheckDigit } from '@/utils/identifiers/dhl-express';
import {
  ALPHANUMERIC_ALPHABET,
  DIGIT_ALPHABET,
  hybridCheckCharacter,
  isHybridValid,
  isMod37_36Valid,
  isMod97_10Valid,
  mod37_36CheckCharacter,
  mod97_10CheckDigits,
} from '@/utils/identifiers/iso7064';
import { isLuhnValid, luhnCheckDigit } from '@/utils/identifiers/imei';
import { upsCheckDigit } from '@/utils/identifiers/ups';

describe('Luhn', () => {
  it.each([
    ['35693803564380', 9],
    ['49015420323751', 8], // 3GPP TS 23.003 / Wikipedia IMEI example
    ['35209900176148', 1], // Wikipedia Luhn example
    ['44867452897641', 0], // realdata imei04
    ['8901410321111851072', 0], // ICCID
    ['7992739871', 3], // classic Luhn example
  ])('check digit of %s is %i', (payload, check) => {
    expect(luhnCheckDigit(payload)).toBe(check);
    expect(isLuhnValid(`${payload}${check}`)).toBe(true);
    expect(isLuhnValid(`${payload}${(check + 1) % 10}`)).toBe(false);
  });

  it('catches every single-digit error and adjacent swap of unequal digits (except 09/90)', () => {
    const imei = '356938035643809';
    for (let i = 0; i < imei.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === imei[i]) continue;
        expect(isLuhnValid(`${imei.slice(0, i)}${d}${imei.slice(i + 1)}`)).toBe(false);
      }
    }
  });

  it('rejects empty, one-digit and non-digit input instead of throwing', () => {
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('0')).toBe(false);
    expect(isLuhnValid('35693803564380O')).toBe(false);
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
  });
});

describe('DHL Express mod 7', () => {
  it('is the first nine digits as a number mod 7', () => {
    expect(dhlExpressCheckDigit('005771440')).toBe(3); // realdata lbl01: 0057714403
    expect(dhlExpressCheckDigit('123456789')).toBe(1);
    expect(dhlExpressCheckDigit('000000007')).toBe(0);
  });

  it('never produces 7, 8 or 9', () => {
    for (let n = 0; n < 2000; n++) {
      expect(
        dhlExpressCheckDigit(
          String(n * 499_979)
            .padStart(9, '0')
            .slice(-9),
        ),
      ).toBeLessThan(7);
    }
  });
});

describe('UPS 1Z check digit', () => {
  it.each([
    ['0FH344683174408', 5], // realdata lbl07, real label
    ['999AA1012345678', 4], // widely published example 1Z999AA10123456784
  ])('1Z%s -> %i', (body, check) => {
    expect(upsCheckDigit(body)).toBe(check);
  });

  it('gives UPS sandbox numbers a different check digit than printed', () => {
    expect(upsCheckDigit('680RA4DL0872000')).not.toBe(0); // 1Z680RA4DL08720000
    expect(upsCheckDigit('4X7V81YW0000000')).not.toBe(0); // 1Z4X7V81YW00000000
  });

  it('maps letters as (char code - 63) mod 10', () => {
    // A=2 at an odd position counts once: 1Z + A + 14 zeros -> sum 2 -> check 8.
    expect(upsCheckDigit('A00000000000000')).toBe(8);
    // I=0, so it behaves like the digit 0; H=9 at an even position counts twice: 18 -> check 2.
    expect(upsCheckDigit('IH0000000000000')).toBe(2);
  });
});

describe('ISO 7064 hybrid systems', () => {
  it('MOD 37,36 on DPD numbers printed on real labels (realdata lbl13, lbl14)', () => {
    expect(mod37_36CheckCharacter('05300000011267')).toBe('F');
    expect(mod37_36CheckCharacter('0000007278859Q')).toBe('R');
    expect(mod37_36CheckCharacter('000280005300000011267136056')).toBe('U'); // lbl13 barcode text
    expect(mod37_36CheckCharacter('00032300000007278859Q101616')).toBe('Z'); // lbl14 barcode text
  });

  it('MOD 37,36 on the GRid example A1-2425G-ABC1234002-M', () => {
    expect(mod37_36CheckCharacter('A12425GABC1234002')).toBe('M');
    expect(isMod37_36Valid('A12425GABC1234002M')).toBe(true);
    expect(isMod37_36Valid('A12425GABC1234002N')).toBe(false);
  });

  it('is generic over the alphabet: MOD 11,10 and MOD 17,16 (ISAN) vectors', () => {
    expect(hybridCheckCharacter('079', DIGIT_ALPHABET)).toBe('2');
    expect(hybridCheckCharacter('D98989898909898', '0123456789ABCDEF')).toBe('B');
    expect(isHybridValid('0792', DIGIT_ALPHABET)).toBe(true);
  });

  it('rejects characters outside the alphabet', () => {
    expect(isHybridValid('0530000001126-F', ALPHANUMERIC_ALPHABET)).toBe(false);
    expect(() => mod37_36CheckCharacter('abc')).toThrow(RangeError);
  });
});

describe('ISO 7064 MOD 97-10', () => {
  it('validates the IBAN GB82 WEST 1234 5698 7654 32 in its numeric form', () => {
    expect(isMod97_10Valid('3214282912345698765432161182')).toBe(true);
    expect(mod97_10CheckDigits('32142829123456987654321611')).toBe('82');
    expect(isMod97_10Valid('3214282912345698765432161183')).toBe(false);
  });

  it('validates the GSMA SGP.29 example EID and computes its check digits', () => {
    expect(isMod97_10Valid('89049032123451234512345678901235')).toBe(true);
    expect(mod97_10CheckDigits('890490321234512345123456789012')).toBe('35');
  });

  it('pads check digits below 10', () => {
    const payload = Array.from({ length: 200 }, (_, n) => `8904${String(n).padStart(26, '0')}`).find((p) =>
      mod97_10CheckDigits(p).startsWith('0'),
    );
    expect(payload).toBeDefined();
    const check = mod97_10CheckDigits(payload ?? '');
    expect(check).toMatch(/^0\d$/);
    expect(isMod97_10Valid(`${payload}${check}`)).toBe(true);
  });
});
