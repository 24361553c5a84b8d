// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import backoffice, { folderIdFromUrl } from '@/utils/sites/adapters/backoffice';
import { findAttachments, largestSrcsetCandidate } from '@/utils/sites/structure/attachments';
import { findComposerByStructure } from '@/utils/sites/structure/composer';
import { readHeaderFacts } from '@/utils/sites/structure/header-facts';
import { findConversationRegion } from '@/utils/sites/structure/message-blocks';
import { readStructure } from '@/utils/sites/structure';
import { warrantyFromWords } from '@/utils/sites/structure/words';

/** One rule of the structural reader per test, on the smallest page that shows it. */

const BASE = new URL('http://127.0.0.1:4321/bo-seller/customer-care/help-requests/700300');

function page(body: string): Document {
  document.documentElement.innerHTML = `<head></head><body>${body}</body>`;
  return document;
}

const photos = (html: string) =>
  findAttachments(page(`<div id="m">${html}</div>`).getElementById('m')!, BASE).map((a) => new URL(a.url).pathname);

const thread = (...messages: string[]) => `<div class="t">${messages.map((text) => `<div class="m">${text}</div>`).join('')}</div>`;

describe('attachments in a message', () => {
  it('takes the largest srcset candidate, the lazy data-src behind a placeholder, and a CSS background', () => {
    expect(photos('<img src="/s.jpg" srcset="/s.jpg 480w, /big.jpg 4032w">')).toEqual(['/big.jpg']);
    expect(photos('<img src="/placeholder.gif" data-src="/real.jpg" loading="lazy">')).toEqual(['/real.jpg']);
    expect(photos(`<span style="background-image: url('/bg.jpg')"></span>`)).toEqual(['/bg.jpg']);
    expect(photos('<picture><source srcset="/p.webp 1x, /p2.webp 2x"><img src="/placeholder.gif"></picture>')).toEqual(['/p2.webp']);
    expect(largestSrcsetCandidate('/a.jpg 1x, /b.jpg 2x')).toBe('/b.jpg');
  });

  it('takes a link to an image file, preferring it to the thumbnail it wraps', () => {
    expect(photos('<a href="/full/IMG_1.jpg"><img src="/thumb/IMG_1.jpg"></a> <a href="/doc.pdf">invoice</a>')).toEqual([
      '/full/IMG_1.jpg',
    ]);
  });

  it('leaves out avatars, icons and emoji by size, words and position', () => {
    const html = `
      <div><img src="/u/olivia.png"><b class="x1">Olivia</b></div>
      <img src="/e/smile.png" alt="😀">
      <img src="/i/clip.png" width="16" height="16">
      <img src="/a/me.jpg" class="user-avatar">
      <img src="/photo.jpg" width="300">`;
    const found = findAttachments(page(`<div id="m">${html}</div>`).getElementById('m')!, BASE, document.querySelector('b'));
    expect(found.map((a) => new URL(a.url).pathname)).toEqual(['/photo.jpg']);
  });

  it('keeps a photo shown after the author line in the same bubble', () => {
    const found = findAttachments(
      page('<div id="m"><div><strong>Olivia</strong><p>Here</p><img src="/p.jpg"></div></div>').getElementById('m')!,
      BASE,
      document.querySelector('strong'),
    );
    expect(found.map((a) => new URL(a.url).pathname)).toEqual(['/p.jpg']);
  });

  it('never takes a javascript: or data: image', () => {
    expect(photos('<img src="data:image/png;base64,AAAA"><a href="javascript:alert(1)//.jpg">x</a>')).toEqual([]);
  });
});

