import { describe, expect, it } from 'vitest';
import demo, { DEMO_SELECTORS } from '@/utils/sites/adapters/demo';
import backoffice from '@/utils/sites/adapters/backoffice';
import type { AdapterRead } from '@/utils/sites/define';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { listDemoConversations } from '@/scripts/demo-platform/data/index';
import { readFixture } from '../helpers/fixtures';

/** Fixtures are the DOM of the running demo app, dumped by scripts/demo-platform/dump-fixtures.ts. */
const ORIGIN = 'http://127.0.0.1:5391';
const NOW = new Date('2026-11-22T10:00:00Z');

function parse(name: string): Document {
  return new DOMParser().parseFromString(readFixture(`sites/${name}.html`), 'text/html');
}

function read(document: Document, path: string, selectors: Record<string, string> = demo.defaultSelectors): AdapterRead {
  return demo.read({ document, url: new URL(`${ORIGIN}${path}`), selectors, now: () => NOW });
}

function readOk(document: Document, path: string, selectors?: Record<string, string>): ConversationSnapshot {
  const result = read(document, path, selectors);
  if (!result.ok) throw new Error(`expected a conversation, got ${result.reason}: ${result.message}`);
  return result.snapshot;
}

const IPHONE = '/bo-seller/customer-care/folders/104820113';
const IPAD = '/bo-seller/customer-care/folders/104820257';
const MACBOOK = '/bo-seller/customer-care/folders/104820391';
const HOSTILE = '/bo-seller/customer-care/folders/104820878';
const TRADE_IN = '/bo-seller/buyback/orders/US-31842-HMQRT';

