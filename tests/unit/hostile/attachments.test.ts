import { describe, expect, it, vi } from 'vitest';
import { conversationAttachments } from '@/utils/sites/attachments';
import { attachmentAccess } from '@/utils/sites/attachment-access';
import { adapterById } from '@/utils/sites/registry';
import { siteManifest } from '@/utils/sites/site-manifest';
import { fetchAttachment } from '@/utils/photos/fetch-attachment';
import { PAGE_NAMES, PAGES, addAttachmentLink, loadPage, messageElements, readOk } from './page-helpers';

/**
 * Attachment links come from the page. Links that are not http(s) are dropped while reading; links to other sites
 * stay visible in the snapshot (the agent may want to know) but the panel never requests them unasked: it fetches
 * from the conversation page's origin and the platform's hosts (utils/sites/attachment-access.ts), lists any other
 * https host as needing access, and follows no redirect.
 */

/** The demo build's grants with nothing allowed by the agent: the manifest's host permissions only. */
const DEMO_MANIFEST = siteManifest('demo');

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
    const context = {
      pageUrl: snapshot.url,
      adapter: adapterById(snapshot.platform),
      administratorOrigins: [],
      grantedPatterns: DEMO_MANIFEST.host_permissions,
      sitePatterns: DEMO_MANIFEST.host_permissions,
      requestablePatterns: DEMO_MANIFEST.optional_host_permissions,
    };
    const fetchImpl = vi.fn(async () => new Response(new Uint8Array([0xff, 0xd8, 0xff]), { headers: { 'content-type': 'image/jpeg' } }));
    const outcomes = await Promise.all(
      conversationAttachments(snapshot).map(async (attachment) => ({
        url: attachment.url,
        result: await fetchAttachment(attachment.url, { access: attachmentAccess(attachment.url, context), fetchImpl }),
      })),
    );
    const requested = fetchImpl.mock.calls.map((call) => new URL(String((call as unknown[])[0])));
    const pageOrigin = new URL(PAGES[name].url).origin;
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(url.origin).toBe(pageOrigin);
    for (const { url, result } of outcomes) {
      if (new URL(url).origin !== pageOrigin)
        expect(result, url).toMatchObject({ ok: false, code: expect.stringMatching(/^(blocked-origin|needs-access)$/) });
    }
    // Off-site https hosts wait for the agent; plain http elsewhere cannot even be asked for.
    const byUrl = new Map(outcomes.map(({ url, result }) => [url, result]));
    expect(byUrl.get('https://evil.example/photo.jpg')).toMatchObject({
      code: 'needs-access',
      message: expect.stringContaining('evil.example'),
    });
    expect(byUrl.get('http://www.backmarket.fr/plain-http.jpg')).toMatchObject({ code: 'blocked-origin' });
  });
});

describe('redirects', () => {
  it('keeps nothing from a redirect, not even one that stays on the platform', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(null, { status: 301, headers: { location: 'https://www.backmarket.fr/media/1.jpg' } }),
    );
    const result = await fetchAttachment('https://www.backmarket.fr/a/1.jpg', {
      access: { kind: 'allowed', credentials: 'include' },
      fetchImpl,
    });
    expect(result).toMatchObject({ ok: false, code: 'redirected' });
  });
});