describe('header facts by label, outside the messages', () => {
  const facts = (html: string, exclude: string[] = []) => {
    const document = page(html);
    return readHeaderFacts(
      document,
      exclude.map((id) => document.getElementById(id)!),
    );
  };

  it('reads dt/dd, row headers, column headers, "Label: value" and aria-labelledby', () => {
    expect(facts('<dl><dt>Customer</dt><dd>Ann Lee</dd></dl>').customer).toBe('Ann Lee');
    expect(facts('<table><tr><th>Order ID</th><td>#123456</td></tr></table>').order).toBe('123456');
    expect(
      facts(
        '<table><thead><tr><th>Product</th><th>Carrier</th></tr></thead><tbody><tr><td>iPhone 13</td><td>UPS</td></tr></tbody></table>',
      ),
    ).toMatchObject({
      product: 'iPhone 13',
      carrier: 'UPS',
    });
    expect(facts('<p>Tracking number: 1Z999AA10123456784</p>').tracking).toBe('1Z999AA10123456784');
    expect(facts('<p>Customer: <span>Ann Lee</span></p>').customer).toBe('Ann Lee');
    expect(facts('<span id="c">Category</span><span aria-labelledby="c">Tablets</span>').category).toBe('Tablets');
    expect(facts('<label for="w">Warranty</label><input id="w" value="In warranty">').warranty).toBe('In warranty');
  });

  const OTHER_LANGUAGES: [language: string, html: string, expected: Record<string, string>][] = [
    [
      'French',
      '<dl><dt>N° de commande</dt><dd>111</dd><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A1</dd></dl>',
      { order: '111', carrier: 'Colissimo', tracking: '6A1' },
    ],
    [
      'German',
      '<dl><dt>Bestellnummer</dt><dd>222</dd><dt>Kunde</dt><dd>Jonas Weber</dd><dt>Sendungsnummer</dt><dd>00340</dd></dl>',
      { order: '222', customer: 'Jonas Weber', tracking: '00340' },
    ],
    [
      'Spanish',
      '<p>Número de pedido: 333</p><p>Categoría: Portátiles</p><p>Transportista: SEUR</p>',
      { order: '333', category: 'Portátiles', carrier: 'SEUR' },
    ],
    [
      'Italian',
      '<p>Numero ordine: 444</p><p>Prodotto: iPhone 12</p><p>Corriere: BRT</p><p>Garanzia: Riparato da terzi</p>',
      { order: '444', product: 'iPhone 12', carrier: 'BRT', warranty: 'Riparato da terzi' },
    ],
  ];
  for (const [language, html, expected] of OTHER_LANGUAGES) {
    it(`reads labels in ${language}`, () => {
      expect(facts(html)).toEqual(expected);
    });
  }

  it('names warranty states written in the five languages', () => {
    expect(warrantyFromWords('Sous garantie')).toBe('IN_WARRANTY');
    expect(warrantyFromWords('Wasserschaden')).toBe('WATER_OR_DROPPED');
    expect(warrantyFromWords('Garantiefall')).toBe('IN_WARRANTY');
    expect(warrantyFromWords('Reparado por terceros')).toBe('THIRD_PARTY_REPAIR');
    expect(warrantyFromWords('Danni da liquidi')).toBe('WATER_OR_DROPPED');
    expect(warrantyFromWords('Pending')).toBeNull();
  });

  it('never takes label-like text from a message (issue 13)', () => {
    const html = `<div id="msg"><p>Order ID: 12345678</p><p>Tracking number: 1Z999AA10123456784</p><p>Warranty: IN_WARRANTY</p></div>`;
    expect(facts(html, ['msg'])).toEqual({});
  });
});

describe('messages as the repeated blocks of the conversation', () => {
  it('takes the list of messages, not the list of header facts beside it', () => {
    const document = page(`
      <div><div>Customer: Ann</div><div>Order: 1</div><div>Product: X</div></div>
      ${thread('<b>Ann</b> 12/11/2026 09:00 <p>My phone does not charge any more, can you help?</p>', '<b>Shop</b> 12/11/2026 10:00 <p>Hello Ann, we are sorry to hear that.</p>')}`);
    const region = findConversationRegion(document);
    expect(region?.blocks.map((block) => block.className)).toEqual(['m', 'm']);
  });

  it('takes every child of a region named as the conversation, whatever their tags', () => {
    const document = page(`<section id="thread"><h2>Messages</h2><p>Hello, my phone no longer charges since Tuesday.</p>
      <blockquote>We are sorry to hear that. Could you try another cable?</blockquote><div>Another cable does not help either.</div></section>`);
    expect(readStructure(document, BASE).messages?.map((m) => m.text)).toEqual([
      'Hello, my phone no longer charges since Tuesday.',
      'We are sorry to hear that. Could you try another cable?',
      'Another cable does not help either.',
    ]);
  });

  it('leaves date separators out', () => {
    const document = page(
      `<div><div>12 November 2026</div><div><b>Ann</b><p>Hello, the screen is broken.</p></div><div>Today</div><div><b>Shop</b><p>Hello Ann, send us photos please.</p></div></div>`,
    );
    expect(findConversationRegion(document)?.blocks).toHaveLength(2);
  });

  it('reads authors by the customer named in the header, and the time from a <time> or a date attribute', () => {
    const document = page(`<dl><dt>Customer</dt><dd>Ann Lee</dd></dl>
      ${thread('<span>Ann Lee</span><span title="2026-11-12T09:00:00Z">09:00</span><p>The screen is broken, what can I do?</p>', '<b>Fix Shop</b> <time datetime="2026-11-12T10:00:00Z">10:00</time><p>Hello Ann, send photos.</p>')}`);
    const { messages } = readStructure(document, BASE);
    expect(messages?.map((m) => [m.author, m.authorName, m.date])).toEqual([
      ['customer', 'Ann Lee', '2026-11-12T09:00:00Z'],
      ['merchant', 'Fix Shop', '2026-11-12T10:00:00Z'],
    ]);
    expect(messages?.[0]?.text).toBe('The screen is broken, what can I do?');
  });

  it('reads the author from words on the block when no name is shown, but not from ordinary words', () => {
    const document = page(`<div><div class="bubble bubble--in"><p>The screen flickers since yesterday evening.</p></div>
      <div class="bubble bubble--out"><p>Hello, could you send us a video of it?</p></div>
      <div class="bubble" aria-label="Message in French"><p>Merci, voici la vidéo du problème.</p></div></div>`);
    expect(readStructure(document, BASE).messages?.map((m) => m.author)).toEqual(['customer', 'merchant', 'unknown']);
  });

  it('reads messages inside open shadow roots', () => {
    const document = page('<x-thread></x-thread>');
    const shadow = document.querySelector('x-thread')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = thread(
      '<b>Ann</b><p>First message from the customer, with some text.</p>',
      '<b>Shop</b><p>Second message from the shop, with some text.</p>',
    );
    expect(readStructure(document, BASE).messages?.map((m) => m.text)).toEqual([
      'First message from the customer, with some text.',
      'Second message from the shop, with some text.',
    ]);
  });

  it('tells "no conversation could be read" (null) from "a conversation with 0 messages" ([])', () => {
    expect(readStructure(page('<p>Nothing here</p>'), BASE).messages).toBeNull();
    expect(
      readStructure(page('<div role="log" aria-label="Messages"></div><textarea></textarea><button>Send</button>'), BASE).messages,
    ).toEqual([]);
  });
});

