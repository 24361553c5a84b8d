import { readCareApiFolder } from './care-api';
import { fetchChecked } from './fetch-json';
import { findOrderlineUuid, isOrderlineUuid, SELLER_AFTER_SALES_PATHS } from './orderline';
import { careIdFromUrl, readSellerAfterSales } from './seller-after-sales';
import { careRequestSchema, requestsAnswerSchema } from './seller-after-sales-schemas';
import type { DataRead, DataReadInput } from './types';
import { t } from '../../i18n/translate';

/**
 * One call for the content script: which of the platform's JSON sources applies to the page, and its read. The
 * back office's care-request routes read the seller-after-sales JSON; the demo app's folder pages (and a back
 * office folder page) read the Care API folder. Any other page has no data source and the DOM is read.
 */

/** Back office care requests, current and legacy routes, any host (the content script runs only where allowed). */
const SELLER_AFTER_SALES_ROUTE =
  /^\/(?:bo-seller\/customer-care\/(?:help-requests|conversation)\/[^/]+|bo_merchant\/customer-request\/[^/]+)/;
const CARE_FOLDER_ROUTE = /^\/bo-seller\/customer-care\/folders\/([^/?#]+)\/?$/;

export type PlatformDataSource = { kind: 'seller-after-sales'; careId: string } | { kind: 'care-api'; folderId: string };

export function platformDataSource(pageUrl: URL): PlatformDataSource | null {
  if (SELLER_AFTER_SALES_ROUTE.test(pageUrl.pathname)) {
    const careId = careIdFromUrl(pageUrl);
    return careId ? { kind: 'seller-after-sales', careId } : null;
  }
  const folderId = CARE_FOLDER_ROUTE.exec(pageUrl.pathname)?.[1];
  return folderId ? { kind: 'care-api', folderId: decodeURIComponent(folderId) } : null;
}

export type PlatformDataRead =
  | DataRead
  /** A care request page whose orderline could not be found (not in resource timing, links or the request list). */
  | { ok: false; reason: 'no-orderline'; message: string };

export interface PlatformDataInput extends DataReadInput {
  /** `performance.getEntriesByType('resource').map((entry) => entry.name)` of the page. */
  resourceUrls: readonly string[];
  /** The `href` of the page's links. */
  linkHrefs: readonly string[];
}

/**
 * The orderline of a care request when the page has not (yet) requested its JSON: the seller's request list
 * names each request's orderline. Only its first page is read; a request further back is left to the DOM.
 */
async function orderlineFromRequestList(input: DataReadInput, careId: string): Promise<string | null> {
  const fetched = await fetchChecked(input.fetchJson, SELLER_AFTER_SALES_PATHS.requests, requestsAnswerSchema);
  if (!fetched.ok) return null;
  for (const item of fetched.data) {
    const request = careRequestSchema.safeParse(item);
    if (!request.success || (request.data.id !== careId && request.data.ticketId !== careId)) continue;
    const uuid = request.data.order?.orderlinePublicId;
    if (uuid && isOrderlineUuid(uuid)) return uuid.toLowerCase();
  }
  return null;
}

/** The page's data, or null when no data source applies to this page (then only the DOM is read). */
export async function readPlatformData(input: PlatformDataInput): Promise<PlatformDataRead | null> {
  const source = platformDataSource(input.pageUrl);
  if (!source) return null;
  if (source.kind === 'care-api') return readCareApiFolder({ ...input, folderId: source.folderId });
  const uuid = findOrderlineUuid(input.resourceUrls, input.linkHrefs) ?? (await orderlineFromRequestList(input, source.careId));
  if (!uuid) {
    return {
      ok: false,
      reason: 'no-orderline',
      message: t('pageReading.orderlineNotFound', { careId: source.careId }),
    };
  }
  return readSellerAfterSales({ ...input, uuid });
}
