import { z } from 'zod';
import { absoluteHttpUrl } from '../read-dom';
import type { Attachment } from '../snapshot';
import { t } from '../../i18n/translate';

/**
 * One element of an `attachments` array. Its shape was never recorded on the live back office
 * (../shared/backmarket-api/seller-after-sales.md), so a URL string or an object carrying a URL under any of the
 * usual names is accepted, and anything else is named rather than guessed at.
 */

const text = z.union([z.string(), z.number()]).transform(String).optional().catch(undefined);

const URL_KEYS = [
  'url',
  'link',
  'href',
  'downloadUrl',
  'download_url',
  'fileUrl',
  'file_url',
  'src',
  'uri',
  'signedUrl',
  'attachment',
] as const;
const NAME_KEYS = ['name', 'fileName', 'filename', 'file_name', 'originalName', 'original_filename', 'title', 'displayName'] as const;
const TYPE_KEYS = ['mimeType', 'mime_type', 'contentType', 'content_type', 'type'] as const;
const MESSAGE_KEYS = ['messageId', 'message_id', 'msg'] as const;

const withKeys = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, text]));

export const attachmentObjectSchema = z.looseObject({
  ...withKeys([...URL_KEYS, ...NAME_KEYS, ...TYPE_KEYS, ...MESSAGE_KEYS]),
  uploadedBy: text,
  senderType: text,
  sender: z.looseObject({ type: text }).optional().catch(undefined),
});
export const attachmentElementSchema = z.union([z.string(), attachmentObjectSchema]);

export type AttachmentElementRead =
  | {
      ok: true;
      attachment: Attachment;
      /** The message the element names, when it names one (attachments endpoint). */
      messageId: string | null;
      /** CUSTOMER, SELLER or SYSTEM when the element says who uploaded it. */
      uploader: string | null;
    }
  | { ok: false; problem: string };

const first = (record: Record<string, unknown>, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
};

/** The file name at the end of a URL's path, decoded, or null. */
export function fileNameFromUrl(url: string): string | null {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? '';
    return last ? decodeURIComponent(last).slice(0, 500) : null;
  } catch {
    return null;
  }
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

export function mimeFromName(name: string): string | null {
  return MIME_BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

function fromUrl(raw: string, base: URL, name: string | null, mimeHint: string | null): Attachment | null {
  const url = absoluteHttpUrl(raw, base);
  if (!url) return null;
  const fileName = (name ?? fileNameFromUrl(url) ?? 'attachment').slice(0, 500);
  return { url, name: fileName, mimeHint: (mimeHint?.includes('/') ? mimeHint : mimeFromName(fileName))?.slice(0, 100) ?? null };
}

export function attachmentFromElement(element: unknown, base: URL): AttachmentElementRead {
  const checked = attachmentElementSchema.safeParse(element);
  if (!checked.success)
    return { ok: false, problem: t('pageReading.attachmentNotUrlOrObject', { type: element === null ? 'null' : typeof element }) };
  const value = checked.data;
  if (typeof value === 'string') {
    const attachment = fromUrl(value, base, null, null);
    return attachment
      ? { ok: true, attachment, messageId: null, uploader: null }
      : { ok: false, problem: t('pageReading.attachmentNotWebUrl') };
  }
  const raw = first(value, URL_KEYS);
  if (!raw) return { ok: false, problem: t('pageReading.attachmentNoUrl', { fields: Object.keys(value).slice(0, 8).join(', ') || '–' }) };
  const attachment = fromUrl(raw, base, first(value, NAME_KEYS), first(value, TYPE_KEYS));
  if (!attachment)
    return { ok: false, problem: t('pageReading.attachmentUrlNotWeb', { field: URL_KEYS.find((key) => value[key] === raw) ?? '' }) };
  return {
    ok: true,
    attachment,
    messageId: first(value, MESSAGE_KEYS),
    uploader: first(value, ['uploadedBy', 'senderType']) ?? value.sender?.type ?? null,
  };
}
