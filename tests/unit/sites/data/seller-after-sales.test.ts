// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSellerAfterSales } from '@/utils/sites/data/seller-after-sales';
import { conversationSnapshotSchema } from '@/utils/sites/snapshot';
import { combineReads } from '@/utils/sites/combine-reads';
import type { DataFacts } from '@/utils/sites/data/types';
import type { SnapshotProblem } from '@/utils/sites/snapshot';
import { fakeFetch, fixture, json, now, PAGE_URL, parseHtml, sellerAfterSalesAnswers, UUID, type Answer } from './helpers';

const CONVERSATION = `/seller-after-sales/api/v1/orderlines/${UUID}/conversation`;
const CUSTOMER = `/bm/customer_request/orderlines/${UUID}/customer`;

/** The data alone made into a snapshot, as the reader chain does when the page's markup gives nothing. */
const snapshotFromData = (facts: DataFacts, problems: SnapshotProblem[], composerFound: boolean) =>
  combineReads(
    { status: 'unreadable', message: 'nothing readable in the markup' },
    { ok: true, facts, problems },
    { url: PAGE_URL.href, folderIdFromUrl: null, platform: 'backoffice', composerFound, now },
  );

function read(overrides: Record<string, Answer> = {}) {
  const fetchJson = fakeFetch({ ...sellerAfterSalesAnswers(), ...overrides });
  return { fetchJson, result: readSellerAfterSales({ pageUrl: PAGE_URL, uuid: UUID, fetchJson, parseHtml, now }) };
}

async function readOk(overrides: Record<string, Answer> = {}) {
  const result = await read(overrides).result;
  if (!result.ok) throw new Error(`expected a read, got ${result.reason}: ${result.message}`);
  return result;
}

describe('readSellerAfterSales: every endpoint', () => {
  it('fills the case from the conversation, requests, product, customer, returns and issues', async () => {
    const { facts, problems } = await readOk();
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({
      kind: 'care',
      folderId: '6f1c0b8e-1b2c-4d5e-8f90-123456789abc',
      customer: { firstName: 'Priya', lastName: 'Shah' },
      country: 'en-gb',
      orderId: '71029384',
      product: { title: 'iPhone 13 128GB - Midnight - Unlocked', category: 'Smartphones' },
      carrier: 'DHL Express',
      trackingNumber: '1234567890',
      returnLabels: [{ url: 'https://files.example.test/labels/return-71029384.pdf', direction: 'CUSTOMER_TO_MERCHANT' }],
    });
    expect(facts.issues).toEqual([
      { code: 'SCREEN_BLACK', label: "Screen doesn't display anything" },
      { code: 'DOES_NOT_TURN_ON', label: "Doesn't turn on" },
    ]);
    expect(facts.sources).toMatchObject({
      customer: 'data',
      order: 'data',
      messages: 'data',
      attachments: 'data',
      carrier: 'data',
      product: 'data',
    });
  });

  it('reads messages as text with their author kind, never as HTML', async () => {
    const { facts } = await readOk();
    expect(facts.messages.slice(0, 4).map((message) => [message.id, message.author, message.authorName, message.text])).toEqual([
      ['5551234', 'customer', 'Priya Shah', 'Hi, the phone stopped charging.\nPhotos attached.'],
      ['5551235', 'backmarket', 'Back Market', 'Your request has been sent to the seller.'],
      ['5551236', 'merchant', 'TechRevive Care', 'Hello Priya,\ncould you send a photo of the screen switched on?'],
      ['5551237', 'customer', 'Priya Shah', 'Here it is: screen'],
    ]);
    expect(facts.messages[0]!.date).toBe('2026-11-18T09:12:00Z');
  });

  it("puts the attachments endpoint's files with the message they name, once each, and the rest at the end", async () => {
    const { facts } = await readOk();
    const urls = (index: number) => facts.messages[index]!.attachments.map((attachment) => attachment.name);
    expect(urls(0)).toEqual(['IMG_2199.jpg', 'IMG_2200.jpg']);
    // In the message's own list, linked in its HTML, and listed by the endpoint: one attachment each.
    expect(urls(3)).toEqual(['IMG_2202.jpg', 'IMG_2201.jpg']);
    expect(facts.messages[4]).toMatchObject({ id: 'attachments', author: 'customer', text: '' });
    expect(facts.messages[4]!.attachments).toEqual([
      { url: 'https://files.example.test/care/invoice-71029384.pdf', name: 'invoice.pdf', mimeHint: 'application/pdf' },
    ]);
  });

  it('asks only GET paths of this orderline', async () => {
    const { fetchJson, result } = read();
    await result;
    expect(fetchJson.asked.every((path) => path.includes(`/orderlines/${UUID}/`))).toBe(true);
    expect(fetchJson.asked).toHaveLength(7);
  });

  it('makes a valid snapshot through the reader chain when the markup gives nothing', async () => {
    const { facts, problems } = await readOk();
    const snapshot = snapshotFromData(facts, problems, false);
    expect(snapshot.status).toBe('ok');
    if (snapshot.status !== 'ok') return;
    expect(conversationSnapshotSchema.safeParse(snapshot.snapshot).success).toBe(true);
    expect(snapshot.snapshot.problems.map((problem) => problem.part)).toEqual(['composer']);
    expect(snapshot.snapshot).toMatchObject({
      folderId: facts.folderId,
      orderId: '71029384',
      sources: { customer: 'data', messages: 'data' },
    });
  });
});

