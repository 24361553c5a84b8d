// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deviceWeightIn, derivedValues } from '@/utils/templates/variables';
import { caseTemplateValues, renderForCase } from '@/utils/templates/case-render';
import { builtinTemplate } from '@/utils/templates/registry';
import { sampleSnapshot } from '../helpers/snapshot';

const playstation = { productTitle: 'PlayStation 5 Slim 1TB - White', categoryName: 'Consoles' };
const phone = { productTitle: 'iPhone 13 128GB', categoryName: 'Smartphones' };
const now = new Date('2026-11-22T10:00:00Z');

describe('values written for the reply language', () => {
  it.each([
    ['en-gb', playstation, '6 lb'],
    ['en-us', phone, '0.55 lb'],
    ['fr-fr', playstation, '2,7 kg (6 lb)'],
    ['de-de', phone, '0,25 kg (0,55 lb)'],
    ['es-es', { productTitle: 'iPad Air (2022) 64GB', categoryName: 'Tablets' }, '0,75 kg (1,65 lb)'],
    ['it-it', { productTitle: 'MacBook Air 13" (2020)', categoryName: 'Laptops' }, '2 kg (4,4 lb)'],
  ])('the average weight in %s: %s', (locale, product, expected) => {
    expect(deviceWeightIn(product, locale)?.replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
  });

  it.each([
    ['en-gb', '22 November 2026'],
    ['en-us', 'November 22, 2026'],
    ['fr-fr', '22 novembre 2026'],
    ['de-de', '22. November 2026'],
    ['es-es', '22 de noviembre de 2026'],
    ['it-it', '22 novembre 2026'],
  ])("today's date in %s", (locale, expected) => {
    expect(derivedValues({ title: null, category: null }, locale, now).today).toBe(expected);
  });

  it('follows the conversation, or the locale the panel chose for the case', () => {
    const snapshot = sampleSnapshot({ country: 'fr-fr', product: { title: playstation.productTitle, category: 'Consoles' } });
    const base = { snapshot, photoRequest: null, readValues: {}, now };
    expect(caseTemplateValues(base).today).toBe('22 novembre 2026');
    expect(caseTemplateValues({ ...base, locale: 'de-de' }).today).toBe('22. November 2026');
    expect(String(caseTemplateValues({ ...base, locale: 'en-gb' }).device_weight)).toBe('6 lb');
  });
});

describe('renderForCase (keys, palette, macros)', () => {
  const snapshot = sampleSnapshot({ country: 'de-de', customer: { firstName: 'Jonas', lastName: 'Becker' } });
  const facts = { snapshot, photoRequest: null, readValues: {}, now };

  it("answers in the conversation's language, or in the one the panel switched the case to", () => {
    const german = renderForCase(builtinTemplate('return-label-dhl-pickup'), facts);
    expect(german.ok && german.text).toMatch(/^Hallo Jonas,\n/);
    const english = renderForCase(builtinTemplate('return-label-dhl-pickup'), { ...facts, locale: 'en-gb' });
    expect(english.ok && english.text).toMatch(/^Hello Jonas,\n/);
  });

  it('falls back to English for a language a template lacks', () => {
    const dpd = renderForCase(builtinTemplate('return-label-dpd-uk'), { ...facts, locale: 'fr-fr' });
    expect(dpd.ok && dpd.text).toMatch(/^Hi Jonas,\n/);
  });
});
