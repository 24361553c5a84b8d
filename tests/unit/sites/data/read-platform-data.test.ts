// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { platformDataSource, readPlatformData } from '@/utils/sites/data/read-platform-data';
import { CARE_ID, fakeFetch, json, now, PAGE_URL, parseHtml, sellerAfterSalesAnswers, UUID } from './helpers';

const read = (pageUrl: URL, answers: Record<string, ReturnType<typeof json>>, resourceUrls: string[] = []) => {
  const fetchJson = fakeFetch(answers);
  return { fetchJson, result: readPlatformData({ pageUrl, resourceUrls, linkHrefs: [], fetchJson, parseHtml, now }) };
};

describe('platformDataSource', () => {
  it.each([
    ['https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/6f1c0b8e', { kind: 'seller-after-sales', careId: '6f1c0b8e' }],
    ['https://www.backmarket.fr/bo-seller/customer-care/conversation/4815162', { kind: 'seller-after-sales', careId: '4815162' }],
    ['https://www.backmarket.de/bo_merchant/customer-request/4815162?tab=1', { kind: 'seller-after-sales', careId: '4815162' }],
    ['http://127.0.0.1:4000/bo-seller/customer-care/folders/104820113', { kind: 'care-api', folderId: '104820113' }],
    ['https://www.backmarket.fr/bo-seller/customer-care/all-requests', null],
    ['http://127.0.0.1:4000/bo-seller/buyback/orders/US-31842-HMQRT', null],
  ])('%s', (url, expected) => {
    expect(platformDataSource(new URL(url))).toEqual(expected);
  });
});

describe('readPlatformData', () => {
  it('reads a care request through the orderline found in resource timing', async () => {
    const { result } = read(PAGE_URL, sellerAfterSalesAnswers(), [
      `https://www.backmarket.co.uk/seller-after-sales/api/v1/orderlines/${UUID}/conversation`,
    ]);
    expect(await result).toMatchObject({ ok: true, facts: { orderId: '71029384' } });
  });

  it('finds the orderline in the request list when the page has not loaded its JSON yet', async () => {
    const { fetchJson, result } = read(PAGE_URL, sellerAfterSalesAnswers());
    expect(await result).toMatchObject({ ok: true, facts: { folderId: CARE_ID, customer: { firstName: 'Priya' } } });
    expect(fetchJson.asked[0]).toBe('/seller-after-sales/api/v1/requests');
  });

  it('says so when no orderline is found, and when the page has no data source', async () => {
    expect(
      await read(new URL('https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/unknown-id'), sellerAfterSalesAnswers())
        .result,
    ).toMatchObject({
      ok: false,
      reason: 'no-orderline',
    });
    const none = read(new URL('https://www.backmarket.co.uk/bo-seller/customer-care/all-requests'), {});
    expect(await none.result).toBeNull();
    expect(none.fetchJson.asked).toEqual([]);
  });

  it('reads the Care API folder on a folder page', async () => {
    const pageUrl = new URL('http://127.0.0.1:4000/bo-seller/customer-care/folders/7');
    const { result } = read(pageUrl, { '/ws/sav/7': json({ id: 7, client: { first_name: 'Ada' }, messages: [] }) });
    expect(await result).toMatchObject({ ok: true, facts: { folderId: '7', customer: { firstName: 'Ada', lastName: null } } });
  });
});
