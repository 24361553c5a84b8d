// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { readPlatformData } from '@/utils/sites/data/read-platform-data';
import type { FetchJson } from '@/utils/sites/data/types';
import { useDemoPlatform } from './running-platform';

const demo = useDemoPlatform();
const { get } = demo;
const byScenario = (words: string) => NEW_BACKOFFICE_CASES.find((item) => item.scenario.includes(words))!;

/** What the content script will do: GET a same-origin path with the page's session. */
const fetchJson: FetchJson = async (path) => {
  const response = await get(path);
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
};
// Node's fetch (a page's same-origin request, no CORS), and happy-dom only for parsing message HTML.
const domParser = new new Window().DOMParser();
const parseHtml = (html: string) => domParser.parseFromString(html, 'text/html') as unknown as Document;

async function readCase(careId: string) {
  const pageUrl = new URL(`${demo.platform.origin}${newBackofficePath(careId)}`);
  const read = await readPlatformData({ pageUrl, resourceUrls: [], linkHrefs: [], fetchJson, parseHtml, now: () => new Date() });
  if (!read) throw new Error(`no data source for ${pageUrl.href}`);
  return read;
}

describe('new back office pages', () => {
  it('serves the compiled app for care requests and the request list, with no data-qa and hashed classes', async () => {
    for (const page of [newBackofficePath(NEW_BACKOFFICE_CASES[0]!.careId), '/bo-seller/customer-care/all-requests']) {
      const response = await get(page);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain(`img-src 'self' ${demo.platform.attachmentOrigin}`);
      const html = await response.text();
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
      expect(script).toMatch(/^\/new-backoffice\/assets\/.+\.js$/);
      const bundle = await (await get(script!)).text();
      expect(bundle).not.toContain('data-qa');
      expect(bundle).toContain('_x7f3a');
    }
    // The old demo app still answers its own routes.
    expect(await (await get('/bo-seller/customer-care/folders/104820113')).text()).not.toContain('/new-backoffice/assets/');
  });

  it('serves attachments from a second origin, localhost, which the pages link to', async () => {
    expect(demo.platform.attachmentOrigin).toMatch(/^http:\/\/localhost:\d+$/);
    const { uuid } = byScenario('seven device photos');
    const listed = (await (await get(`/seller-after-sales/api/v1/orderlines/${uuid}/attachments`)).json()) as {
      attachments: { url: string; messageId: string }[];
    };
    expect(listed.attachments).toHaveLength(7);
    expect(listed.attachments.every((attachment) => attachment.url.startsWith(`${demo.platform.attachmentOrigin}/attachments/`))).toBe(
      true,
    );
    const file = await fetch(listed.attachments[0]!.url);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await fetch(`${demo.platform.attachmentOrigin}/attachments/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${demo.platform.attachmentOrigin}/attachments/manifest.json`)).status).toBe(404);
  });
});

describe('new back office JSON, read by the data reader', () => {
  it('seven photos: customer, order, country, messages by author and every photo with its message', async () => {
    const read = await readCase(byScenario('seven device photos').careId);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([]);
    expect(read.facts).toMatchObject({
      customer: { firstName: 'Hannah', lastName: 'Whitfield' },
      country: 'en-gb',
      orderId: '80417265',
      product: { category: 'Smartphones' },
    });
    expect(read.facts.messages.map((message) => message.author)).toEqual(['backmarket', 'customer', 'customer', 'merchant']);
    expect(read.facts.messages.map((message) => message.attachments.length)).toEqual([0, 3, 4, 0]);
  });

  it('DHL return: carrier and tracking number from product_returns, the label photo and the label document', async () => {
    const read = await readCase(byScenario('DHL Express return').careId);
    expect(read.ok && [read.facts.carrier, read.facts.trackingNumber]).toEqual(['DHL Express', DEMO_IDENTIFIERS.dhlExpressLabel.waybill]);
    expect(read.ok && read.facts.returnLabels[0]?.url).toMatch(/^http:\/\/localhost:\d+\/attachments\/104820734\/return-label-DHL\.png$/);
    expect(read.ok && read.facts.messages[2]!.attachments.map((attachment) => attachment.name)).toEqual(['IMG_0457.jpg']);
  });

  it('French customer: fr-fr, accents kept, the hostile script and javascript: link reduced to text', async () => {
    const read = await readCase(byScenario('French customer').careId);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.facts.customer).toEqual({ firstName: 'Camille', lastName: 'Lefèvre' });
    expect(read.facts.country).toBe('fr-fr');
    expect(read.facts.messages[0]!.text).toBe(
      "Bonjour,\nma tablette ne s'allume plus depuis une chute d'eau — voici les photos.\ncliquez ici",
    );
  });

  it.each([
    ['conversation answers 401', 'unauthorised'],
    ['conversation answers 500', 'failed'],
    ['conversation answers an HTML page', 'not-json'],
    ['conversation fails the schema', 'schema'],
  ])('%s: the read fails as %s', async (scenario, reason) => {
    expect(await readCase(byScenario(scenario).careId)).toMatchObject({ ok: false, reason });
  });

  it('customer endpoint answers 403: the read goes on and names it', async () => {
    const read = await readCase(byScenario('customer endpoint answers 403').careId);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.problems).toEqual([{ part: 'customer', message: expect.stringMatching(/\/customer answered 403: not allowed/) }]);
    // The request list still names the customer.
    expect(read.facts.customer.firstName).toBe('Sam');
  });

  it('a reply posted through the demo endpoint joins the conversation as a seller message, as text', async () => {
    const { uuid } = byScenario('French customer');
    const posted = await get(`/demo-api/new-backoffice/orderlines/${uuid}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Merci <b>Camille</b>' }),
    });
    expect(posted.status).toBe(201);
    const thread = (await (await get(`/seller-after-sales/api/v1/orderlines/${uuid}/conversation`)).json()) as {
      messages: { content: string; sender: { type: string } }[];
    }[];
    expect(thread[0]!.messages.at(-1)).toMatchObject({ content: '<p>Merci &lt;b&gt;Camille&lt;/b&gt;</p>', sender: { type: 'SELLER' } });
    expect((await get(`/seller-after-sales/api/v1/orderlines/${uuid}/conversation`, { method: 'POST' })).status).toBe(405);
    expect((await get('/seller-after-sales/api/v1/orderlines/00000000-0000-4000-8000-000000000000/conversation')).status).toBe(404);
  });
});
