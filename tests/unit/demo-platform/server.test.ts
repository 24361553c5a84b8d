// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CARE_FOLDERS_DIR } from '@/scripts/demo-platform/data/index';
import { useDemoPlatform } from './running-platform';

const demo = useDemoPlatform();
const { get } = demo;

describe('demo platform server', () => {
  it('listens on 127.0.0.1 on the port it picked', () => {
    expect(demo.platform.origin).toBe(`http://127.0.0.1:${demo.platform.port}`);
    expect(demo.platform.port).toBeGreaterThan(0);
  });

  it('redirects / to the conversation list', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/bo-seller/customer-care');
  });

  it('serves the single-page app for the list and for conversation paths, with its script', async () => {
    for (const page of [
      '/bo-seller/customer-care',
      '/bo-seller/customer-care/folders/104820113',
      '/bo-seller/buyback/orders/US-31842-HMQRT',
    ]) {
      const response = await get(page);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<div id="app">');
      const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
      expect(script).toMatch(/^\/assets\/.+\.js$/);
      const asset = await get(script!);
      expect(asset.headers.get('content-type')).toContain('text/javascript');
      expect((await asset.text()).length).toBeGreaterThan(1000);
    }
  });

  it('returns a care folder exactly as stored', async () => {
    const response = await get('/ws/sav/104820113');
    expect(response.headers.get('content-type')).toContain('application/json');
    const stored = JSON.parse(readFileSync(path.join(CARE_FOLDERS_DIR, '104820113.json'), 'utf8'));
    expect(await response.json()).toEqual(stored);
    expect((await get('/ws/sav/999')).status).toBe(404);
  });

  it('lists the care folders and the trade-in orders', async () => {
    const list = (await (await get('/ws/sav')).json()) as { count: number; results: { id: number }[] };
    expect(list.count).toBe(10);
    expect(list.results.map((folder) => folder.id)).toContain(104820878);
    const orders = (await (await get('/ws/buyback/v1/orders')).json()) as { results: { orderPublicId: string }[] };
    expect(orders.results.map((order) => order.orderPublicId)).toEqual(['US-31842-HMQRT']);
  });

  it('serves attachments as real 12 MP JPEG files, and refuses paths outside the folder', async () => {
    const response = await get('/attachments/104820113/IMG_4101.jpg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    const image = await loadImage(Buffer.from(await response.arrayBuffer()));
    expect([image.width, image.height]).toEqual([4032, 3024]);
    expect((await get('/attachments/104820391/IMG_7730%20(1).jpg')).status).toBe(200);
    expect((await get('/attachments/thumbs/104820113/IMG_4101.jpg')).headers.get('content-type')).toBe('image/jpeg');
    expect((await get('/attachments/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('/attachments/manifest.json')).status).toBe(404);
  });

  it('appends a posted merchant message to the care folder', async () => {
    const before = (await (await get('/ws/sav/104820442')).json()) as { messages: unknown[] };
    const posted = await get('/ws/sav/104820442/msg', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Hello Tyler, a replacement is on its way.' }),
    });
    expect(posted.status).toBe(201);
    expect(await posted.json()).toMatchObject({ message: 'Hello Tyler, a replacement is on its way.', group: 104820442 });
    const after = (await (await get('/ws/sav/104820442')).json()) as { messages: { message: string; initiator: string }[] };
    expect(after.messages).toHaveLength(before.messages.length + 1);
    expect(after.messages.at(-1)).toMatchObject({ message: 'Hello Tyler, a replacement is on its way.', initiator: 'Merchant' });
  });

  it('refuses an empty or malformed message', async () => {
    const empty = await get('/ws/sav/104820442/msg', { method: 'POST', body: JSON.stringify({ message: '  ' }) });
    expect(empty.status).toBe(400);
    const notJson = await get('/ws/sav/104820442/msg', { method: 'POST', body: 'message=hi' });
    expect(notJson.status).toBe(400);
  });

  it('appends a posted message to the trade-in thread', async () => {
    const posted = await get('/ws/buyback/v1/orders/US-31842-HMQRT/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'We accept your photos.', files: [] }),
    });
    expect(posted.status).toBe(201);
    const thread = (await (await get('/ws/buyback/v1/orders/US-31842-HMQRT/messages')).json()) as {
      results: { body: string; author: string }[];
    };
    expect(thread.results.at(-1)).toMatchObject({ body: 'We accept your photos.', author: 'Merchant' });
  });
});
