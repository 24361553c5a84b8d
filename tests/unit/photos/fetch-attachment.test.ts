// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fetchAttachment } from '@/utils/photos/fetch-attachment';
import type { AttachmentAccess } from '@/utils/sites/attachment-access';

const pageOrigin: AttachmentAccess = { kind: 'allowed', credentials: 'include' };
const otherHost: AttachmentAccess = { kind: 'allowed', credentials: 'omit' };
const respond = (body: BodyInit | null, init: ResponseInit = {}) =>
  vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, init));

describe('fetchAttachment', () => {
  it('fetches an allowed attachment', async () => {
    const fetchImpl = respond(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
    const result = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', { access: pageOrigin, fetchImpl });
    expect(result.ok && result.blob.size).toBe(3);
  });

  it('never uses the HTTP cache, never follows a redirect, and sends cookies only where the access says', async () => {
    const fetchImpl = respond(new Uint8Array([1]));
    await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', { access: pageOrigin, fetchImpl });
    await fetchAttachment('https://cdn.example.com/a/2.jpg', { access: otherHost, fetchImpl });
    expect(fetchImpl.mock.calls.map((call) => call[1])).toEqual([
      expect.objectContaining({ cache: 'no-store', redirect: 'manual', credentials: 'include' }),
      expect.objectContaining({ cache: 'no-store', redirect: 'manual', credentials: 'omit' }),
    ]);
  });

  it('reports a redirect instead of following it, naming where it pointed', async () => {
    const fetchImpl = respond(null, { status: 302, headers: { location: 'https://evil.example/x.jpg' } });
    const result = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', { access: pageOrigin, fetchImpl });
    expect(result).toMatchObject({ ok: false, code: 'redirected', message: expect.stringContaining('https://evil.example') });
    // A browser's manual redirect hides its target.
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const browserResult = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', {
      access: pageOrigin,
      fetchImpl: vi.fn(async () => opaque),
    });
    expect(browserResult).toMatchObject({ ok: false, code: 'redirected' });
  });

  it('requests nothing for an attachment whose host is not allowed, or that is no web address', async () => {
    const fetchImpl = respond('x');
    const needsAccess: AttachmentAccess = {
      kind: 'needs-access',
      origin: 'https://cdn.example.com',
      host: 'cdn.example.com',
      pattern: 'https://cdn.example.com/*',
      byAdministrator: false,
    };
    expect(await fetchAttachment('https://cdn.example.com/x.jpg', { access: needsAccess, fetchImpl })).toMatchObject({
      ok: false,
      code: 'needs-access',
      message: expect.stringContaining('needs access to cdn.example.com'),
    });
    expect(
      await fetchAttachment('http://plain.example/x.jpg', { access: { kind: 'refused', message: 'Not fetched: http' }, fetchImpl }),
    ).toMatchObject({
      ok: false,
      code: 'blocked-origin',
    });
    for (const url of ['data:image/png;base64,AAAA', 'javascript:alert(1)', 'not a url']) {
      expect(await fetchAttachment(url, { access: pageOrigin, fetchImpl })).toMatchObject({ ok: false, code: 'blocked-origin' });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports 404, server errors and oversized files in words', async () => {
    const url = 'https://www.backmarket.co.uk/a/1.jpg';
    const access = pageOrigin;
    expect(await fetchAttachment(url, { access, fetchImpl: respond(null, { status: 404 }) })).toMatchObject({ code: 'not-found' });
    expect(await fetchAttachment(url, { access, fetchImpl: respond(null, { status: 503 }) })).toMatchObject({
      code: 'fetch-failed',
      message: 'The platform answered 503.',
    });
    const big = respond(new Uint8Array(2048));
    expect(await fetchAttachment(url, { access, fetchImpl: big, maxBytes: 1024 })).toMatchObject({ code: 'too-large-file' });
  });

  it('gives up on a download that never finishes', async () => {
    const hanging = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const result = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', {
      access: pageOrigin,
      fetchImpl: hanging as typeof fetch,
      timeoutMs: 20,
    });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
  });
});
