// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCareApiFolder } from '@/utils/sites/data/care-api';
import { CARE_FOLDERS_DIR } from '@/scripts/demo-platform/data/index';
import { fakeFetch, json, now, parseHtml } from './helpers';

const pageUrl = new URL('http://127.0.0.1:4000/bo-seller/customer-care/folders/104820113');
const folder = (id: string) => JSON.parse(readFileSync(path.join(CARE_FOLDERS_DIR, `${id}.json`), 'utf8')) as Record<string, unknown>;
const read = (answer: ReturnType<typeof json>, folderId = '104820113') =>
  readCareApiFolder({ pageUrl, folderId, fetchJson: fakeFetch({ [`/ws/sav/${folderId}`]: answer }), parseHtml, now });

describe('readCareApiFolder (GET /ws/sav/{id})', () => {
  it('fills the case from a Care API folder', async () => {
    const result = await read(json(folder('104820113')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts).toMatchObject({
      folderId: '104820113',
      customer: { firstName: 'Olivia', lastName: 'Bennett' },
      country: 'en-gb',
      orderId: '58213477',
      product: { title: null, category: 'Smartphones' },
      carrier: 'DHL Express',
      trackingNumber: '3018472656',
    });
    const attachments = result.facts.messages.flatMap((message) => message.attachments);
    expect(attachments.length).toBeGreaterThanOrEqual(7);
    expect(attachments[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:4000\/attachments\/104820113\//);
    expect(result.facts.messages.slice(0, 3).map((message) => [message.author, message.authorName])).toEqual([
      ['backmarket', 'Back Market'],
      ['customer', 'Olivia Bennett'],
      ['merchant', 'Sam Okafor'],
    ]);
    // The spec has no product title: not a gap, and the category is left to the page with it (one snapshot field).
    expect(result.problems).toEqual([]);
    expect(result.facts.sources).not.toHaveProperty('product');
    expect(result.facts.sources).not.toHaveProperty('category');
  });

  it('reads the declared warranty state and the return labels', async () => {
    const result = await read(json(folder('104820257')), '104820257');
    expect(result.ok && result.facts.warrantyState).toBe('WATER_OR_DROPPED');
  });

  it('keeps hostile message text as text and drops javascript: attachments, naming them', async () => {
    const result = await read(json(folder('104820878')), '104820878');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const urls = result.facts.messages.flatMap((message) => message.attachments.map((attachment) => attachment.url));
    expect(urls.every((url) => url.startsWith('http://127.0.0.1:4000/'))).toBe(true);
    expect(result.problems.some((problem) => problem.part === 'attachments')).toBe(true);
  });

  it('names what is missing and fails on a changed structure', async () => {
    const partial = await read(json({ id: 104820113, messages: [{ id: 1, message: 'hi' }] }));
    expect(partial.ok).toBe(true);
    if (partial.ok) {
      expect(partial.problems.map((problem) => problem.part)).toEqual(
        expect.arrayContaining(['customer', 'order', 'country', 'category', 'messages']),
      );
      expect(partial.facts.messages[0]!.author).toBe('unknown');
    }
    expect(await read(json({ messages: 'none' }))).toMatchObject({ ok: false, reason: 'schema' });
    expect(await read(json({}, 401))).toMatchObject({ ok: false, reason: 'unauthorised' });
  });
});
