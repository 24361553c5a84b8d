// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSellerAfterSales } from '@/utils/sites/data/seller-after-sales';
import { combineReads } from '@/utils/sites/combine-reads';
import { caseNumbersOf } from '@/utils/ocr/cross-check';
import { fakeFetch, fixture, json, now, PAGE_URL, parseHtml, sellerAfterSalesAnswers, UUID, type Answer } from './helpers';

/** The numbers read from attachments are checked against: the return shipment's tracking and the order's IMEI. */

const PRODUCT = `/bm/customer_request/orderlines/${UUID}/product`;
const RETURNS = `/seller-after-sales/api/v1/orderlines/${UUID}/product_returns`;

async function snapshotWith(overrides: Record<string, Answer>) {
  const fetchJson = fakeFetch({ ...sellerAfterSalesAnswers(), ...overrides });
  const data = await readSellerAfterSales({ pageUrl: PAGE_URL, uuid: UUID, fetchJson, parseHtml, now });
  if (!data.ok) throw new Error(data.message);
  const combined = combineReads({ status: 'unreadable', message: 'nothing in the markup' }, data, {
    url: PAGE_URL.href,
    folderIdFromUrl: null,
    platform: 'backoffice',
    composerFound: true,
    now,
  });
  if (combined.status !== 'ok') throw new Error(combined.status);
  return combined.snapshot;
}

describe('the case’s own numbers from the seller back office’s data', () => {
  it('keeps every return shipment’s tracking number and the product’s IMEI in the snapshot', async () => {
    const returns = [
      { carrier: { name: 'DHL Express' }, trackingNumber: '5128037460', creationDate: '2026-11-19T08:00:00Z' },
      { carrier: { name: 'DHL Express' }, trackingNumber: '4893051262', creationDate: '2026-11-20T08:00:00Z' },
    ];
    const product = { ...(fixture('product') as object), imei: '35 391611 590724 8' };
    const snapshot = await snapshotWith({ [RETURNS]: json(returns), [PRODUCT]: json(product) });
    expect(caseNumbersOf(snapshot)).toEqual({ imeis: ['353916115907248'], returnTracking: ['5128037460', '4893051262'] });
  });

  it('takes no IMEI from a product field that does not hold a valid one', async () => {
    const product = { ...(fixture('product') as object), imei: '353916115907249' };
    const snapshot = await snapshotWith({ [PRODUCT]: json(product) });
    expect(snapshot.deviceImeis).toBeUndefined();
    expect(caseNumbersOf(snapshot).returnTracking).toEqual(['1234567890']);
  });
});
