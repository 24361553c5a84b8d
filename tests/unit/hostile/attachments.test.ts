import { describe, expect, it, vi } from 'vitest';
import { attachmentOrigins, conversationAttachments } from '@/utils/sites/attachments';
import { fetchAttachment } from '@/utils/photos/fetch-attachment';
import { PAGE_NAMES, PAGES, addAttachmentLink, loadPage, messageElements, readOk } from './page-helpers';

/**
 * Attachment links come from the page. Links that are not http(s) are dropped while reading; links to other sites
 * stay visible in the snapshot (the agent may want to know) but the panel never requests them: it fetches only
 * from the conversation page's origin and the platform's hosts (attachmentOrigins), and keeps nothing that a
 * redirect brought from elsewhere.
 */

const HOSTILE_LINKS = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://www.backmarket.fr/0c5f',
  'file:///etc/passwd',
  'about:blank',
  'chrome-extension://abcdefghijklmnop/sidepanel.html',
  'ftp://files.example/photo.jpg',
];
const OFF_SITE_LINKS = [
  'https://evil.example/photo.jpg',
  '//evil.example/protocol-relative.jpg',
  'https://www.backmarket.fr.evil.example/photo.jpg',
  'https://www.backmarket.fr@evil.example/userinfo.jpg',
  'https:\\\\evil.example\\backslashes.jpg',
  'http://www.backmarket.fr/plain-http.jpg',
  'https://127.0.0.1:5391/other-scheme.jpg',
  'http://127.0.0.1:5392/other-port.jpg',
];

describe.each(PAGE_NAMES)('%s adapter: attachment links from the page', (name) => {
  function readWithLinks(links: readonly string[]) {
    const document = loadPage(name);
    const message = messageElements(document, name)[0]!;
    // The demo reads only customer messages' photos; the first message may be the platform's own.
    message.setAttribute('data-author-role', 'customer');
    message.setAttribute('data-author', 'customer');
    links.forEach((href, index) => addAttachmentLink(document, name, message, href, `photo-${index}.jpg`));
    addAttachmentLink(document, name, message, '/attachments/real/IMG_0001.jpg', 'IMG_0001.jpg');
    return readOk(document, name);
  }

  it('drops every link that is not http(s) while reading', () => {
    const snapshot = readWithLinks(HOSTILE_LINKS);
    const urls = snapshot.messages.flatMap((message) => message.attachments.map((attachment) => attachment.url));
    expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(urls).toContain(new URL('/attachments/real/IMG_0001.jpg', PAGES[name].url).href);
    expect(urls.some((url) => /alert|base64|passwd|sidepanel|files\.example|0c5f/.test(url))).toBe(false);
  });

  it('requests only the page’s own and the platform’s attachments, nothing off-site', async () => {
    const snapshot = readWithLinks([...HOSTILE_LINKS, ...OFF_SITE_LINKS]);
    const allowedOrigins = attachmentOrigins(snapshot.url);
    const fetchImpl = vi.fn(async () => new Response(new Uint8Array([0xff, 0xd8, 0xff]), { headers: { 'content-type': 'image/jpeg' } }));
    const outcomes = await Promise.all(
      conversationAttachments(snapshot).map(async (attachment) => ({ url: attachment.url, result: await fetchAttachment(attachment.url, { allowedOrigins, fetchImpl }) })),
    );
    const requested = fetchImpl.mock.calls.map((call) => new URL(String((call as unknown[])[0])));
    const pageOrigin = new URL(PAGES[name].url).origin;
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url.origin).toBe(pageOrigin);
    for (const { url, result } of outcomes) {
      if (new URL(url).origin !== pageOrigin) expect(result, url).toMatchObject({ ok: false, code: 'blocked-origin' });
    }
  });
});

describe('attachmentOrigins', () => {
  it('is the page origin and the platform hosts over https, nothing else', () => {
    const origins = attachmentOrigins('https://www.backmarket.co.uk/bo-seller/customer-care/folders/1');
    expect(origins).toContain('https://www.backmarket.co.uk');
    expect(origins).toContain('https://www.backmarket.fr');
    expect(origins.every((origin) => /^https:\/\/(www|preprod)\.backmarket\.[a-z.]+$/.test(origin))).toBe(true);
    expect(attachmentOrigins('javascript:alert(1)')).not.toContain('null');
    expect(attachmentOrigins('not a url').every((origin) => origin.startsWith('https://'))).toBe(true);
  });
});

describe('fetchAttachment and redirects', () => {
  const allowedOrigins = ['https://www.backmarket.fr'];

  function redirectedTo(url: string) {
    const response = new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
    Object.defineProperty(response, 'redirected', { value: true });
    Object.defineProperty(response, 'url', { value: url });
    return vi.fn(async () => response);
  }

  it('keeps nothing a platform link redirected to another site', async () => {
    const result = await fetchAttachment('https://www.backmarket.fr/a/1.jpg', { allowedOrigins, fetchImpl: redirectedTo('https://evil.example/x.jpg') });
    expect(result).toMatchObject({ ok: false, code: 'blocked-origin', message: expect.stringContaining('https://evil.example') });
  });

  it('accepts a redirect that stays on the platform', async () => {
    const result = await fetchAttachment('https://www.backmarket.fr/a/1.jpg', { allowedOrigins, fetchImpl: redirectedTo('https://www.backmarket.fr/media/1.jpg') });
    expect(result.ok).toBe(true);
  });
});
