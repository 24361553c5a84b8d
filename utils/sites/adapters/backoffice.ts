import { defineSiteAdapter, finishSnapshot, type ReadContext, type AdapterRead } from '../define';
import { isDemoOrigin } from '../demo-build';
import type { ConversationMessage, ConversationSnapshot, PartSources, WarrantyState } from '../snapshot';
import { readMessageBlocks, readStructure, warrantyFromWords, type StructureRead } from '../structure';
import { absoluteHttpUrl, cleanText, messageText, ProblemList, queryAll, queryFirst, queryText } from '../read-dom';
import { t } from '../../i18n/translate';

/**
 * Back Market's live seller back office (`/bo-seller`, legacy `/bo_merchant`) and the customer dashboard.
 *
 * We have no access to the live pages from here, so every part is read through a chain of fallbacks, most specific
 * first: `data-qa` attributes (the platform's front end uses them for its own tests), then ARIA roles and labels,
 * then the words shown next to a value ("Order ID", "Customer"). Any of these can be overridden from the options
 * page without a new release. When a part cannot be read it is named in `problems` and the rest still shows.
 */

/**
 * Back Market's sites. Country domains are the locales listed in the Care API spec
 * (../shared/backmarket-api/care-api-openapi.yml, "COUNTRY_CODES"); preprod exists only for the three platform
 * roots (AP .co.jp, EU .fr, US .com).
 */
const PRODUCTION_DOMAINS = [
  'backmarket.fr', // fr-fr (EU platform root)
  'backmarket.be', // fr-be
  'backmarket.es', // es-es
  'backmarket.de', // de-de
  'backmarket.at', // de-at
  'backmarket.it', // it-it
  'backmarket.co.uk', // en-gb
  'backmarket.nl', // nl-nl
  'backmarket.pt', // pt-pt
  'backmarket.ie', // en-ie
  'backmarket.gr', // el-gr
  'backmarket.sk', // sk-sk
  'backmarket.se', // sv-se
  'backmarket.com', // en-us (US platform root)
  'backmarket.co.jp', // ja-jp (AP platform root)
  'backmarket.com.au', // en-au
] as const;
const PREPROD_DOMAINS = ['backmarket.co.jp', 'backmarket.fr', 'backmarket.com'] as const;

/** The platform's hosts, over https only. */
const PLATFORM_HOSTS: readonly string[] = [
  ...PRODUCTION_DOMAINS.map((domain) => `www.${domain}`),
  ...PREPROD_DOMAINS.map((domain) => `preprod.${domain}`),
];
const PLATFORM_ORIGINS = PLATFORM_HOSTS.map((host) => `https://${host}`);

/** Paths that hold conversations: the seller back office (current and legacy) and the customer dashboard. */
const CONVERSATION_PATHS = ['/bo-seller/*', '/bo_merchant/*', '/*/dashboard/*'];
const CONVERSATION_PATH = /^\/(?:bo-seller|bo_merchant|[a-z]{2}-[a-z]{2}\/dashboard)\//;

/**
 * The back office's care-request routes (../shared/backmarket-api/seller-after-sales.md). In demo builds the same
 * routes on 127.0.0.1 are read by this adapter too: the test pages built unlike the demo app are served there.
 */
const CARE_REQUEST_PATHS = [
  '/bo-seller/customer-care/help-requests/*',
  '/bo-seller/customer-care/conversation/*',
  '/bo_merchant/customer-request/*',
  '/*/dashboard/*',
];
const CARE_REQUEST_PATH =
  /^\/(?:bo-seller\/customer-care\/(?:help-requests|conversation)\/|bo_merchant\/customer-request\/|[a-z]{2}-[a-z]{2}\/dashboard\/)/;

/** Routes whose last path segment is the folder id (a number or a UUID): help requests, conversations, legacy requests. */
const FOLDER_IN_LAST_SEGMENT =
  /^\/(?:bo-seller\/customer-care\/(?:help-requests|conversation)|bo_merchant\/customer-request)\/(?:.*\/)?([A-Za-z0-9_-]{1,100})\/?$/;

/**
 * The folder id: the last path segment on care-request routes (`/help-requests/{careId}` may be a UUID), otherwise
 * the last long number in the path, e.g. /bo-seller/customer-care/folders/4815162342 or /en-us/dashboard/orders/8765432.
 */
