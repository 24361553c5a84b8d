import { defineSiteAdapter, finishSnapshot, type ReadContext, type SnapshotRead } from '../define';
import { platformHosts } from '../hosts';
import { isDemoOrigin } from '../demo-build';
import {
  WARRANTY_STATES,
  type ConversationMessage,
  type ConversationSnapshot,
  type WarrantyState,
} from '../snapshot';
import {
  absoluteHttpUrl,
  cleanText,
  messageText,
  ProblemList,
  queryAll,
  queryFirst,
  queryText,
  valueByLabel,
} from '../read-dom';

/**
 * Back Market's live seller back office (`/bo-seller`, legacy `/bo_merchant`) and the customer dashboard.
 *
 * We have no access to the live pages from here, so every part is read through a chain of fallbacks, most specific
 * first: `data-qa` attributes (the platform's front end uses them for its own tests), then ARIA roles and labels,
 * then the words shown next to a value ("Order ID", "Customer"). Any of these can be overridden from the options
 * page without a new release. When a part cannot be read it is named in `problems` and the rest still shows.
 */

const CONVERSATION_PATH = /^\/(?:bo-seller|bo_merchant|[a-z]{2}-[a-z]{2}\/dashboard)\//;

/**
 * The back office's care-request routes (../shared/backmarket-api/seller-after-sales.md). In demo builds the same
 * routes on 127.0.0.1 are read by this adapter too: the test pages built unlike the demo app are served there.
 */
const CARE_REQUEST_PATH =
  /^\/(?:bo-seller\/customer-care\/(?:help-requests|conversation)\/|bo_merchant\/customer-request\/|[a-z]{2}-[a-z]{2}\/dashboard\/)/;

/** Folder ids appear as the last long number in the path, e.g. /bo-seller/customer-care/folders/4815162342. */
function folderIdFromUrl(url: URL): string | null {
  const numbers = url.pathname.match(/\d{4,}/g);
  return numbers ? numbers[numbers.length - 1]!.slice(0, 100) : null;
}

