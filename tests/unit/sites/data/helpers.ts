import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FetchJson } from '@/utils/sites/data/types';

export const UUID = '26a7eca5-4b1d-4c8e-9f3a-0d2b7c6e1f48';
export const CARE_ID = '6f1c0b8e-1b2c-4d5e-8f90-123456789abc';
export const PAGE_URL = new URL(`https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/${CARE_ID}`);

const FIXTURES = path.resolve(__dirname, '../../../fixtures/seller-after-sales');
export const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}
export const json = (body: unknown, status = 200): Answer => ({
  status,
  contentType: 'application/json; charset=utf-8',
  text: JSON.stringify(body),
});

/** Every endpoint of the orderline answered from the synthetic fixtures. */
export function sellerAfterSalesAnswers(uuid = UUID): Record<string, Answer> {
  return {
    '/seller-after-sales/api/v1/requests': json(fixture('requests')),
    [`/seller-after-sales/api/v1/orderlines/${uuid}/requests`]: json(fixture('requests')),
    [`/seller-after-sales/api/v1/orderlines/${uuid}/conversation`]: json(fixture('conversation')),
    [`/seller-after-sales/api/v1/orderlines/${uuid}/attachments`]: json(fixture('attachments')),
    [`/seller-after-sales/api/v1/orderlines/${uuid}/product_returns`]: json(fixture('product_returns')),
    [`/seller-after-sales/composition_api/v1/orderlines/${uuid}/customer_issues`]: json(fixture('customer_issues')),
    [`/bm/customer_request/orderlines/${uuid}/product`]: json(fixture('product')),
    [`/bm/customer_request/orderlines/${uuid}/customer`]: json(fixture('customer')),
  };
}

/** A FetchJson answering from `answers` (404 otherwise) and recording every path asked for. */
export function fakeFetch(answers: Record<string, Answer>): FetchJson & { asked: string[] } {
  const asked: string[] = [];
  const fetchJson = async (path: string) => {
    asked.push(path);
    return answers[path] ?? json({ error: 'not found' }, 404);
  };
  return Object.assign(fetchJson, { asked });
}

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
export const now = () => new Date('2026-12-05T11:00:00Z');