export function folderIdFromUrl(url: URL): string | null {
  const segment = FOLDER_IN_LAST_SEGMENT.exec(url.pathname)?.[1];
  if (segment) return segment;
  const numbers = url.pathname.match(/\d{4,}/g);
  return numbers ? numbers[numbers.length - 1]!.slice(0, 100) : null;
}

/** Trimmed, cut to the snapshot schema's limit, null when empty: page values that do not fit are cut, not fatal. */
function fitted(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function countryFromUrl(url: URL): string | null {
  const locale = /^\/([a-z]{2}-[a-z]{2})\//.exec(url.pathname)?.[1];
  if (locale) return locale;
  const tld = url.hostname.replace(/^(www|preprod)\.backmarket\./, '');
  const byTld: Record<string, string> = {
    fr: 'fr-fr',
    be: 'fr-be',
    es: 'es-es',
    de: 'de-de',
    at: 'de-at',
    it: 'it-it',
    'co.uk': 'en-gb',
    nl: 'nl-nl',
    pt: 'pt-pt',
    ie: 'en-ie',
    gr: 'el-gr',
    sk: 'sk-sk',
    se: 'sv-se',
    com: 'en-us',
    'co.jp': 'ja-jp',
    'com.au': 'en-au',
  };
  return byTld[tld] ?? null;
}

function warrantyFromText(raw: string | null): WarrantyState | null {
  return warrantyFromWords(raw);
}

function authorFromElement(element: Element): ConversationMessage['author'] {
  const hint = [element.getAttribute('data-author'), element.getAttribute('data-qa'), element.getAttribute('class')]
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
  pages: { origins: PLATFORM_ORIGINS, paths: CONVERSATION_PATHS, demoPaths: CARE_REQUEST_PATHS },
  // Attachments beside the pages, on any of the platform's sites. The Care API's CDN hosts are not known yet:
  // they are asked for when an attachment names one (or pre-granted by an administrator in the options).
  attachmentOrigins: PLATFORM_ORIGINS,
  matches: (url) =>
    (url.protocol === 'https:' && PLATFORM_HOSTS.includes(url.hostname) && CONVERSATION_PATH.test(url.pathname)) ||
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
  findComposer({ document, url, selectors }) {
    const found = queryFirst(document, selectors.composer);
    if (found?.nodeType === 1) return found as HTMLElement;
    return readStructure(document, url).composer;
  },
  findNextConversation({ document, selectors }) {
    const found = queryFirst(document, selectors.nextConversation);
    return found instanceof HTMLElement ? found : null;
  },
});

/** One part read by the adapter's selectors first, then by the structural reader; `null` when neither found it. */
function firstOf<T>(
  fromAdapter: T | null,
  fromStructure: T | null | undefined,
): { value: T | null; source: 'adapter' | 'structure' | null } {
  if (fromAdapter !== null) return { value: fromAdapter, source: 'adapter' };
  if (fromStructure !== null && fromStructure !== undefined) return { value: fromStructure, source: 'structure' };
  return { value: null, source: null };
}

