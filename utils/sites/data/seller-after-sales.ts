import type { ConversationMessage, ReturnLabel, SnapshotPart } from '../snapshot';
import { fetchChecked, type Fetched } from './fetch-json';
import {
  addAttachments,
  authorFromSender,
  dataSources,
  fit,
  LIMITS,
  mergeIssues,
  MissingFields,
  ProblemList,
  readAttachmentList,
} from './facts';
import { localeFromCountry } from './market';
import { imei } from '../../identifiers/imei';
import { messageHtmlToText } from './message-html';
import { SELLER_AFTER_SALES_PATHS as PATHS } from './orderline';
import {
  attachmentsAnswerSchema,
  careRequestSchema,
  conversationAnswerSchema,
  conversationMessageSchema,
  customerAnswerSchema,
  customerIssuesAnswerSchema,
  issueSchema,
  productAnswerSchema,
  productReturnSchema,
  productReturnsAnswerSchema,
  requestsAnswerSchema,
  type CareRequestData,
  type ProductReturnData,
} from './seller-after-sales-schemas';
import type { DataFacts, DataRead, DataReadInput } from './types';
import { t } from '../../i18n/translate';

/**
 * Reads a care request of the seller back office from the JSON its own page loads
 * (../shared/backmarket-api/seller-after-sales.md), GET only, with the agent's session. The conversation is
 * required: without it the read fails with a named reason and the DOM is read instead. Every other endpoint
 * (customer, product, return shipment...) only adds facts; when one fails, the read goes on and a problem names the
 * endpoint and its status.
 */

export interface SellerAfterSalesInput extends DataReadInput {
  /** The orderline's public id (findOrderlineUuid). */
  uuid: string;
}

/** The care request id in a back-office URL: the segment after help-requests/, conversation/ or customer-request/. */
export function careIdFromUrl(url: URL): string | null {
  const found = /\/(?:help-requests|conversation|customer-request)\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (!found) return null;
  try {
    return fit(decodeURIComponent(found), 100);
  } catch {
    return fit(found, 100);
  }
}

/** Items of a list that fit `schema`, the others named (an element that is not an object, typically). */
function itemsOf<T>(
  items: readonly unknown[],
  parse: (item: unknown) => { success: true; data: T } | { success: false },
  problems: ProblemList,
  part: SnapshotPart,
  where: string,
): T[] {
  const kept: T[] = [];
  items.forEach((item, index) => {
    const checked = parse(item);
    if (checked.success) kept.push(checked.data);
    else problems.add(part, t('pageReading.dataItemLeftOut', { where, number: String(index + 1) }));
  });
  return kept;
}

function sideData<T>(fetched: Fetched<T>, problems: ProblemList, part: SnapshotPart): T | null {
  if (fetched.ok) return fetched.data;
  problems.add(part, fetched.message);
  return null;
}

/** The request shown on the page (its id or ticket id in the URL), else the orderline's first. */
function requestOnPage(requests: readonly CareRequestData[], careId: string | null): CareRequestData | null {
  return requests.find((request) => careId !== null && (request.id === careId || request.ticketId === careId)) ?? requests[0] ?? null;
}

function shipmentFacts(returns: readonly ProductReturnData[], base: URL, problems: ProblemList) {
  const shipments = returns.map((entry) => ({
    carrier: fit(entry.carrier ?? entry.carrierName ?? entry.shipper ?? entry.shipperName, LIMITS.short),
    trackingNumber: fit(entry.trackingNumber ?? entry.tracking_number ?? entry.trackingId, LIMITS.short),
    label: entry.labelUrl ?? entry.returnLabelUrl ?? entry.label ?? null,
    createdAt: fit(entry.creationDate ?? entry.createdAt, LIMITS.date),
  }));
  // The latest shipment with a tracking number is the one on its way.
  const current = [...shipments].reverse().find((shipment) => shipment.trackingNumber) ?? shipments[shipments.length - 1];
  if (current && !current.carrier)
    problems.add('carrier', t('pageReading.dataFieldMissing', { where: PATHS.productReturns('…'), field: 'carrier' }));
  if (current && !current.trackingNumber)
    problems.add('carrier', t('pageReading.dataFieldMissing', { where: PATHS.productReturns('…'), field: 'trackingNumber' }));
  const returnLabels: ReturnLabel[] = shipments.flatMap((shipment) => {
    if (!shipment.label) return [];
    let url: string | null;
    try {
      const parsed = new URL(shipment.label, base);
      url = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.href.length <= 4096 ? parsed.href : null;
    } catch {
      url = null;
    }
    if (!url) {
      problems.add('return labels', t('pageReading.dataLabelUrlNotWeb', { where: PATHS.productReturns('…') }));
      return [];
    }
    return [{ url, state: null, direction: 'CUSTOMER_TO_MERCHANT' as const, createdAt: shipment.createdAt }];
  });
  // product_returns are the customer's return shipments: every tracking number there is a return one.
  const returnTrackingNumbers = [
    ...new Set(shipments.flatMap((shipment) => (shipment.trackingNumber ? [shipment.trackingNumber] : []))),
  ].slice(0, LIMITS.labels);
  return {
    carrier: current?.carrier ?? null,
    trackingNumber: current?.trackingNumber ?? null,
    returnTrackingNumbers,
    returnLabels: returnLabels.slice(0, LIMITS.labels),
  };
}