describe('readSellerAfterSales: failures', () => {
  it.each([
    [json({ error: 'unauthenticated' }, 401), 'unauthorised', /401: sign-in needed/],
    [json({ error: 'forbidden' }, 403), 'unauthorised', /403: not allowed/],
    [json({ error: 'boom' }, 500), 'failed', /HTTP 500/],
    [
      { status: 200, contentType: 'text/html; charset=utf-8', text: '<!doctype html><title>Sign in</title>' },
      'not-json',
      /HTML page instead of JSON/,
    ],
    [{ status: 200, contentType: 'application/json', text: '<html>oops</html>' }, 'not-json', /HTML page/],
    [{ status: 200, contentType: 'application/json', text: '{"messages": [' }, 'not-json', /not JSON/],
    [json({ error: 'gone', detail: 'no conversation' }), 'schema', /unexpected shape/],
    [json([{ requestId: 'r', messages: 'none' }]), 'schema', /0\.messages/],
  ] as const)('the conversation answering %j fails the read as %s, naming it', async (answer, reason, message) => {
    const result = await read({ [CONVERSATION]: answer }).result;
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toContain(CONVERSATION);
    }
  });

  it('a network error is a failed read, not a throw', async () => {
    const result = await readSellerAfterSales({
      pageUrl: PAGE_URL,
      uuid: UUID,
      fetchJson: async () => {
        throw new TypeError('Failed to fetch');
      },
      parseHtml,
      now,
    });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
  });

  it.each([
    [CUSTOMER, 'customer', json({}, 403), /customer answered 403/],
    [`/bm/customer_request/orderlines/${UUID}/product`, 'product', json({}, 500), /product answered HTTP 500/],
    [
      `/seller-after-sales/api/v1/orderlines/${UUID}/product_returns`,
      'carrier',
      { status: 200, contentType: 'text/html', text: '<p>maintenance</p>' },
      /HTML page/,
    ],
    [`/seller-after-sales/api/v1/orderlines/${UUID}/attachments`, 'attachments', json('nope'), /unexpected shape/],
  ] as const)('a side endpoint %s failing keeps the read and names it', async (path, part, answer, message) => {
    const { facts, problems } = await readOk({ [path]: answer });
    expect(facts.messages.length).toBeGreaterThanOrEqual(4);
    const problem = problems.find((item) => item.message.includes(path));
    expect(problem?.part).toBe(part);
    expect(problem?.message).toMatch(message);
  });

  it('with the customer endpoint refused, the name still comes from the request list', async () => {
    const { facts } = await readOk({ [CUSTOMER]: json({}, 403) });
    expect(facts.customer).toEqual({ firstName: 'Priya', lastName: 'Shah' });
  });
});