/** Trimmed, cut to the snapshot schema's limit, null when empty: page values that do not fit are cut, not fatal. */
function fitted(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function countryFromUrl(url: URL): string | null {
  const locale = url.pathname.match(/^\/([a-z]{2}-[a-z]{2})\//)?.[1];
  if (locale) return locale;
  const tld = url.hostname.replace(/^(www|preprod)\.backmarket\./, '');
  const byTld: Record<string, string> = {
    fr: 'fr-fr', be: 'fr-be', es: 'es-es', de: 'de-de', at: 'de-at', it: 'it-it', 'co.uk': 'en-gb', nl: 'nl-nl',
    pt: 'pt-pt', ie: 'en-ie', gr: 'el-gr', sk: 'sk-sk', se: 'sv-se', com: 'en-us', 'co.jp': 'ja-jp', 'com.au': 'en-au',
  };
  return byTld[tld] ?? null;
}

function warrantyFromText(raw: string | null): WarrantyState | null {
  if (!raw) return null;
  const upper = raw.toUpperCase().replace(/[\s-]+/g, '_');
  const exact = WARRANTY_STATES.find((state) => upper.includes(state));
  if (exact) return exact;
  if (/WATER|LIQUID|OXID|DROP/.test(upper)) return 'WATER_OR_DROPPED';
  if (/THIRD_PARTY|REPAIRER|REPAIRED/.test(upper)) return 'THIRD_PARTY_REPAIR';
  if (/IN_WARRANTY|UNDER_WARRANTY/.test(upper)) return 'IN_WARRANTY';
  return null;
}

function authorFromElement(element: Element): ConversationMessage['author'] {
  const hint = [
    element.getAttribute('data-author'),
    element.getAttribute('data-qa'),
    element.getAttribute('class'),
  ]
    .join(' ')
    .toLowerCase();
  if (/customer|client|buyer/.test(hint)) return 'customer';
  if (/merchant|seller|refurbisher/.test(hint)) return 'merchant';
  if (/backmarket|back-market|agent|support/.test(hint)) return 'backmarket';
  return 'unknown';
}

export default defineSiteAdapter({
  id: 'backoffice',
  name: 'Back Market (seller back office and customer dashboard)',
  matches: (url) =>
    (url.protocol === 'https:' && platformHosts().includes(url.hostname) && CONVERSATION_PATH.test(url.pathname)) ||
    (isDemoOrigin(url.href) && CARE_REQUEST_PATH.test(url.pathname)),
  examples: {
    matching: [
      'https://www.backmarket.fr/bo-seller/customer-care/folders/4815162',
      'https://www.backmarket.co.uk/bo_merchant/customer_care/4815162',
      'https://www.backmarket.com/en-us/dashboard/orders/8765432',
      'https://preprod.backmarket.fr/bo-seller/customer-care',
      'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/6f1c0b8e-1b2c-4d5e-8f90-123456789abc',
      'https://www.backmarket.de/bo_merchant/customer-request/4815162',
    ],
    notMatching: [
      'https://www.backmarket.fr/fr-fr/l/smartphones/123',
      'https://www.backmarket.evil.example/bo-seller/customer-care/1',
      'http://www.backmarket.fr/bo-seller/customer-care/folders/4815162',
      'http://localhost:4173/bo-seller/customer-care/folders/4815162',
    ],
  },
  defaultSelectors: {
    conversation: '[data-qa*="care-folder"], [data-qa*="conversation"], [aria-label*="conversation" i], main',
    customerName: '[data-qa*="customer-name"], [data-qa*="client-name"]',
    orderId: '[data-qa*="order-id"], [data-qa*="orderId"]',
    productTitle: '[data-qa*="product-title"], [data-qa*="product-name"]',
    category: '[data-qa*="category"]',
    warrantyState: '[data-qa*="warranty"]',
    carrier: '[data-qa*="carrier"], [data-qa*="shipper"]',
    trackingNumber: '[data-qa*="tracking"]',
    returnLabel: '[data-qa*="return-label"] a[href], a[href*="label" i][href$=".pdf" i]',
    message: '[data-qa="message"], [data-qa*="message-item"], [role="article"], [role="listitem"][data-message-id]',
    messageBody: '[data-qa*="message-body"], [data-qa*="message-content"], p',
    messageAuthor: '[data-qa*="author"], [data-qa*="sender"]',
    attachment: 'a[href][data-qa*="attachment"], a[href][download], a[href] > img',
    nextConversation: '[data-qa*="next-conversation"], [data-qa*="next-folder"], a[rel="next"], a[aria-label^="Next" i]',
    composer:
      '[data-qa*="composer"] textarea, textarea[aria-label*="message" i], textarea[aria-label*="reply" i], textarea[placeholder*="message" i], [contenteditable="true"][role="textbox"], form textarea',
  },
  readsPlatformData: true,
  folderIdOf: (url) => (CARE_REQUEST_PATH.test(url.pathname) || CONVERSATION_PATH.test(url.pathname) ? folderIdFromUrl(url) : null),
  read(context) {
    return readBackoffice(context);
  },
  findComposer({ document, selectors }) {
    const found = queryFirst(document, selectors.composer);
    return found instanceof HTMLElement ? found : null;
  },
  findNextConversation({ document, selectors }) {
    const found = queryFirst(document, selectors.nextConversation);
    return found instanceof HTMLElement ? found : null;
  },
});

function readBackoffice({ document, url, selectors, now }: ReadContext): SnapshotRead {
  const root = queryFirst(document, selectors.conversation);
  const folderId = folderIdFromUrl(url);
  if (!root || !folderId) {
    return {
      ok: false,
      reason: 'no-conversation',
      message: 'This Back Market page shows no conversation. Open a care folder to use ReturnDesk.',
    };
  }
  const problems = new ProblemList();
  const fullName =
    queryText(root, selectors.customerName) ?? valueByLabel(root, ['Customer', 'Client', 'Customer name']);
  problems.require(fullName, 'customer', 'customer name not found');
  const [firstName, ...rest] = (fullName ?? '').split(' ');

  const orderId = problems.require(
    queryText(root, selectors.orderId) ?? valueByLabel(root, ['Order', 'Order ID', 'Order number', 'Commande']),
    'order',
    'order id not found',
  );
  const productTitle = problems.require(
    queryText(root, selectors.productTitle) ?? valueByLabel(root, ['Product', 'Item', 'Produit']),
    'product',
    'product title not found',
  );
  const category = queryText(root, selectors.category) ?? valueByLabel(root, ['Category', 'Catégorie']);
  const warrantyElement = queryFirst(root, selectors.warrantyState);
  const warrantyState = warrantyFromText(
    warrantyElement?.getAttribute('data-value') ??
      cleanText(warrantyElement) ??
      valueByLabel(root, ['Warranty', 'Declared warranty state', 'Garantie']),
  );
  const carrier = queryText(root, selectors.carrier) ?? valueByLabel(root, ['Carrier', 'Shipper', 'Transporteur']);
  const trackingNumber =
    queryText(root, selectors.trackingNumber) ?? valueByLabel(root, ['Tracking number', 'Tracking', 'Suivi']);

  const messageElements = queryAll(root, selectors.message);
  if (messageElements.length === 0) problems.add('messages', 'no messages found');
  const messages: ConversationMessage[] = messageElements.slice(0, 2000).map((element, index) => {
    const attachments = queryAll(element, selectors.attachment)
      .map((node) => (node.tagName === 'IMG' ? node.parentElement : node))
      .map((anchor) => {
        const href = absoluteHttpUrl(anchor?.getAttribute('href'), url);
        if (!href || !anchor) return null;
        const name = fitted(anchor.getAttribute('download'), 500) ?? cleanText(anchor, 500) ?? fitted(href.split('/').pop(), 500) ?? 'attachment';
        return { url: href, name, mimeHint: fitted(anchor.getAttribute('type'), 100) };
      })
      .filter((attachment): attachment is NonNullable<typeof attachment> => attachment !== null);
    return {
      // `element.id` is "" (not null) when absent: live pages rarely give ids, so fall back to the position.
      id: fitted(element.getAttribute('data-message-id'), 100) ?? fitted(element.id, 100) ?? `message-${index + 1}`,
      author: authorFromElement(element),
      authorName: cleanText(queryFirst(element, selectors.messageAuthor), 200),
      date: fitted(queryFirst(element, 'time')?.getAttribute('datetime'), 64),
      text: messageText(queryFirst(element, selectors.messageBody) ?? element),
      attachments: attachments.slice(0, 50),
    };
  });

  const returnLabels = queryAll(root, selectors.returnLabel)
    .map((anchor) => absoluteHttpUrl(anchor.getAttribute('href'), url))
    .filter((href): href is string => href !== null)
    .map((href) => ({ url: href, state: null, direction: null, createdAt: null }));

  const composerFound = queryFirst(document, selectors.composer) !== null;
  if (!composerFound) problems.add('composer', 'no composer found');

  const snapshot: ConversationSnapshot = {
    platform: 'backoffice',
    kind: /buyback|trade-?in/i.test(url.pathname) ? 'buyback' : 'care',
    folderId,
    url: url.href,
    customer: { firstName: firstName || null, lastName: rest.join(' ') || null },
    country: countryFromUrl(url),
    orderId,
    product: { title: productTitle, category },
    warrantyState,
    carrier,
    trackingNumber,
    returnLabels: returnLabels.slice(0, 50),
    messages,
    composerFound,
    problems: problems.items,
    readAt: now().toISOString(),
  };
  return finishSnapshot(snapshot);
}
