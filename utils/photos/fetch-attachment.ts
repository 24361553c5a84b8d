import type { PhotoFailureCode } from './analysis';

/**
 * Fetches one attachment for checking, only from origins the conversation may use (its own page's origin and the
 * platform's hosts): a message linking to another site, `data:` or `javascript:` is refused before any request.
 * Bounded in time and size so a slow or huge file cannot hang the panel.
 */

export type FetchedAttachment = { ok: true; blob: Blob } | { ok: false; code: PhotoFailureCode; message: string };

export interface FetchAttachmentOptions {
  allowedOrigins: readonly string[];
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export const MAX_ATTACHMENT_BYTES = 60 * 1024 * 1024;

export async function fetchAttachment(url: string, options: FetchAttachmentOptions): Promise<FetchedAttachment> {
  const { allowedOrigins, signal, timeoutMs = 20_000, maxBytes = MAX_ATTACHMENT_BYTES, fetchImpl = fetch } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'blocked-origin', message: 'The attachment link is not a valid address.' };
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || !allowedOrigins.includes(parsed.origin)) {
    return { ok: false, code: 'blocked-origin', message: `Not fetched: ${parsed.origin || parsed.protocol} is not the platform.` };
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetchImpl(parsed.href, { signal: timeout.signal, credentials: 'include', cache: 'force-cache' });
    // A platform URL that redirected elsewhere: the browser already followed it, but bytes from a site the
    // conversation may not use are not checked, stored or shown.
    if (response.redirected && response.url && !allowedOrigins.includes(originOf(response.url))) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, code: 'blocked-origin', message: `Not used: the platform redirected this attachment to ${originOf(response.url)}.` };
    }
    if (response.status === 404 || response.status === 410) {
      return { ok: false, code: 'not-found', message: 'The attachment is no longer on the platform (404).' };
    }
    if (!response.ok) return { ok: false, code: 'fetch-failed', message: `The platform answered ${response.status}.` };
    const declared = Number(response.headers.get('content-length') ?? 'NaN');
    if (declared > maxBytes) return tooLarge(declared);
    // Read with a running total: a server can lie about (or omit) the length.
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, blob: await response.blob() };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return tooLarge(total);
      }
      chunks.push(value);
    }
    return { ok: true, blob: new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' }) };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.signal.aborted) return { ok: false, code: 'timeout', message: `The attachment took longer than ${Math.round(timeoutMs / 1000)} s to download.` };
    return { ok: false, code: 'fetch-failed', message: 'The attachment could not be downloaded (network error).' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an unreadable address';
  }
}

function tooLarge(bytes: number): FetchedAttachment {
  return { ok: false, code: 'too-large-file', message: `The file is ${Math.round(bytes / 1048576)} MB, too large to check.` };
}
