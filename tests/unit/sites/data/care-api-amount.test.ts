// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCareApiFolder } from '@/utils/sites/data/care-api';
import { CARE_FOLDERS_DIR } from '@/scripts/demo-platform/data/index';
import { fakeFetch, json, now, parseHtml } from './helpers';

const folderId = '104820113';
const pageUrl = new URL(`http://127.0.0.1:4000/bo-seller/customer-care/folders/${folderId}`);
const folder = () =>
  JSON.parse(readFileSync(path.join(CARE_FOLDERS_DIR, `${folderId}.json`), 'utf8')) as { orderline: { order: Record<string, unknown> } };
const read = (answer: unknown) =>
  readCareApiFolder({ pageUrl, folderId, fetchJson: fakeFetch({ [`/ws/sav/${folderId}`]: json(answer) }), parseHtml, now });

describe('the order amount from the Care API', () => {
  it('is the order’s price in its currency', async () => {
    const result = await read(folder());
    expect(result.ok && result.facts.orderAmount).toEqual({ value: '419.00', currency: 'GBP' });
  });

  it('is absent, not guessed, when the currency is missing or the price malformed', async () => {
    const noCurrency = folder();
    delete noCurrency.orderline.order.currency;
    const noCurrencyRead = await read(noCurrency);
    expect(noCurrencyRead.ok && noCurrencyRead.facts.orderAmount).toBeNull();
    const badPrice = folder();
    badPrice.orderline.order.price = '419,00 £';
    const badPriceRead = await read(badPrice);
    expect(badPriceRead.ok && badPriceRead.facts.orderAmount).toBeNull();
  });
});
