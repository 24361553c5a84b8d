/**
 * The page's own reads, as the live back office makes them: same origin, cookies, GET. Each answer is kept with
 * its status so the page can say which part did not load.
 */

export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number };

async function get<T>(path: string): Promise<Loaded<T>> {
  try {
    const response = await fetch(path, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, status: response.status };
    if (!(response.headers.get('content-type') ?? '').includes('json')) return { ok: false, status: response.status };
    return { ok: true, data: (await response.json()) as T };
  } catch {
    return { ok: false, status: 0 };
  }
}

export interface RequestSummary {
  id: string;
  ticketId: string;
  status: string;
  order: { id: string; countryCode: string; orderlinePublicId: string };
  customer: { firstName: string; lastName: string };
  issues: { type: string }[];
}

export interface ThreadMessage {
  messageId: string;
  creationDate: string;
  content: string;
  sender: { displayName: string; type: string };
}

export interface Thread {
  requestId: string;
  customerIssues: { id: string; label: string }[];
  messages: ThreadMessage[];
}

export interface FileEntry {
  url: string;
  thumbnailUrl?: string;
  fileName: string;
  messageId: string;
}

export interface ProductReturn {
  carrier: { name: string };
  trackingNumber: string;
  labelUrl: string | null;
  status: string;
}

const orderline = (uuid: string) => `/seller-after-sales/api/v1/orderlines/${uuid}`;
const customerRequest = (uuid: string) => `/bm/customer_request/orderlines/${uuid}`;

export const api = {
  requests: () => get<{ requests: RequestSummary[] }>('/seller-after-sales/api/v1/requests'),
  conversation: (uuid: string) => get<Thread[]>(`${orderline(uuid)}/conversation`),
  attachments: (uuid: string) => get<{ attachments: FileEntry[] }>(`${orderline(uuid)}/attachments`),
  productReturns: (uuid: string) => get<ProductReturn[]>(`${orderline(uuid)}/product_returns`),
  customerIssues: (uuid: string) =>
    get<{ id: string; label: string }[]>(`/seller-after-sales/composition_api/v1/orderlines/${uuid}/customer_issues`),
  product: (uuid: string) => get<{ title: string; grade: string; category: string }>(`${customerRequest(uuid)}/product`),
  customer: (uuid: string) => get<{ firstName: string; lastName: string; countryCode: string }>(`${customerRequest(uuid)}/customer`),
  /** Demo only: the live platform's write endpoints are never imitated or called by the extension. */
  async send(uuid: string, message: string): Promise<ThreadMessage | null> {
    const response = await fetch(`/demo-api/new-backoffice/orderlines/${uuid}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ message }),
    });
    return response.ok ? ((await response.json()) as ThreadMessage) : null;
  },
};