/** Messages from the adapter's selectors, or else the structural reader's; null when neither could read any. */
function readMessages(root: Element, url: URL, selectors: ReadContext['selectors'], structure: StructureRead, customerName: string | null) {
  const elements = queryAll(root, selectors.message);
  if (elements.length === 0) {
    return { messages: structure.messages, messagesSource: 'structure' as const, attachmentsSource: 'structure' as const };
  }
  const fromSelectors: ConversationMessage[] = elements.slice(0, 2000).map((element, index) => {
    const attachments = queryAll(element, selectors.attachment)
      .map((node) => (node.tagName === 'IMG' ? node.parentElement : node))
      .map((anchor) => {
        const href = absoluteHttpUrl(anchor?.getAttribute('href'), url);
        if (!href || !anchor) return null;
        const name =
          fitted(anchor.getAttribute('download'), 500) ?? cleanText(anchor, 500) ?? fitted(href.split('/').pop(), 500) ?? 'attachment';
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
  if (fromSelectors.some((message) => message.attachments.length > 0)) {
    return { messages: fromSelectors, messagesSource: 'adapter' as const, attachmentsSource: 'adapter' as const };
  }
  // The selectors found the messages but no attachment: images shown inline (lazy, srcset, backgrounds) are read by shape.
  const byShape = readMessageBlocks(elements, url, customerName);
  const messages = fromSelectors.map((message, index) => ({ ...message, attachments: byShape[index]?.attachments ?? [] }));
  const attachmentsSource = messages.some((message) => message.attachments.length > 0) ? ('structure' as const) : ('adapter' as const);
  return { messages, messagesSource: 'adapter' as const, attachmentsSource };
}

function readBackoffice({ document, url, selectors, now }: ReadContext): AdapterRead {
  const folderId = folderIdFromUrl(url);
  if (!folderId) {
    return {
      ok: false,
      reason: 'no-conversation',
      message: t('pageReading.backofficeNoConversation'),
    };
  }
  const structure = readStructure(document, url);
  // Pages without the adapter's landmarks are read whole when their shape shows a conversation, or its skeleton: a
  // read that shows nothing yet is "still loading" for the conversation reader's grace period (LOADING_GRACE_MS).
  const root =
    queryFirst(document, selectors.conversation) ?? (structure.messages !== null || structure.stillLoading ? document.body : null);
  if (!root) {
    return {
      ok: false,
      reason: 'no-conversation',
      message: t('pageReading.backofficeNoConversation'),
    };
  }
  const problems = new ProblemList();
  const sources: PartSources = {};
  const note = (part: keyof PartSources, source: 'adapter' | 'structure' | null) => {
    if (source) sources[part] = source;
  };
  const facts = structure.facts;

  const customer = firstOf(queryText(root, selectors.customerName), facts.customer);
  note('customer', customer.source);
  problems.require(customer.value, 'customer', t('pageReading.customerNotFound'));
  const [firstName, ...rest] = (customer.value ?? '').split(' ');

  const order = firstOf(queryText(root, selectors.orderId), facts.order);
  note('order', order.source);
  problems.require(order.value, 'order', t('pageReading.orderIdNotFound'));

  const product = firstOf(queryText(root, selectors.productTitle), facts.product);
  note('product', product.source);
  problems.require(product.value, 'product', t('pageReading.productNotFound'));

  const category = firstOf(queryText(root, selectors.category), facts.category);
  note('category', category.source);

  const warrantyElement = queryFirst(root, selectors.warrantyState);
  const warranty = firstOf(
    warrantyFromText(warrantyElement?.getAttribute('data-value') ?? cleanText(warrantyElement)),
    warrantyFromText(facts.warranty ?? null),
  );
  note('warranty state', warranty.source);

  const carrier = firstOf(queryText(root, selectors.carrier), facts.carrier);
  const tracking = firstOf(queryText(root, selectors.trackingNumber), facts.tracking);
  note('carrier', carrier.source ?? tracking.source);

  const { messages, messagesSource, attachmentsSource } = readMessages(root, url, selectors, structure, customer.value);
  if (messages === null) {
    // Not "0 messages": the panel must not conclude the customer sent no photos.
    problems.add('messages', t('pageReading.noMessagesRead'));
  } else {
    note('messages', messagesSource);
    if (messages.some((message) => message.attachments.length > 0)) note('attachments', attachmentsSource);
  }

  const returnLabels = queryAll(root, selectors.returnLabel)
    .map((anchor) => absoluteHttpUrl(anchor.getAttribute('href'), url))
    .filter((href): href is string => href !== null)
    .map((href) => ({ url: href, state: null, direction: null, createdAt: null }));
  if (returnLabels.length > 0) note('return labels', 'adapter');

  const composer = firstOf(queryFirst(document, selectors.composer), structure.composer);
  note('composer', composer.source);
  if (!composer.value) problems.add('composer', t('pageReading.noComposer'));

  const snapshot: ConversationSnapshot = {
    platform: 'backoffice',
    kind: /buyback|trade-?in/i.test(url.pathname) ? 'buyback' : 'care',
    folderId,
    url: url.href,
    customer: { firstName: firstName || null, lastName: rest.join(' ') || null },
    country: countryFromUrl(url),
    orderId: fitted(order.value, 100),
    product: { title: fitted(product.value, 500), category: fitted(category.value, 200) },
    warrantyState: warranty.value,
    carrier: fitted(carrier.value, 100),
    trackingNumber: fitted(tracking.value, 100),
    returnLabels: returnLabels.slice(0, 50),
    messages: messages ?? [],
    composerFound: composer.value !== null,
    sources,
    problems: problems.items,
    readAt: now().toISOString(),
  };
  return finishSnapshot(snapshot);
}
