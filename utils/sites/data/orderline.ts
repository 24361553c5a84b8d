/**
 * Where the orderline's public id (a UUID) is found: the page requests its own JSON while it renders a care
 * request, so the endpoints' URLs in resource timing carry it; links on the page may carry it too.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONVERSATION_URL = new RegExp(`/seller-after-sales/api/v\\d+/orderlines/(${UUID})/conversation(?:[/?#]|$)`, 'i');
const ANY_ENDPOINT_URL = new RegExp(`/(?:seller-after-sales/[a-z_]+/v\\d+|bm/customer_request)/orderlines/(${UUID})(?:[/?#]|$)`, 'i');
const LINK = new RegExp(`(?:/orderlines/|orderlinePublicId=)(${UUID})(?:[/?#&]|$)`, 'i');

function lastMatch(urls: readonly string[], pattern: RegExp): string | null {
  for (let i = urls.length - 1; i >= 0; i--) {
    const found = pattern.exec(urls[i]!)?.[1];
    if (found) return found.toLowerCase();
  }
  return null;
}

/**
 * The orderline uuid of the care request on screen, or null. The latest conversation request wins (after a
 * single-page navigation the previous request's entries are still in the buffer), then the latest of any
 * endpoint, then a link.
 */
export function findOrderlineUuid(resourceUrls: readonly string[], linkHrefs: readonly string[]): string | null {
  return lastMatch(resourceUrls, CONVERSATION_URL) ?? lastMatch(resourceUrls, ANY_ENDPOINT_URL) ?? lastMatch(linkHrefs, LINK);
}

export const SELLER_AFTER_SALES_PATHS = {
  requests: '/seller-after-sales/api/v1/requests',
  orderlineRequests: (uuid: string) => `/seller-after-sales/api/v1/orderlines/${uuid}/requests`,
  conversation: (uuid: string) => `/seller-after-sales/api/v1/orderlines/${uuid}/conversation`,
  attachments: (uuid: string) => `/seller-after-sales/api/v1/orderlines/${uuid}/attachments`,
  productReturns: (uuid: string) => `/seller-after-sales/api/v1/orderlines/${uuid}/product_returns`,
  customerIssues: (uuid: string) => `/seller-after-sales/composition_api/v1/orderlines/${uuid}/customer_issues`,
  product: (uuid: string) => `/bm/customer_request/orderlines/${uuid}/product`,
  customer: (uuid: string) => `/bm/customer_request/orderlines/${uuid}/customer`,
} as const;

/**
 * Whether a URL the page requested is one of its conversation data endpoints (seller-after-sales, customer_request,
 * or a Care API folder): when the page fetches one again, its data changed and the read should be redone.
 */
export function isPlatformDataUrl(url: string): boolean {
  return ANY_ENDPOINT_URL.test(url) || /\/ws\/sav\/[^/?#]+\/?(?:[?#]|$)/.test(url);
}

export function isOrderlineUuid(value: string): boolean {
  return new RegExp(`^${UUID}$`, 'i').test(value);
}