describe('demo adapter: reading a conversation', () => {
  it('reads every part of the iPhone folder', () => {
    const snapshot = readOk(parse('demo-104820113'), IPHONE);
    expect(snapshot).toMatchObject({
      platform: 'demo',
      kind: 'care',
      folderId: '104820113',
      url: `${ORIGIN}${IPHONE}`,
      customer: { firstName: 'Olivia', lastName: 'Bennett' },
      country: 'en-gb',
      orderId: '58213477',
      product: { title: 'Apple iPhone 13 128GB - Midnight - Unlocked', category: 'Smartphones' },
      warrantyState: 'IN_WARRANTY',
      carrier: 'DHL Express',
      trackingNumber: '3018472656',
      composerFound: true,
      problems: [],
      readAt: NOW.toISOString(),
    });
    expect(snapshot.returnLabels).toEqual([
      {
        url: `${ORIGIN}/attachments/104820113/return-label-DHL.png`,
        state: 'ALIVE',
        direction: 'CUSTOMER_TO_MERCHANT',
        createdAt: '2026-11-14T10:06:12+00:00',
      },
    ]);
  });

  it('reads messages with roles, names, dates, plain text and absolute attachment URLs', () => {
    const { messages } = readOk(parse('demo-104820113'), IPHONE);
    expect(messages.map((message) => message.author)).toEqual([
      'backmarket',
      'customer',
      'merchant',
      'customer',
      'customer',
      'customer',
      'merchant',
      'backmarket',
    ]);
    expect(messages[1]).toMatchObject({
      id: '6182011302',
      authorName: 'Olivia Bennett',
      date: '2026-11-12T09:16:45+00:00',
      attachments: [],
    });
    expect(messages[1]!.text).toMatch(/^Hello, the battery on my iPhone 13 is draining/);
    // Line breaks of the message survive; the page's indentation does not.
    expect(messages[0]!.text).toBe(
      'Olivia opened a return request for this item.\nReason: the battery drains very fast (100% to 20% in about 4 hours).\nChosen resolution: repair.\nPlease reply within 2 working days.',
    );
    expect(messages[2]!.authorName).toBe('Sam Okafor');
    expect(messages[3]!.attachments).toEqual([
      { url: `${ORIGIN}/attachments/104820113/IMG_4101.jpg`, name: 'IMG_4101.jpg', mimeHint: 'image/jpeg' },
      { url: `${ORIGIN}/attachments/104820113/IMG_4102.jpg`, name: 'IMG_4102.jpg', mimeHint: 'image/jpeg' },
      { url: `${ORIGIN}/attachments/104820113/IMG_4103.jpg`, name: 'IMG_4103.jpg', mimeHint: 'image/jpeg' },
    ]);
    expect(messages.flatMap((message) => message.attachments)).toHaveLength(7);
  });

  it('reads what listDemoConversations says each fixture shows (the browser tests rely on the same list)', () => {
    const fixtures: [string, string][] = [
      ['demo-104820113', IPHONE],
      ['demo-104820257', IPAD],
      ['demo-104820391', MACBOOK],
      ['demo-104820878', HOSTILE],
      ['demo-US-31842-HMQRT', TRADE_IN],
    ];
    const expected = new Map(listDemoConversations().map((conversation) => [conversation.path, conversation]));
    for (const [fixture, path] of fixtures) {
      const snapshot = readOk(parse(fixture), path);
      const conversation = expected.get(path)!;
      expect(
        {
          folderId: snapshot.folderId,
          kind: snapshot.kind,
          customerName: `${snapshot.customer.firstName} ${snapshot.customer.lastName}`,
          country: snapshot.country,
          orderId: snapshot.orderId,
          productTitle: snapshot.product.title,
          category: snapshot.product.category,
          warrantyState: snapshot.warrantyState,
          carrier: snapshot.carrier,
          trackingNumber: snapshot.trackingNumber,
          messageCount: snapshot.messages.length,
          attachmentCount: snapshot.messages.flatMap((message) => message.attachments).length,
        },
        fixture,
      ).toEqual({
        folderId: conversation.folderId,
        kind: conversation.kind,
        customerName: conversation.customerName,
        country: conversation.country,
        orderId: conversation.orderId,
        productTitle: conversation.productTitle,
        category: conversation.category,
        warrantyState: conversation.warrantyState,
        carrier: conversation.carrier,
        trackingNumber: conversation.trackingNumber,
        messageCount: conversation.messageCount,
        attachmentCount: conversation.attachmentCount,
      });
    }
  });

  it('reads a declared water or drop damage', () => {
    const snapshot = readOk(parse('demo-104820257'), IPAD);
    expect(snapshot).toMatchObject({ warrantyState: 'WATER_OR_DROPPED', country: 'en-us', carrier: 'UPS' });
    expect(snapshot.returnLabels).toEqual([]);
    expect(snapshot.problems).toEqual([]);
  });

  it('reads a third-party repair, a label without a document, and a file name with a space', () => {
    const snapshot = readOk(parse('demo-104820391'), MACBOOK);
    expect(snapshot.warrantyState).toBe('THIRD_PARTY_REPAIR');
    expect(snapshot.returnLabels).toEqual([
      { url: null, state: 'EXPIRED', direction: 'CUSTOMER_TO_MERCHANT', createdAt: '2026-11-02T12:00:00+00:00' },
    ]);
    const again = snapshot.messages[4]!.attachments[0]!;
    expect(again).toEqual({ url: `${ORIGIN}/attachments/104820391/IMG_7730%20(1).jpg`, name: 'IMG_7730 (1).jpg', mimeHint: 'image/jpeg' });
  });

  it('reads a trade-in thread without asking for a warranty state or return labels', () => {
    const snapshot = readOk(parse('demo-US-31842-HMQRT'), TRADE_IN);
    expect(snapshot).toMatchObject({
      kind: 'buyback',
      folderId: 'US-31842-HMQRT',
      orderId: 'US-31842-HMQRT',
      customer: { firstName: 'Daniel', lastName: 'Foster' },
      country: 'en-us',
      warrantyState: null,
      returnLabels: [],
      carrier: 'UPS',
      trackingNumber: '1Z8V4W230392579849',
      problems: [],
    });
    expect(snapshot.messages[1]!.attachments[0]!.url).toBe(`${ORIGIN}/attachments/US-31842-HMQRT/IMG_1189.jpg`);
  });
});

