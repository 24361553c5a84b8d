import type { PhotoFailureCode } from './analysis';
import type { AttachmentAccess } from '../sites/attachment-access';
import { englishFailureMessage } from './failure-text';

/**
 * Fetches one attachment for checking, only when utils/sites/attachment-access.ts allowed it: a message linking to
 * a host nobody allowed, `data:` or `javascript:` is refused before any request. Never from the HTTP cache (a
 * customer's photo is not kept there), never following a redirect (it could lead anywhere: it is reported), cookies
 * only to the conversation page's own origin. Bounded in time and size so a slow or huge file cannot hang the panel.
 */

export type FetchedAttachment = { ok: true; blob: Blob } | { ok: false; code: PhotoFailureCode; message: string };

export interface FetchAttachmentOptions {
  /** The decision for this URL (attachmentAccess). */
  access: AttachmentAccess;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export const MAX_ATTACHMENT_BYTES = 60 * 1024 * 1024;

/** The failure shown for an attachment that is not fetched, or null when it may be. */
export function notFetched(access: AttachmentAccess): Extract<FetchedAttachment, { ok: false }> | null {
  if (access.kind === 'needs-access') {
    return { ok: false, code: 'needs-access', message: englishFailureMessage('photoFailure.needsAccess', { host: access.host }) };
  }
  if (access.kind === 'refused') return { ok: false, code: 'blocked-origin', message: access.message };
  return null;
}

export async function fetchAttachment(url: string, options: FetchAttachmentOptions): Promise<FetchedAttachment> {
  const { access, signal, timeoutMs = 20_000, maxBytes = MAX_ATTACHMENT_BYTES, fetchImpl = fetch } = options;
  if (access.kind !== 'allowed') return notFetched(access)!;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, code: 'blocked-origin', message: englishFailureMessage('photoFailure.invalidLink') };
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) {
    return {
      ok: false,
      code: 'blocked-origin',
      message: englishFailureMessage('photoFailure.notWebProtocol', { protocol: parsed.protocol }),
    };
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetchImpl(parsed.href, {
      signal: timeout.signal,
      credentials: access.credentials,
      cache: 'no-store',
      redirect: 'manual',
    });
    // Browsers hide a manual redirect's target (an "opaqueredirect" with status 0); other fetches show the 3xx.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      const target = location ? originOf(new URL(location, parsed).href) : null;
      return {
        ok: false,
        code: 'redirected',
        message: target ? englishFailureMessage('photoFailure.redirectedTo', { target }) : englishFailureMessage('photoFailure.redirected'),
      };
    }
    if (response.status === 404 || response.status === 410) {
      return { ok: false, code: 'not-found', message: englishFailureMessage('photoFailure.notFound') };
    }
    if (!response.ok)
      return { ok: false, code: 'fetch-failed', message: englishFailureMessage('photoFailure.status', { status: response.status }) };
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
    if (timeout.signal.aborted)
      return {
        ok: false,
        code: 'timeout',
        message: englishFailureMessage('photoFailure.timeout', { seconds: Math.round(timeoutMs / 1000) }),
      };
    return { ok: false, code: 'fetch-failed', message: englishFailureMessage('photoFailure.network') };
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
  return {
    ok: false,
    code: 'too-large-file',
    message: englishFailureMessage('photoFailure.tooLargeFile', { megabytes: Math.round(bytes / 1048576) }),
  };
}
