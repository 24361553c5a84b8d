// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deviceWeightFor,
  formatToday,
  imeiError,
  templateVariable,
  validateTemplateValues,
  waybillError,
} from '@/utils/templates/variables';

describe('IMEI validation', () => {
  it.each(['490154203237518', '356938035643809', '35-209900-176148-1', '49 015420 323751 8'])('accepts %s', (imei) => {
    expect(imeiError(imei)).toBeNull();
  });

  it.each([
    ['490154203237519', /check digit/],
    ['490154203237517', /check digit/],
    ['940154203237518', /check digit/], // two neighbouring digits swapped (Luhn misses only 09 and 90)
    ['49015420323751', /15 digits/],
    ['4901542032375180', /15 digits/],
    ['49015420323751A', /15 digits/],
    ['', /15 digits/],
  ])('rejects %s', (imei, message) => {
    expect(imeiError(imei)).toMatch(message);
  });

  it("is the imei variable's validator", () => {
    expect(templateVariable('imei')?.validate?.('490154203237519')).toMatch(/check digit/);
  });
});

describe('DHL Express waybill validation', () => {
  it.each(['0057714403', '1234567890'.slice(0, 9) + String(123456789 % 7), '9999999990'.slice(0, 9) + String(999999999 % 7)])(
    'accepts %s',
    (waybill) => {
      expect(waybillError(waybill)).toBeNull();
    },
  );

  it.each([
    ['0057714404', /check digit/],
    ['0057714430', /check digit/],
    ['005771440', /10 digits/],
    ['00577144033', /10 digits/],
    ['00577l4403', /10 digits/],
  ])('rejects %s', (waybill, message) => {
    expect(waybillError(waybill)).toMatch(message);
  });

  it('never accepts a check digit of 7, 8 or 9 (a number mod 7 is at most 6)', () => {
    for (let prefix = 100_000_000; prefix < 100_000_000 + 500; prefix += 1) {
      for (const last of ['7', '8', '9']) expect(waybillError(`${prefix}${last}`), `${prefix}${last}`).not.toBeNull();
    }
  });
});

describe('validateTemplateValues', () => {
  it('names each variable whose value is wrong, item by item, and ignores empty values', () => {
    expect(
      validateTemplateValues({ imei: '490154203237519', waybill: '0057714403', order_date: 'yesterday', first_name: 'Amelia' }),
    ).toEqual([
      { name: 'order_date', message: expect.any(String) },
      { name: 'imei', message: expect.stringMatching(/check digit/) },
    ]);
    expect(validateTemplateValues({ imei: '', waybill: null, order_date: undefined })).toEqual([]);
  });
});

describe('deviceWeightFor', () => {
  it.each([
    ['iPhone 13 128GB - Midnight - Unlocked', 'Smartphones', '0.55 lb'],
    ['iPad Air (2022) 64GB - Space Gray - WiFi', 'Tablets', '1.65 lb'],
    ['MacBook Air 13" (2020) - Apple M1 - 8GB RAM - SSD 256GB', 'Laptops', '4.4 lb'],
    ['PlayStation 5 Slim 1TB - White', 'Consoles', '6 lb'],
    ['Nintendo Switch OLED - White', null, '6 lb'],
    ['Apple Watch Series 8 (2022) GPS 45 mm', 'Smartwatches', null],
    ['iMac 24" (2021) - Apple M1 - 8GB - SSD 256 GB', 'Desktops', null],
    ['DualSense Wireless Controller for PS5', 'Accessories', null],
    ['FIFA 23 PS5 game', 'Video games', null],
    ['AirPods Pro (2nd generation)', 'Headphones', null],
  ])('%s (%s): %s', (productTitle, categoryName, weight) => {
    expect(deviceWeightFor({ productTitle, categoryName })).toBe(weight);
  });
});

describe('formatToday', () => {
  it('writes the date the way each locale reads it', () => {
    const date = new Date('2026-11-22T10:00:00Z');
    expect(formatToday(date, 'en-gb')).toBe('22 November 2026');
    expect(formatToday(date, 'en-us')).toBe('November 22, 2026');
  });
});