describe('the composer', () => {
  it('is the editable element nearest the Send button, not a search box or another editor', () => {
    const document = page(`
      <input type="search" aria-label="Search requests">
      <div class="notes"><textarea aria-label="Internal note"></textarea></div>
      <div class="reply"><div contenteditable="true" id="reply"><p>draft</p></div><button>Envoyer</button></div>`);
    expect(findComposerByStructure(document)?.id).toBe('reply');
  });

  it('is never a hidden editor', () => {
    const document = page(
      '<textarea id="hidden" style="display: none"></textarea><div role="textbox" id="box"></div><button>Send</button>',
    );
    expect(findComposerByStructure(document)?.id).toBe('box');
  });

  it("is a same-origin iframe's editable body", () => {
    const document = page('<div><iframe title="editor"></iframe><button aria-label="Send message">➤</button></div>');
    const inner = document.implementation.createHTMLDocument('');
    inner.body.setAttribute('contenteditable', 'true');
    Object.defineProperty(document.querySelector('iframe')!, 'contentDocument', { value: inner });
    expect(findComposerByStructure(document)).toBe(inner.body);
  });
});

describe('the back-office adapter with the structural reader', () => {
  const read = (document: Document, at: number) =>
    backoffice.read({ document, url: BASE, selectors: backoffice.defaultSelectors, now: () => new Date(at) });

  it('reads a skeleton page as showing nothing yet (which the reader calls still loading), with the messages named', () => {
    const result = read(page('<div aria-busy="true"><div class="skeleton-line"></div></div>'), 0);
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot).toMatchObject({ customer: { firstName: null, lastName: null }, orderId: null, messages: [] });
    expect(result.snapshot.problems.map((problem) => problem.part)).toContain('messages');
  });

  it('reports unreadable messages as a problem, never as an empty conversation', () => {
    const result = read(page('<dl><dt>Customer</dt><dd>Ann Lee</dd><dt>Order</dt><dd>1234</dd></dl><main></main>'), 0);
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot.problems).toContainEqual({ part: 'messages', message: 'no messages could be read on this page' });
    expect(result.snapshot.customer).toEqual({ firstName: 'Ann', lastName: 'Lee' });
  });

  it("does not make a customer's message the case's order, tracking number or warranty (issue 13)", () => {
    const result = read(
      page(
        thread(
          '<b>Ann</b> <p>Order ID 12345678 / Tracking number 1Z999AA10123456784 / Warranty IN_WARRANTY</p>',
          '<b>Ann</b> <p>Order ID: 12345678</p><p>Tracking number: 1Z999AA10123456784</p><p>Warranty: WATER_OR_DROPPED</p>',
        ),
      ),
      0,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot).toMatchObject({ orderId: null, trackingNumber: null, warrantyState: null });
    expect(result.snapshot.messages).toHaveLength(2);
  });

  it('marks each part with where it came from', () => {
    const result = read(
      page(
        `<dl><dt>Customer</dt><dd>Ann Lee</dd></dl><span data-qa="order-id">42424242</span>${thread('<p>First message of the thread.</p>', '<p>Second message of the thread.</p>')}<form><textarea></textarea></form>`,
      ),
      0,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.snapshot.sources).toMatchObject({ customer: 'structure', order: 'adapter', messages: 'structure', composer: 'adapter' });
  });

  it('takes the folder id from the last segment of care-request routes, UUIDs included', () => {
    const id = (path: string) => folderIdFromUrl(new URL(`https://www.backmarket.fr${path}`));
    expect(id('/bo-seller/customer-care/help-requests/6f1c0b8e-1b2c-4d5e-8f90-123456789abc')).toBe('6f1c0b8e-1b2c-4d5e-8f90-123456789abc');
    expect(id('/bo-seller/customer-care/conversation/CARE-88412')).toBe('CARE-88412');
    expect(id('/bo_merchant/customer-request/4815162')).toBe('4815162');
    expect(id('/fr-fr/dashboard/orders/8765432')).toBe('8765432');
    expect(id('/bo-seller/customer-care/folders/4815162342')).toBe('4815162342');
  });
});
