import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachmentUrlPath, thumbnailFile } from '../attachments';
import { HttpError, messageFromBody, readJsonBody, sendJson } from '../http';
import {
  NEW_BACKOFFICE_CASES,
  type EndpointFailure,
  type NewBackofficeCase,
  type NewBackofficeEndpoint,
  type NewBackofficeMessage,
} from './data';

/**
 * The seller back office's read endpoints for the new back office page, answered from data.ts, plus one demo-only
 * write (posting a reply). Attachments and return labels live on the attachment origin (a second host), as the
 * live platform keeps files on a storage host of its own.
 *
 *   GET  /seller-after-sales/api/v1/requests
 *   GET  /seller-after-sales/api/v1/orderlines/:uuid/{requests,conversation,attachments,product_returns}
 *   GET  /seller-after-sales/composition_api/v1/orderlines/:uuid/customer_issues
 *   GET  /bm/customer_request/orderlines/:uuid/{product,customer}
 *   POST /demo-api/new-backoffice/orderlines/:uuid/messages {message}   (demo only)
 */

const ORDERLINE_ENDPOINT =
  /^\/(?:seller-after-sales\/api\/v1\/orderlines\/([^/]+)\/(requests|conversation|attachments|product_returns)|seller-after-sales\/composition_api\/v1\/orderlines\/([^/]+)\/(customer_issues)|bm\/customer_request\/orderlines\/([^/]+)\/(product|customer))\/?$/;
const POST_MESSAGE = /^\/demo-api\/new-backoffice\/orderlines\/([^/]+)\/messages\/?$/;

const SIGN_IN_PAGE =
  '<!doctype html><html><head><title>Sign in · Back Market</title></head><body><form><input name="email"></form></body></html>';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sendFailure(response: ServerResponse, failure: EndpointFailure): void {
  if (failure === 'html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(SIGN_IN_PAGE);
    return;
  }
  // Valid JSON, but not the endpoint's shape: what a changed API would answer.
  if (failure === 'bad-schema') {
    sendJson(response, 200, { error: { code: 'MOVED', detail: 'see /v2' } });
    return;
  }
  sendJson(response, failure, { error: { code: failure, message: failure === 500 ? 'Internal error' : 'Unauthorized' } });
}

export function createNewBackofficeEndpoints(attachmentOrigin: string) {
  // A copy per server: posted replies stay in this server's memory.
  const cases: NewBackofficeCase[] = structuredClone(NEW_BACKOFFICE_CASES);
  const byUuid = new Map(cases.map((item) => [item.uuid, item]));
  const fileUrl = (file: string) => `${attachmentOrigin}${attachmentUrlPath(file)}`;

  const requestJson = (item: NewBackofficeCase) => ({
    id: item.careId,
    ticketId: item.ticketId,
    order: { id: item.orderId, countryCode: item.countryCode, orderlineId: `9${item.ticketId}`, orderlinePublicId: item.uuid },
    customer: { firstName: item.customer.firstName, lastName: item.customer.lastName },
    issues: item.issues.map((issue) => ({ type: issue.id, translationKey: `diagnosis_customer_issue_${issue.id.toLowerCase()}` })),
    status: item.status,
    deadline: '2026-12-08T10:00:00Z',
    lastTakenAction: 'ANSWERED',
    openTasks: [],
  });

  const answers: Record<NewBackofficeEndpoint, (item: NewBackofficeCase) => unknown> = {
    requests: (item) => ({ requests: [requestJson(item)], metadata: { totalCount: 1, pageSize: 20, pageNumber: 1 } }),
    conversation: (item) => [
      {
        requestId: item.careId,
        creationDate: item.creationDate,
        customerIssues: item.issues,
        // The thread's files are behind the attachments endpoint, as on the live pages observed.
        messages: item.messages.map((message) => ({ ...message, attachments: [] })),
      },
    ],
    attachments: (item) => ({
      attachments: item.attachments.map((attachment, index) => ({
        id: `${item.ticketId}-${index + 1}`,
        url: fileUrl(attachment.file),
        thumbnailUrl: fileUrl(thumbnailFile(attachment.file)),
        fileName: attachment.file.split('/').pop(),
        messageId: attachment.messageId,
        uploadedBy: 'CUSTOMER',
      })),
    }),
    product_returns: (item) =>
      item.productReturns.map((shipment) => ({
        id: shipment.id,
        status: shipment.status,
        carrier: shipment.carrier,
        trackingNumber: shipment.trackingNumber,
        labelUrl: shipment.labelFile ? fileUrl(shipment.labelFile) : null,
        creationDate: shipment.creationDate,
      })),
    customer_issues: (item) => item.issues,
    product: (item) => ({ ...item.product, image: null }),
    customer: (item) => ({ ...item.customer, countryCode: item.countryCode }),
  };

  /** Answers the request if it is one of these endpoints; false otherwise. */
  return async function handle(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> {
    const method = request.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';
    if (pathname === '/seller-after-sales/api/v1/requests' || pathname === '/seller-after-sales/api/v1/requests/') {
      if (!isRead) throw new HttpError(405, 'method not allowed');
      sendJson(response, 200, { requests: cases.map(requestJson), metadata: { totalCount: cases.length, pageSize: 20, pageNumber: 1 } });
      return true;
    }
    let match = ORDERLINE_ENDPOINT.exec(pathname);
    if (match) {
      const uuid = decodeURIComponent(match[1] ?? match[3] ?? match[5] ?? '');
      const endpoint = (match[2] ?? match[4] ?? match[6]) as NewBackofficeEndpoint;
      const item = byUuid.get(uuid);
      if (!item) throw new HttpError(404, 'orderline does not exist');
      if (!isRead) throw new HttpError(405, 'method not allowed');
      const failure = item.failures[endpoint];
      if (failure !== undefined) sendFailure(response, failure);
      else sendJson(response, 200, answers[endpoint](item));
      return true;
    }
    match = POST_MESSAGE.exec(pathname);
    if (match) {
      const item = byUuid.get(decodeURIComponent(match[1]!));
      if (!item) throw new HttpError(404, 'orderline does not exist');
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const text = messageFromBody(await readJsonBody(request));
      const created: NewBackofficeMessage = {
        messageId: String(Math.max(0, ...item.messages.map((message) => Number(message.messageId) || 0)) + 1),
        creationDate: new Date().toISOString(),
        content: text
          .split(/\n{2,}/)
          .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
          .join(''),
        sender: { senderId: '40213', displayName: 'TechRevive Care', type: 'SELLER' },
        kind: 'MANUAL',
        isInformative: false,
      };
      item.messages.push(created);
      sendJson(response, 201, { ...created, attachments: [] });
      return true;
    }
    return false;
  };
}