describe('demo adapter: hostile content', () => {
  it('keeps HTML, script and template look-alikes as text', () => {
    const { messages, customer } = readOk(parse('demo-104820878'), HOSTILE);
    expect(customer).toEqual({ firstName: 'Zoë', lastName: "O'Connor-Llewellyn" });
    expect(messages[1]!.text).toBe(`<b>Hello</b>, my left AirPod won't charge <img src=x onerror="alert('img')">`);
    expect(messages[2]!.text).toContain('<script>alert(document.cookie)</script> Please reply to {{first_name}} {{last_name}}');
    expect(messages[3]!.text).toContain(`javascript:alert('link')`);
  });

  it('keeps only the real attachment, dropping javascript: and data: links', () => {
    const { messages } = readOk(parse('demo-104820878'), HOSTILE);
    expect(messages[3]!.attachments).toEqual([
      { url: `${ORIGIN}/attachments/104820878/IMG_9051.jpg`, name: 'IMG_9051.jpg', mimeHint: 'image/jpeg' },
    ]);
  });

  it('drops javascript: and data: links even when the platform renders them as real links', () => {
    const document = parse('demo-104820878');
    const message = document.querySelectorAll(DEMO_SELECTORS.message)[3]!;
    for (const href of [
      'javascript:alert(document.domain)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const link = document.createElement('a');
      link.setAttribute('data-qa', 'message-attachment');
      link.setAttribute('href', href);
      link.textContent = 'photo.jpg';
      message.append(link);
    }
    const attachments = readOk(document, HOSTILE).messages[3]!.attachments;
    expect(attachments.map((attachment) => attachment.url)).toEqual([`${ORIGIN}/attachments/104820878/IMG_9051.jpg`]);
  });

  it('flattens markup that a careless platform put inside a message to its text', () => {
    const document = parse('demo-104820878');
    const body = document.querySelectorAll(DEMO_SELECTORS.messageBody)[1]!;
    const bold = document.createElement('b');
    bold.textContent = 'Bold words';
    const script = document.createElement('script');
    script.textContent = 'alert(1)';
    body.replaceChildren('Before ', bold, script, ' after');
    expect(readOk(document, HOSTILE).messages[1]!.text).toBe('Before Bold wordsalert(1) after');
  });

  it('caps an enormous message to the schema limit', () => {
    const document = parse('demo-104820113');
    document.querySelectorAll(DEMO_SELECTORS.messageBody)[1]!.textContent = 'x'.repeat(50_000);
    expect(readOk(document, IPHONE).messages[1]!.text).toHaveLength(20_000);
  });
});

describe('demo adapter: pages that differ from the usual', () => {
  it('reports a missing composer and still reads the rest', () => {
    const document = parse('demo-104820113');
    document.querySelector('[data-qa="composer"]')!.remove();
    const snapshot = readOk(document, IPHONE);
    expect(snapshot.composerFound).toBe(false);
    expect(snapshot.problems).toEqual([{ part: 'composer', message: 'no composer found' }]);
    expect(snapshot.customer.firstName).toBe('Olivia');
    expect(snapshot.messages).toHaveLength(8);
    expect(
      demo.findComposer({ document, url: new URL(`${ORIGIN}${IPHONE}`), selectors: demo.defaultSelectors, now: () => NOW }),
    ).toBeNull();
  });

  it('names "messages" when the message list is gone, and still reads the panel', () => {
    const document = parse('demo-104820113');
    document.querySelector(DEMO_SELECTORS.messageList)!.remove();
    const snapshot = readOk(document, IPHONE);
    expect(snapshot.problems.map((problem) => problem.part)).toEqual(['messages']);
    expect(snapshot.messages).toEqual([]);
    expect(snapshot.orderId).toBe('58213477');
    expect(snapshot.composerFound).toBe(true);
  });

  it('names each panel part that is missing', () => {
    const document = parse('demo-104820113');
    for (const selector of [DEMO_SELECTORS.country, DEMO_SELECTORS.warrantyState, DEMO_SELECTORS.trackingNumber]) {
      document.querySelector(selector)!.remove();
    }
    const snapshot = readOk(document, IPHONE);
    expect(snapshot.problems.map((problem) => problem.part).sort()).toEqual(['carrier', 'country', 'warranty state']);
    expect(snapshot).toMatchObject({ country: null, warrantyState: null, trackingNumber: null, carrier: 'DHL Express' });
  });

  it('says there is no conversation on the folder list', () => {
    const result = read(parse('demo-folder-list'), '/bo-seller/customer-care');
    expect(result).toMatchObject({ ok: false, reason: 'no-conversation' });
  });

  it('says there is no conversation while a conversation page is still loading', () => {
    const document = new DOMParser().parseFromString(
      '<main data-qa="conversation-loading"><p>Loading conversation…</p></main>',
      'text/html',
    );
    expect(read(document, IPHONE)).toMatchObject({ ok: false, reason: 'no-conversation' });
  });

  it('reads the page with a renamed root, taking the folder id from the address', () => {
    const document = parse('demo-104820113');
    document.querySelector(DEMO_SELECTORS.conversation)!.removeAttribute('data-qa');
    const snapshot = readOk(document, IPHONE);
    expect(snapshot.folderId).toBe('104820113');
    expect(snapshot.problems.map((problem) => problem.part)).toEqual(['conversation', 'folder id']);
    expect(snapshot.messages).toHaveLength(8);
  });

  it('reports an invalid selector override instead of throwing', () => {
    const snapshot = readOk(parse('demo-104820113'), IPHONE, { ...demo.defaultSelectors, carrier: '[[[' });
    expect(snapshot.carrier).toBeNull();
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatchObject({ part: 'carrier' });
    expect(snapshot.problems[0]!.message).toMatch(/selector for carrier is invalid/);
  });

  it('follows a selector override', () => {
    const document = parse('demo-104820113');
    const carrier = document.querySelector(DEMO_SELECTORS.carrier)!;
    carrier.removeAttribute('data-qa');
    carrier.setAttribute('data-test', 'shipper');
    expect(readOk(document, IPHONE).carrier).toBeNull();
    expect(readOk(document, IPHONE, { ...demo.defaultSelectors, carrier: '[data-test="shipper"]' }).carrier).toBe('DHL Express');
  });

  it('never throws, whatever the document', () => {
    for (const html of ['', '<p>hello</p>', '<div data-qa="conversation"></div>', '<div data-qa="conversation" data-folder-id=""></div>']) {
      const document = new DOMParser().parseFromString(html, 'text/html');
      expect(() => read(document, IPHONE)).not.toThrow();
    }
    const bare = readOk(new DOMParser().parseFromString('<div data-qa="conversation" data-folder-id="7"></div>', 'text/html'), IPHONE);
    expect(bare.folderId).toBe('7');
    expect(new Set(bare.problems.map((problem) => problem.part))).toEqual(
      new Set([
        'customer',
        'country',
        'order',
        'product',
        'category',
        'warranty state',
        'carrier',
        'return labels',
        'messages',
        'composer',
      ]),
    );
  });

  it('finds the controlled textarea as the composer', () => {
    const document = parse('demo-104820113');
    const composer = demo.findComposer({ document, url: new URL(`${ORIGIN}${IPHONE}`), selectors: demo.defaultSelectors, now: () => NOW });
    expect(composer?.tagName).toBe('TEXTAREA');
    expect(composer?.getAttribute('aria-label')).toBe('Reply to the customer');
  });
});

describe('demo adapter: which pages it handles', () => {
  it.each(demo.examples.matching)('handles %s', (url) => {
    expect(demo.matches(new URL(url))).toBe(true);
    expect(backoffice.matches(new URL(url))).toBe(false);
  });
  it.each(demo.examples.notMatching)('leaves %s alone', (url) => {
    expect(demo.matches(new URL(url))).toBe(false);
  });
  it.each(backoffice.examples.matching)("leaves the back office's %s to it", (url) => {
    expect(demo.matches(new URL(url))).toBe(false);
  });
});
