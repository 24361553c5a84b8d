import type { BuybackThread, CareFolder, Catalog } from './types';

/**
 * API responses -> what the conversation page shows. Shared by the app (which renders it) and by
 * listDemoConversations (which tells browser tests what the extension must read back), so the two cannot differ.
 */

export type AuthorRole = 'customer' | 'merchant' | 'backmarket' | 'unknown';
export type WarrantyState = 'IN_WARRANTY' | 'WATER_OR_DROPPED' | 'THIRD_PARTY_REPAIR';

export interface AttachmentView {
  /** As stored: usually a path on this server (`/attachments/...`). */
  url: string;
  name: string;
  mimeType: string | null;
  thumbnailUrl: string | null;
  /** False for links the platform refuses to make clickable (`javascript:`, `data:`...). */
  linkable: boolean;
}

export interface MessageView {
  id: string;
  role: AuthorRole;
  authorName: string;
  date: string | null;
  text: string;
  informative: boolean;
  attachments: AttachmentView[];
}

export interface ReturnLabelView {
  url: string | null;
  state: 'USED' | 'ALIVE' | 'EXPIRED' | null;
  direction: 'UNSET' | 'CUSTOMER_TO_MERCHANT' | 'MERCHANT_TO_CUSTOMER' | null;
  createdAt: string | null;
}

export interface ConversationView {
  kind: 'care' | 'buyback';
  id: string;
  path: string;
  customerFirstName: string;
  customerLastName: string;
  countryCode: string | null;
  countryName: string | null;
  orderId: string;
  productTitle: string | null;
  category: string | null;
  warrantyState: WarrantyState | null;
  issue: string | null;
  resolution: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  returnLabels: ReturnLabelView[];
  messages: MessageView[];
}

export const WARRANTY_LABELS: Record<WarrantyState, string> = {
  IN_WARRANTY: 'In warranty',
  WATER_OR_DROPPED: 'Water damage or drop declared',
  THIRD_PARTY_REPAIR: 'Repaired by a third party',
};

/** Locales of the Care API (COUNTRY_CODES) and their market codes in the BuyBack API. */
const LOCALES: Record<string, { market: string; name: string }> = {
  'fr-fr': { market: 'FR', name: 'France' },
  'fr-be': { market: 'BE', name: 'Belgium' },
  'es-es': { market: 'ES', name: 'Spain' },
  'de-de': { market: 'DE', name: 'Germany' },
  'de-at': { market: 'AT', name: 'Austria' },
  'it-it': { market: 'IT', name: 'Italy' },
  'en-gb': { market: 'GB', name: 'United Kingdom' },
  'nl-nl': { market: 'NL', name: 'Netherlands' },
  'pt-pt': { market: 'PT', name: 'Portugal' },
  'en-ie': { market: 'IE', name: 'Ireland' },
  'el-gr': { market: 'GR', name: 'Greece' },
  'sk-sk': { market: 'SK', name: 'Slovakia' },
  'sv-se': { market: 'SE', name: 'Sweden' },
  'en-us': { market: 'US', name: 'United States' },
  'ja-jp': { market: 'JP', name: 'Japan' },
  'en-au': { market: 'AU', name: 'Australia' },
};

export const CONVERSATION_LIST_PATH = '/bo-seller/customer-care';

export function carePath(folderId: string | number): string {
  return `${CONVERSATION_LIST_PATH}/folders/${encodeURIComponent(String(folderId))}`;
}

export function buybackPath(orderId: string): string {
  return `/bo-seller/buyback/orders/${encodeURIComponent(orderId)}`;
}

