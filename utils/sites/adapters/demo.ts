import { defineSiteAdapter, finishSnapshot, type ReadContext, type SelectorMap, type AdapterRead } from '../define';
import { editableWithin } from '../editable';
import { messageText } from '../read-dom';
import {
  MESSAGE_AUTHORS,
  WARRANTY_STATE_LABELS,
  WARRANTY_STATES,
  type Attachment,
  type ConversationMessage,
  type ConversationSnapshot,
  type ReturnLabel,
  type SnapshotPart,
  type SnapshotProblem,
  type WarrantyState,
} from '../snapshot';
import { t } from '../../i18n/translate';

/**
 * The local demo platform (scripts/demo-platform): an imitation of Back Market's seller back office served on
 * http://127.0.0.1. Its markup contract (data-qa attributes, like Back Market's own front end) is documented at
 * the top of scripts/demo-platform/app/components/conversation-view.tsx; tests/unit/sites/demo-drift.test.ts
 * fails when the app and these selectors part ways.
 */

/** Selectors by role. Attribute names read inside them (data-folder-id...) are part of the same contract. */
export const DEMO_SELECTORS = {
  conversation: '[data-qa="conversation"]',
  customerName: '[data-qa="customer-name"]',
  customerFirstName: '[data-qa="customer-first-name"]',
  customerLastName: '[data-qa="customer-last-name"]',
  country: '[data-qa="customer-country"]',
  orderId: '[data-qa="order-id"]',
  productTitle: '[data-qa="product-title"]',
  category: '[data-qa="product-category"]',
  warrantyState: '[data-qa="warranty-state"]',
  carrier: '[data-qa="carrier"]',
  trackingNumber: '[data-qa="tracking-number"]',
  returnLabels: '[data-qa="return-labels"]',
  returnLabel: '[data-qa="return-label"]',
  messageList: '[data-qa="message-list"]',
  message: '[data-qa="message"]',
  messageAuthor: '[data-qa="message-author"]',
  messageDate: '[data-qa="message-date"]',
  messageBody: '[data-qa="message-body"]',
  messageAttachment: '[data-qa="message-attachment"]',
  composer: '[data-qa="composer-input"]',
  nextConversation: '[data-qa="next-conversation"]',
} as const satisfies SelectorMap;

type Role = keyof typeof DEMO_SELECTORS;

/** Which snapshot part a role's failure is reported under. */
const ROLE_PART: Record<Role, SnapshotPart> = {
  conversation: 'conversation',
  customerName: 'customer',
  customerFirstName: 'customer',
  customerLastName: 'customer',
  country: 'country',
  orderId: 'order',
  productTitle: 'product',
  category: 'category',
  warrantyState: 'warranty state',
  carrier: 'carrier',
  trackingNumber: 'carrier',
  returnLabels: 'return labels',
  returnLabel: 'return labels',
  messageList: 'messages',
  message: 'messages',
  messageAuthor: 'messages',
  messageDate: 'messages',
  messageBody: 'messages',
  messageAttachment: 'messages',
  composer: 'composer',
  nextConversation: 'conversation',
};

// Caps from the snapshot schema: text beyond them is cut rather than failing the whole read.
const LIMITS = {
  name: 200,
  short: 100,
  title: 500,
  category: 200,
  date: 64,
  messageText: 20_000,
  messages: 2000,
  attachments: 50,
  labels: 50,
  problems: 50,
  url: 4096,
} as const;

