// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fetchAttachment } from '@/utils/photos/fetch-attachment';

const allowedOrigins = ['https://www.backmarket.co.uk'];
const respond = (body: BodyInit | null, init: ResponseInit = {}) => vi.fn(async () => new Response(body, init));

describe('fetchAttachment', () => {
  it('fetches a platform attachment', async () => {
    const fetchImpl = respond(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
    const result = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', { allowedOrigins, fetchImpl });
    expect(result.ok && result.blob.size).toBe(3);
  });

  it('never requests another origin, data: or javascript: links', async () => {
    const fetchImpl = respond('x');
    for (const url of ['https://evil.example/x.jpg', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'not a url']) {
      expect(await fetchAttachment(url, { allowedOrigins, fetchImpl })).toMatchObject({ ok: false, code: 'blocked-origin' });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports 404, server errors and oversized files in words', async () => {
    const url = 'https://www.backmarket.co.uk/a/1.jpg';
    expect(await fetchAttachment(url, { allowedOrigins, fetchImpl: respond(null, { status: 404 }) })).toMatchObject({ code: 'not-found' });
    expect(await fetchAttachment(url, { allowedOrigins, fetchImpl: respond(null, { status: 503 }) })).toMatchObject({
      code: 'fetch-failed',
      message: 'The platform answered 503.',
    });
    const big = respond(new Uint8Array(2048));
    expect(await fetchAttachment(url, { allowedOrigins, fetchImpl: big, maxBytes: 1024 })).toMatchObject({ code: 'too-large-file' });
  });

  it('gives up on a download that never finishes', async () => {
    const hanging = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const result = await fetchAttachment('https://www.backmarket.co.uk/a/1.jpg', {
      allowedOrigins,
      fetchImpl: hanging as typeof fetch,
      timeoutMs: 20,
    });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
  });
});