function marketLocale(market: string): string | null {
  const entry = Object.entries(LOCALES).find(([, value]) => value.market === market.toUpperCase());
  return entry ? entry[0] : null;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

export function isLinkable(url: string): boolean {
  return (url.startsWith('/') && !url.startsWith('//')) || /^https?:\/\//i.test(url);
}

export function attachmentView(url: string): AttachmentView {
  const linkable = isLinkable(url);
  const lastSegment = url.split(/[?#]/)[0]!.split('/').pop() ?? url;
  let name = url;
  if (linkable) {
    try {
      name = decodeURIComponent(lastSegment);
    } catch {
      name = lastSegment;
    }
  }
  const extension = linkable ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const mimeType = MIME_BY_EXTENSION[extension] ?? null;
  const isOwnAttachment = url.startsWith('/attachments/') && !url.startsWith('/attachments/thumbs/');
  return {
    url,
    name: name.slice(0, 200),
    mimeType,
    thumbnailUrl: isOwnAttachment && mimeType?.startsWith('image/') ? url.replace('/attachments/', '/attachments/thumbs/') : null,
    linkable,
  };
}

function careRole(initiator: string | undefined, kind: string | undefined): AuthorRole {
  const who = (initiator ?? kind?.split('_TO_')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (who === 'client' || who === 'customer') return 'customer';
  if (who === 'merchant' || who === 'seller') return 'merchant';
  if (who === 'backmarket' || who === 'bm') return 'backmarket';
  return 'unknown';
}

function fullName(first: string | undefined, last: string | undefined): string {
  return [first, last].filter(Boolean).join(' ');
}

export function careFolderView(folder: CareFolder, catalog: Catalog): ConversationView {
  const order = folder.orderline?.order;
  const product = folder.orderline?.snapshot?.product;
  const claim = folder.lines?.[0];
  const customerName = fullName(folder.client?.first_name, folder.client?.last_name) || 'Customer';
  const merchantName = fullName(folder.merchant?.first_name, folder.merchant?.last_name) || 'Seller';
  const countryCode = folder.country_code?.toLowerCase() ?? order?.country_code?.toLowerCase() ?? null;
  return {
    kind: 'care',
    id: String(folder.id ?? ''),
    path: carePath(folder.id ?? ''),
    customerFirstName: folder.client?.first_name ?? '',
    customerLastName: folder.client?.last_name ?? '',
    countryCode,
    countryName: countryCode ? (LOCALES[countryCode]?.name ?? countryCode) : null,
    orderId: order?.order_id === undefined ? '' : String(order.order_id),
    productTitle: product?.product_id === undefined ? null : (catalog[String(product.product_id)]?.title ?? null),
    category: product?.category_3?.category_name ?? null,
    warrantyState: claim?.declared_warranty_state ?? null,
    issue: claim?.issues?.[0]?.customerIssue ?? null,
    resolution: claim?.resolution_choice ?? null,
    carrier: order?.shipper_display ?? null,
    trackingNumber: order?.tracking_number ?? null,
    returnLabels: (folder.lines ?? []).flatMap((line) =>
      (line.return_labels ?? []).map((label) => ({
        url: label.label ?? null,
        state: label.state ?? null,
        direction: label.kind ?? null,
        createdAt: label.date_creation ?? null,
      })),
    ),
    messages: (folder.messages ?? []).map((message, index) => {
      const role = careRole(message.initiator, message.kind);
      return {
        id: String(message.id ?? `m${index + 1}`),
        role,
        authorName:
          role === 'customer' ? customerName : role === 'merchant' ? merchantName : role === 'backmarket' ? 'Back Market' : 'Unknown',
        date: message.date_creation ?? null,
        text: message.message ?? '',
        informative: message.is_informative ?? false,
        attachments: (message.attachments ?? []).flatMap((attachment) =>
          attachment.attachment ? [attachmentView(attachment.attachment)] : [],
        ),
      };
    }),
  };
}

export function buybackThreadView(thread: BuybackThread, catalog: Catalog): ConversationView {
  const { order } = thread;
  const customerName = fullName(order.customer.firstName, order.customer.lastName) || 'Customer';
  const countryCode = marketLocale(order.market);
  return {
    kind: 'buyback',
    id: order.orderPublicId,
    path: buybackPath(order.orderPublicId),
    customerFirstName: order.customer.firstName ?? '',
    customerLastName: order.customer.lastName ?? '',
    countryCode,
    countryName: countryCode ? (LOCALES[countryCode]?.name ?? null) : null,
    orderId: order.orderPublicId,
    productTitle: order.listing.title,
    category: catalog[String(order.listing.productId)]?.category ?? null,
    warrantyState: null,
    issue: null,
    resolution: null,
    carrier: order.shipper ?? null,
    trackingNumber: order.trackingNumber ?? null,
    returnLabels: [],
    messages: thread.messages.map((message, index) => {
      const role: AuthorRole =
        message.author === 'Client'
          ? 'customer'
          : message.author === 'Merchant'
            ? 'merchant'
            : message.author === 'BackMarket'
              ? 'backmarket'
              : 'unknown';
      return {
        // Trade-in messages have no id in the API; their position in the thread is stable (append-only).
        id: `${order.orderPublicId}-${index + 1}`,
        role,
        authorName:
          role === 'customer' ? customerName : role === 'merchant' ? 'Trade-in team' : role === 'backmarket' ? 'Back Market' : 'Unknown',
        date: message.date,
        text: message.body ?? '',
        informative: false,
        attachments: (message.attachments ?? []).map(attachmentView),
      };
    }),
  };
}