const CONVERSATION_PATH = /\/(?:folders|orders)\/([^/?#]+)\/?$/;
const LOCALE = /^[a-z]{2}-[a-z]{2}$/;

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  gif: 'image/gif',
  pdf: 'application/pdf',
};

function cap(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

/** One line of text: trimmed, inner whitespace collapsed. */
function lineText(element: Element | null | undefined, max: number): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? cap(text, max) : null;
}

function attribute(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** Absolute http(s) URL for an href on the page, or null (javascript:, data:, unparsable). */
function httpUrl(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href.length <= LIMITS.url ? url.href : null;
  } catch {
    return null;
  }
}

class PageReader {
  readonly problems: SnapshotProblem[] = [];
  private readonly failedSelectors = new Set<Role>();

  constructor(readonly context: ReadContext) {}

  problem(part: SnapshotPart, message: string): void {
    if (this.problems.length < LIMITS.problems) this.problems.push({ part, message: cap(message, 500) });
  }

  private selector(role: Role): string {
    return this.context.selectors[role] ?? DEMO_SELECTORS[role];
  }

  private invalid(role: Role, error: unknown): void {
    if (this.failedSelectors.has(role)) return;
    this.failedSelectors.add(role);
    this.problem(
      ROLE_PART[role],
      t('pageReading.invalidSelector', { role, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  /** querySelector that survives a user-supplied selector that does not parse. */
  one(role: Role, scope: ParentNode): Element | null {
    try {
      return scope.querySelector(this.selector(role));
    } catch (error) {
      this.invalid(role, error);
      return null;
    }
  }

  all(role: Role, scope: ParentNode): Element[] {
    try {
      return [...scope.querySelectorAll(this.selector(role))];
    } catch (error) {
      this.invalid(role, error);
      return [];
    }
  }

  /** Reads one line of text for a role, reporting the part when the page does not show it. */
  text(role: Role, scope: ParentNode, max: number, what: string): string | null {
    const value = lineText(this.one(role, scope), max);
    if (value === null && !this.failedSelectors.has(role)) this.problem(ROLE_PART[role], `no ${what} found`);
    return value;
  }
}

function readCustomer(reader: PageReader, root: ParentNode): ConversationSnapshot['customer'] {
  const firstName = lineText(reader.one('customerFirstName', root), LIMITS.name);
  const lastName = lineText(reader.one('customerLastName', root), LIMITS.name);
  if (firstName || lastName) return { firstName, lastName };
  // Layout without separate name parts: split the full name at its first space.
  const fullName = lineText(reader.one('customerName', root), LIMITS.name);
  if (!fullName) {
    reader.problem('customer', t('pageReading.noCustomerName'));
    return { firstName: null, lastName: null };
  }
  const space = fullName.indexOf(' ');
  return space < 0 ? { firstName: fullName, lastName: null } : { firstName: fullName.slice(0, space), lastName: fullName.slice(space + 1) };
}

function readCountry(reader: PageReader, root: ParentNode): string | null {
  const element = reader.one('country', root);
  if (!element) {
    reader.problem('country', t('pageReading.noCountry'));
    return null;
  }
  for (const candidate of [attribute(element, 'data-country-code'), lineText(element, 20)]) {
    const locale = candidate?.toLowerCase().replace('_', '-');
    if (locale && LOCALE.test(locale)) return locale;
  }
  reader.problem('country', t('pageReading.countryNotLocale', { country: lineText(element, 60) ?? '' }));
  return null;
}

function readWarrantyState(reader: PageReader, root: ParentNode): WarrantyState | null {
  const element = reader.one('warrantyState', root);
  if (!element) {
    reader.problem('warranty state', t('pageReading.noWarrantyState'));
    return null;
  }
  const raw = (attribute(element, 'data-warranty-state') ?? lineText(element, 100) ?? '').toUpperCase().replace(/[\s-]+/g, '_');
  const known = WARRANTY_STATES.find((state) => state === raw);
  if (known) return known;
  const label = lineText(element, 100)?.toLowerCase();
  const byLabel = WARRANTY_STATES.find((state) => WARRANTY_STATE_LABELS[state].toLowerCase() === label);
  if (byLabel) return byLabel;
  reader.problem('warranty state', t('pageReading.unknownWarrantyState', { state: lineText(element, 60) ?? raw }));
  return null;
}

function readReturnLabels(reader: PageReader, root: ParentNode): ReturnLabel[] {
  const list = reader.one('returnLabels', root);
  if (!list) reader.problem('return labels', t('pageReading.noReturnLabelList'));
  return reader
    .all('returnLabel', list ?? root)
    .slice(0, LIMITS.labels)
    .map((item) => {
      const state = attribute(item, 'data-label-state');
      const direction = attribute(item, 'data-label-direction');
      const link = item.matches('a[href]') ? item : item.querySelector('a[href]');
      return {
        url: httpUrl(attribute(link, 'href'), reader.context.url),
        state: state === 'USED' || state === 'ALIVE' || state === 'EXPIRED' ? state : null,
        direction: direction === 'UNSET' || direction === 'CUSTOMER_TO_MERCHANT' || direction === 'MERCHANT_TO_CUSTOMER' ? direction : null,
        createdAt: cap(attribute(item.querySelector('time'), 'datetime') ?? '', LIMITS.date) || null,
      };
    });
}

function authorRole(value: string | null): ConversationMessage['author'] {
  const role = (value ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (role === 'client') return 'customer';
  if (role === 'seller') return 'merchant';
  return (MESSAGE_AUTHORS as readonly string[]).includes(role) ? (role as ConversationMessage['author']) : 'unknown';
}

function readAttachment(element: Element, base: URL): Attachment | null {
  const link = element.matches('a[href]') ? element : element.querySelector('a[href]');
  const url = httpUrl(attribute(link, 'href'), base);
  if (!url) return null;
  const lastSegment = new URL(url).pathname.split('/').pop() ?? '';
  let fileName = lastSegment;
  try {
    fileName = decodeURIComponent(lastSegment);
  } catch {
    // Keep the encoded segment.
  }
  const name =
    attribute(element, 'data-file-name') ??
    attribute(link, 'download') ??
    attribute(element.querySelector('img'), 'alt') ??
    lineText(element, 500) ??
    fileName;
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return {
    url,
    name: cap(name, 500),
    mimeHint: cap(attribute(link, 'type') ?? MIME_BY_EXTENSION[extension] ?? '', 100) || null,
  };
}

function readMessages(reader: PageReader, root: ParentNode): ConversationMessage[] {
  const list = reader.one('messageList', root);
  if (!list) reader.problem('messages', t('pageReading.noMessageList'));
  const items = reader.all('message', list ?? root);
  return items.slice(0, LIMITS.messages).map((item, index) => {
    const dateElement = reader.one('messageDate', item);
    const timeElement = dateElement?.matches('time') ? dateElement : (dateElement?.querySelector('time') ?? dateElement);
    const date = attribute(timeElement, 'datetime') ?? lineText(timeElement, LIMITS.date);
    const body = reader.one('messageBody', item);
    const attachments = reader
      .all('messageAttachment', item)
      .map((element) => readAttachment(element, reader.context.url))
      .filter((attachment): attachment is Attachment => attachment !== null);
    return {
      id: cap(attribute(item, 'data-message-id') ?? `m${index + 1}`, 100),
      author: authorRole(attribute(item, 'data-author-role')),
      authorName: lineText(reader.one('messageAuthor', item), LIMITS.name),
      date: date ? cap(date, LIMITS.date) : null,
      // Plain text: textContent never interprets markup, so a message containing <script> stays words.
      text: messageText(body, LIMITS.messageText),
      attachments: attachments.slice(0, LIMITS.attachments),
    };
  });
}

/** The composer's editable element: the marked element itself, or the editor inside it (an iframe's body for TinyMCE). */
function findComposer(reader: PageReader, scope: ParentNode): HTMLElement | null {
  const found = reader.one('composer', scope);
  return found ? editableWithin(found) : null;
}

function read(context: ReadContext): AdapterRead {
  const reader = new PageReader(context);
  const { document, url } = context;
  let root: ParentNode | null = reader.one('conversation', document);
  const pathId = CONVERSATION_PATH.exec(url.pathname)?.[1];
  if (!root) {
    // A renamed root with the rest intact (conversation URL, messages on the page): read the whole page.
    const looksLikeConversation = pathId !== undefined && (reader.one('messageList', document) ?? reader.one('message', document)) !== null;
    if (!looksLikeConversation) {
      return {
        ok: false,
        reason: 'no-conversation',
        message: t('pageReading.demoNoConversation'),
      };
    }
    reader.problem('conversation', t('pageReading.noConversationRoot'));
    root = document;
  }
  const rootElement = root instanceof Element ? root : null;
  let folderId = attribute(rootElement, 'data-folder-id');
  if (!folderId && pathId) {
    try {
      folderId = decodeURIComponent(pathId);
    } catch {
      folderId = pathId;
    }
    reader.problem('folder id', t('pageReading.idFromAddress'));
  }
  if (!folderId) {
    return { ok: false, reason: 'no-conversation', message: t('pageReading.noFolderId') };
  }
  const kindAttribute = attribute(rootElement, 'data-conversation-kind');
  const kind: ConversationSnapshot['kind'] =
    kindAttribute === 'buyback' || kindAttribute === 'care' ? kindAttribute : url.pathname.includes('/buyback/') ? 'buyback' : 'care';

  const customer = readCustomer(reader, root);
  const country = readCountry(reader, root);
  const orderElement = reader.one('orderId', root);
  const orderId =
    cap((attribute(orderElement, 'data-order-id') ?? lineText(orderElement, LIMITS.short) ?? '').replace(/^#/, ''), LIMITS.short) || null;
  if (!orderId) reader.problem('order', t('pageReading.noOrderId'));
  const title = reader.text('productTitle', root, LIMITS.title, 'product title');
  const category = reader.text('category', root, LIMITS.category, 'product category');
  // Trade-in orders have no warranty claim and no return labels: their absence is not a problem there.
  const warrantyState = kind === 'care' ? readWarrantyState(reader, root) : null;
  const carrier = reader.text('carrier', root, LIMITS.short, 'carrier');
  const trackingNumber = reader.text('trackingNumber', root, LIMITS.short, 'tracking number');
  const returnLabels = kind === 'care' ? readReturnLabels(reader, root) : [];
  const messages = readMessages(reader, root);
  // The composer may sit outside the conversation root in some layouts: look in the whole page.
  const composerFound = findComposer(reader, document) !== null;
  if (!composerFound) reader.problem('composer', t('pageReading.noComposer'));

  const snapshot: ConversationSnapshot = {
    platform: 'demo',
    kind,
    folderId: cap(folderId, 100),
    url: url.href,
    customer,
    country,
    orderId,
    product: { title, category },
    warrantyState,
    carrier,
    trackingNumber,
    returnLabels,
    messages,
    composerFound,
    problems: reader.problems,
    readAt: context.now().toISOString(),
  };
  // Validated with the snapshot schema; a field that still does not fit is dropped and named in problems.
  return finishSnapshot(snapshot);
}

/**
 * The demo app's own routes (list, care folders, trade-in threads) and the editor test pages. Other paths on
 * 127.0.0.1, such as the real back office's `/bo-seller/customer-care/help-requests/{id}`, belong to the
 * back-office adapter in demo builds, so the pages built unlike the demo are read as live pages would be.
 */
const DEMO_APP_PATH = /^\/bo-seller(?:\/customer-care\/?|\/customer-care\/folders\/.*|\/buyback\/.*|\/test-editors\/.*|\/?)$/;

export default defineSiteAdapter({
  id: 'demo',
  name: 'Demo platform (local)',
  // Only on the demo origin, which demo-build.ts names (this adapter ships in demo builds only).
  pages: { origins: [], paths: [], demoPaths: ['/bo-seller*'] },
  // Its attachments are on the page's own origin.
  attachmentOrigins: [],
  matches: (url) => url.protocol === 'http:' && url.hostname === '127.0.0.1' && DEMO_APP_PATH.test(url.pathname),
  examples: {
    matching: [
      'http://127.0.0.1:5391/bo-seller/customer-care',
      'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820113',
      'http://127.0.0.1:40123/bo-seller/buyback/orders/US-31842-HMQRT',
      'http://127.0.0.1:40123/bo-seller/test-editors/prosemirror/folders/700100',
    ],
    notMatching: [
      'https://www.backmarket.co.uk/bo-seller/customer-care/folders/104820113',
      'http://localhost:5391/bo-seller/customer-care/folders/104820113',
      'http://127.0.0.1:5391/',
      'http://127.0.0.1:5391/ws/sav/104820113',
      'http://127.0.0.1.example.com/bo-seller/customer-care',
      'https://127.0.0.1/bo-seller/customer-care',
      // Real back-office routes on 127.0.0.1 are test pages for the back-office adapter, not the demo app.
      'http://127.0.0.1:5391/bo-seller/customer-care/help-requests/9f1c0b8e',
      'http://127.0.0.1:5391/bo_merchant/customer-request/4815162',
    ],
  },
  defaultSelectors: { ...DEMO_SELECTORS },
  read(context) {
    try {
      return read(context);
    } catch (error) {
      // Adapters never throw; an unexpected page shape is reported, not raised.
      return {
        ok: false,
        reason: 'unreadable',
        message: t('pageReading.couldNotRead', { error: error instanceof Error ? error.message : String(error) }),
      };
    }
  },
  findComposer(context) {
    try {
      return findComposer(new PageReader(context), context.document);
    } catch {
      return null;
    }
  },
  findNextConversation(context) {
    try {
      const link = new PageReader(context).one('nextConversation', context.document);
      return link instanceof HTMLElement ? link : null;
    } catch {
      return null;
    }
  },
});
