import { describe, expect, it } from 'vitest';
import { findOrderlineUuid, isPlatformDataUrl } from '@/utils/sites/data/orderline';

const A = '26a7eca5-4b1d-4c8e-9f3a-0d2b7c6e1f48';
const B = '5d0c1f2e-3a4b-4c5d-8e6f-708192a3b4c5';
const origin = 'https://www.backmarket.co.uk';

describe('findOrderlineUuid', () => {
  it('takes the uuid from the conversation request in resource timing', () => {
    expect(findOrderlineUuid([`${origin}/assets/app.js`, `${origin}/seller-after-sales/api/v1/orderlines/${A}/conversation`], [])).toBe(A);
  });

  it('after a single-page navigation, the latest conversation wins over older entries of any endpoint', () => {
    const entries = [
      `${origin}/seller-after-sales/api/v1/orderlines/${A}/conversation`,
      `${origin}/bm/customer_request/orderlines/${A}/product`,
      `${origin}/seller-after-sales/api/v1/orderlines/${B}/conversation?page=1`,
      `${origin}/bm/customer_request/orderlines/${A}/customer`,
    ];
    expect(findOrderlineUuid(entries, [])).toBe(B);
  });

  it('falls back to any of the orderline endpoints, then to links', () => {
    expect(findOrderlineUuid([`${origin}/seller-after-sales/composition_api/v1/orderlines/${A.toUpperCase()}/customer_issues`], [])).toBe(
      A,
    );
    expect(findOrderlineUuid([], [`${origin}/bo-seller/orders/all?orderlinePublicId=${B}`])).toBe(B);
    expect(findOrderlineUuid([], [`${origin}/bo-seller/orderlines/${A}/details`])).toBe(A);
  });

  it('finds nothing in unrelated URLs', () => {
    expect(
      findOrderlineUuid(
        [`${origin}/api/v1/users/${A}`, `${origin}/seller-after-sales/api/v1/orderlines/not-a-uuid/conversation`],
        [`${origin}/help/${A}`],
      ),
    ).toBeNull();
  });
});

describe('isPlatformDataUrl', () => {
  it('knows the data endpoints the page reloads, and nothing else', () => {
    expect(isPlatformDataUrl(`${origin}/seller-after-sales/api/v1/orderlines/${A}/conversation`)).toBe(true);
    expect(isPlatformDataUrl(`${origin}/bm/customer_request/orderlines/${A}/customer`)).toBe(true);
    expect(isPlatformDataUrl('http://127.0.0.1:4000/ws/sav/104820113')).toBe(true);
    expect(isPlatformDataUrl(`${origin}/assets/app.js`)).toBe(false);
    expect(isPlatformDataUrl('http://127.0.0.1:4000/ws/sav/104820113/msg')).toBe(false);
  });
});
