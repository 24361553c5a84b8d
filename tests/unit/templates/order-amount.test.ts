// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatOrderAmount } from '@/utils/templates/variables';
import { caseTemplateValues } from '@/utils/templates/case-render';
import { orderAmountFrom } from '@/utils/sites/order-amount';
import { sampleSnapshot } from '../helpers/snapshot';

const now = new Date('2026-11-22T10:00:00Z');
/** Intl writes French and German amounts with (narrow) no-break spaces; compare with plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('the order amount, written for the reply language', () => {
  it.each([
    ['en-gb', { value: '89.99', currency: 'EUR' }, '€89.99'],
    ['en-us', { value: '1249', currency: 'USD' }, '$1,249.00'],
    ['fr-fr', { value: '1249.5', currency: 'EUR' }, '1 249,50 €'],
    ['de-de', { value: '89.99', currency: 'EUR' }, '89,99 €'],
    ['es-es', { value: '1249.00', currency: 'EUR' }, '1249,00 €'],
    ['it-it', { value: '89.99', currency: 'EUR' }, '89,99 €'],
    ['en-gb', { value: '349', currency: 'GBP' }, '£349.00'],
  ])('in %s: %j', (locale, amount, expected) => {
    expect(plain(formatOrderAmount(amount, locale))).toBe(expected);
  });

  it('fills {{order_amount}} in the case’s language, or the one the panel chose', () => {
    const snapshot = sampleSnapshot({ country: 'fr-fr', orderAmount: { value: '89.99', currency: 'EUR' } });
    const base = { snapshot, photoRequest: null, readValues: {}, now };
    expect(plain(String(caseTemplateValues(base).order_amount))).toBe('89,99 €');
    expect(String(caseTemplateValues({ ...base, locale: 'en-gb' }).order_amount)).toBe('€89.99');
  });

  it('leaves {{order_amount}} to be asked when the data gives no amount', () => {
    const values = caseTemplateValues({ snapshot: sampleSnapshot({ country: 'fr-fr' }), photoRequest: null, readValues: {}, now });
    expect(values.order_amount).toBeUndefined();
  });

  it('takes the API’s price and currency only when both are well formed', () => {
    expect(orderAmountFrom('89.99', 'EUR')).toEqual({ value: '89.99', currency: 'EUR' });
    expect(orderAmountFrom(89.99, 'eur')).toEqual({ value: '89.99', currency: 'EUR' });
    expect(orderAmountFrom('89,99', 'EUR')).toBeNull();
    expect(orderAmountFrom('89.99', 'euro')).toBeNull();
    expect(orderAmountFrom('89.99', undefined)).toBeNull();
    expect(orderAmountFrom('-5', 'EUR')).toBeNull();
  });
});