describe('readSellerAfterSales: missing fields and drift', () => {
  it('names fields missing from messages and still reads the rest', async () => {
    const conversation = fixture('conversation') as { messages: Record<string, unknown>[] }[];
    delete conversation[0]!.messages[0]!.creationDate;
    delete conversation[0]!.messages[1]!.creationDate;
    delete conversation[0]!.messages[2]!.sender;
    const { facts, problems } = await readOk({ [CONVERSATION]: json(conversation) });
    expect(facts.messages[0]!.date).toBeNull();
    expect(facts.messages[2]!.author).toBe('unknown');
    expect(problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/creationDate missing in 2 of 4 messages/),
        expect.stringMatching(/sender\.type missing in 1 of 4/),
      ]),
    );
  });

  it('ignores extra fields and reads renamed ones it knows (body, id, carrierName, tracking_number)', async () => {
    const conversation = [
      {
        requestId: 'x',
        brandNewField: { nested: true },
        messages: [{ id: 9, body: '<p>Renamed</p>', sender: { type: 'CUSTOMER', avatar: 'a.png' }, createdAt: '2026-11-18T09:00:00Z' }],
      },
    ];
    const returns = { productReturns: [{ carrierName: 'UPS', tracking_number: '1Z999AA10123456784', unknown: 1 }] };
    const { facts } = await readOk({
      [CONVERSATION]: json(conversation),
      [`/seller-after-sales/api/v1/orderlines/${UUID}/product_returns`]: json(returns),
    });
    expect(facts.messages[0]).toMatchObject({ id: '9', author: 'customer', text: 'Renamed', date: '2026-11-18T09:00:00Z' });
    expect([facts.carrier, facts.trackingNumber]).toEqual(['UPS', '1Z999AA10123456784']);
  });

  it('a field renamed to a name it does not know is named as missing, and a wrong type counts as missing', async () => {
    const product = { productTitle: 'Renamed title', category: 42, categoryName: 'Smartphones' };
    const customer = { givenName: 'Priya' };
    const { facts, problems } = await readOk({
      [`/bm/customer_request/orderlines/${UUID}/product`]: json(product),
      [CUSTOMER]: json(customer),
    });
    expect(facts.product.title).toBeNull();
    // 42 is not a category name: counted as missing, so the next known name is used.
    expect(facts.product.category).toBe('Smartphones');
    expect(problems).toEqual(expect.arrayContaining([{ part: 'product', message: expect.stringMatching(/product: title missing/) }]));
    expect(problems).toEqual(expect.arrayContaining([{ part: 'customer', message: expect.stringMatching(/customer: firstName missing/) }]));
  });

  it('leaves out a message that is not an object and names it', async () => {
    const conversation = fixture('conversation') as { messages: unknown[] }[];
    conversation[0]!.messages.splice(1, 0, 'just a string');
    const { facts, problems } = await readOk({ [CONVERSATION]: json(conversation) });
    expect(facts.messages.filter((message) => message.id !== 'attachments')).toHaveLength(4);
    expect(problems.some((problem) => problem.message.includes('message 2 is not an object'))).toBe(true);
  });

  it('names attachment elements it cannot understand and drops javascript: ones', async () => {
    const attachments = [
      { fileName: 'no-url.jpg' },
      'javascript:alert(1)',
      { url: 'data:image/png;base64,AAAA', name: 'x.png' },
      42,
      { href: '/uploads/IMG_1.jpg', messageId: '5551234' },
    ];
    const { facts, problems } = await readOk({ [`/seller-after-sales/api/v1/orderlines/${UUID}/attachments`]: json(attachments) });
    const all = facts.messages.flatMap((message) => message.attachments.map((attachment) => attachment.url));
    expect(all).toContain('https://www.backmarket.co.uk/uploads/IMG_1.jpg');
    expect(all.some((url) => !url.startsWith('http'))).toBe(false);
    const named = problems.filter((problem) => problem.part === 'attachments').map((problem) => problem.message);
    expect(named).toHaveLength(4);
    expect(named[0]).toMatch(/attachment 1 carries no URL \(fields: fileName\)/);
    expect(named[1]).toMatch(/attachment 2 is not an http\(s\) URL/);
    expect(named[3]).toMatch(/attachment 4 is number/);
  });

  it('cuts values to the snapshot limits instead of failing', async () => {
    const long = 'x'.repeat(30_000);
    const conversation = [
      {
        requestId: 'r',
        messages: [{ messageId: 'm'.repeat(300), content: `<p>${long}</p>`, sender: { type: 'CUSTOMER', displayName: 'n'.repeat(500) } }],
      },
    ];
    const { facts, problems } = await readOk({
      [CONVERSATION]: json(conversation),
      [`/bm/customer_request/orderlines/${UUID}/product`]: json({ title: 't'.repeat(900) }),
    });
    expect(snapshotFromData(facts, problems, true).status).toBe('ok');
    expect(facts.messages[0]!.text.length).toBe(20_000);
    expect(facts.messages[0]!.text).toMatch(/message cut by ReturnDesk: 30000 characters in all/);
    expect(facts.product.title).toHaveLength(500);
  });
});