export async function readSellerAfterSales(input: SellerAfterSalesInput): Promise<DataRead> {
  const { pageUrl, uuid, fetchJson, parseHtml } = input;
  const base = new URL(pageUrl.origin);
  const [conversation, requests, attachments, productReturns, customerIssues, product, customer] = await Promise.all([
    fetchChecked(fetchJson, PATHS.conversation(uuid), conversationAnswerSchema),
    fetchChecked(fetchJson, PATHS.orderlineRequests(uuid), requestsAnswerSchema),
    fetchChecked(fetchJson, PATHS.attachments(uuid), attachmentsAnswerSchema),
    fetchChecked(fetchJson, PATHS.productReturns(uuid), productReturnsAnswerSchema),
    fetchChecked(fetchJson, PATHS.customerIssues(uuid), customerIssuesAnswerSchema),
    fetchChecked(fetchJson, PATHS.product(uuid), productAnswerSchema),
    fetchChecked(fetchJson, PATHS.customer(uuid), customerAnswerSchema),
  ]);
  if (!conversation.ok) {
    return { ok: false, reason: conversation.reason, message: t('pageReading.dataUnreadable', { reason: conversation.message }) };
  }
  const problems = new ProblemList();
  const careId = careIdFromUrl(pageUrl);

  // Messages, in the order the platform gives them, across the orderline's requests.
  const messages: ConversationMessage[] = [];
  const missing = new MissingFields();
  const conversationIssues: { code?: string; label?: string }[] = [];
  let total = 0;
  conversation.data.forEach((request, requestIndex) => {
    if (request.messages === undefined)
      problems.add(
        'messages',
        t('pageReading.dataRequestWithoutMessages', { where: PATHS.conversation('…'), number: String(requestIndex + 1) }),
      );
    for (const issue of request.customerIssues ?? []) {
      const checked = issueSchema.safeParse(issue);
      if (checked.success) conversationIssues.push(checked.data);
    }
    (request.messages ?? []).forEach((raw, index) => {
      total++;
      const checked = conversationMessageSchema.safeParse(raw);
      if (!checked.success) {
        problems.add('messages', t('pageReading.dataMessageLeftOut', { where: PATHS.conversation('…'), number: String(total) }));
        return;
      }
      const message = checked.data;
      const content = message.content ?? message.body;
      const date = message.creationDate ?? message.createdAt;
      missing.note('messageId', message.messageId ?? message.id);
      missing.note('content', content);
      missing.note('sender.type', message.sender?.type);
      missing.note('creationDate', date);
      const html = content === undefined ? { text: '', attachments: [] } : messageHtmlToText(content, parseHtml, base);
      const read: ConversationMessage = {
        id: fit(message.messageId ?? message.id, 100) ?? `${fit(request.requestId ?? request.id, 60) ?? requestIndex + 1}-${index + 1}`,
        author: authorFromSender(message.sender?.type),
        authorName: fit(message.sender?.displayName ?? message.sender?.name, LIMITS.name),
        date: fit(date, LIMITS.date),
        text: html.text,
        attachments: [],
      };
      addAttachments(
        read,
        readAttachmentList(message.attachments ?? [], base, problems, t('pageReading.dataWhereMessage', { id: read.id })).map(
          (item) => item.attachment,
        ),
        problems,
      );
      addAttachments(read, html.attachments, problems);
      if (messages.length < LIMITS.messages) messages.push(read);
    });
  });
  missing.report(problems, 'messages', PATHS.conversation('…'), total);
  if (total > LIMITS.messages) problems.add('messages', t('pageReading.tooManyMessages', { limit: String(LIMITS.messages) }));

  // Attachments the page lists beside the thread: put with their message when they name it, else at the end.
  const listed = sideData(attachments, problems, 'attachments');
  if (listed) {
    const unplaced: ConversationMessage = { id: 'attachments', author: 'unknown', authorName: null, date: null, text: '', attachments: [] };
    const uploaders = new Set<ConversationMessage['author']>();
    for (const item of readAttachmentList(listed, base, problems, PATHS.attachments('…'))) {
      if (messages.some((message) => message.attachments.some((known) => known.url === item.attachment.url))) continue;
      const owner = item.messageId === null ? undefined : messages.find((message) => message.id === item.messageId);
      if (owner) {
        addAttachments(owner, [item.attachment], problems);
        continue;
      }
      uploaders.add(authorFromSender(item.uploader));
      addAttachments(unplaced, [item.attachment], problems);
    }
    if (unplaced.attachments.length > 0) {
      unplaced.author = uploaders.size === 1 ? [...uploaders][0]! : 'unknown';
      if (messages.length < LIMITS.messages) messages.push(unplaced);
    }
  }

  const orderlineRequests = itemsOf(
    sideData(requests, problems, 'order') ?? [],
    (item) => careRequestSchema.safeParse(item),
    problems,
    'order',
    PATHS.orderlineRequests('…'),
  );
  const shown = requestOnPage(orderlineRequests, careId);
  const customerData = sideData(customer, problems, 'customer');
  const productData = sideData(product, problems, 'product');
  const returns = itemsOf(
    sideData(productReturns, problems, 'carrier') ?? [],
    (item) => productReturnSchema.safeParse(item),
    problems,
    'carrier',
    PATHS.productReturns('…'),
  );
  const issueList = itemsOf(
    sideData(customerIssues, problems, 'conversation') ?? [],
    (item) => issueSchema.safeParse(item),
    problems,
    'conversation',
    PATHS.customerIssues('…'),
  );

  const customerSender = messages.find((message) => message.author === 'customer' && message.authorName)?.authorName ?? null;
  const [senderFirst, ...senderRest] = (customerSender ?? '').split(' ');
  const firstName = fit(customerData?.firstName ?? customerData?.first_name ?? shown?.customer?.firstName ?? senderFirst, LIMITS.name);
  const lastName = fit(customerData?.lastName ?? customerData?.last_name ?? shown?.customer?.lastName ?? senderRest.join(' '), LIMITS.name);
  if (customerData && !(customerData.firstName ?? customerData.first_name))
    problems.add('customer', t('pageReading.dataFieldMissing', { where: PATHS.customer('…'), field: 'firstName' }));
  if (!firstName && !lastName) problems.add('customer', t('pageReading.noCustomerNameInData'));

  const orderId = fit(shown?.order?.id, LIMITS.short);
  if (requests.ok && !orderId)
    problems.add('order', t('pageReading.dataFieldMissing', { where: PATHS.orderlineRequests('…'), field: 'order.id' }));
  const country = localeFromCountry(shown?.order?.countryCode) ?? localeFromCountry(customerData?.countryCode ?? customerData?.country);
  if (!country) problems.add('country', t('pageReading.noCountryInData'));

  const title = fit(productData?.title ?? productData?.name, LIMITS.title);
  if (productData && !title) problems.add('product', t('pageReading.dataFieldMissing', { where: PATHS.product('…'), field: 'title' }));
  const category = fit(productData?.category ?? productData?.categoryName, LIMITS.category);
  // Not seen on the live pages yet: kept only when it is a valid IMEI, so another field's value never counts as one.
  const deviceImeis = [productData?.imei].flatMap((value) => (value && imei.validate(value) ? [imei.normalize(value)] : []));

  const shipment = shipmentFacts(returns, base, problems);
  const issues = mergeIssues([
    ...conversationIssues,
    ...issueList,
    ...(shown?.issues ?? []).flatMap((issue) => {
      const checked = issueSchema.safeParse(issue);
      return checked.success ? [checked.data] : [];
    }),
  ]);

  const facts: Omit<DataFacts, 'sources'> = {
    kind: 'care',
    folderId: careId ?? uuid,
    customer: { firstName, lastName },
    country,
    orderId,
    product: { title, category },
    // The seller-after-sales JSON carries no declared warranty state; the DOM or the Care API may.
    warrantyState: null,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    ...(shipment.returnTrackingNumbers.length > 0 ? { returnTrackingNumbers: shipment.returnTrackingNumbers } : {}),
    ...(deviceImeis.length > 0 ? { deviceImeis } : {}),
    returnLabels: shipment.returnLabels,
    messages,
    issues,
  };
  return { ok: true, facts: { ...facts, sources: dataSources(facts) }, problems: problems.items };
}
