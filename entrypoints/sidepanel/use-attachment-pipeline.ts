import { useEffect, useRef } from 'preact/hooks';
import type { AttachmentPipeline } from '@/utils/attachments/pipeline';
import { fetchAttachment, notFetched } from '@/utils/photos/fetch-attachment';
import { writeWithEviction } from '@/utils/storage-quota';
import type { CaseKey } from '@/utils/db';
import type { AttachmentAccessState } from './use-attachment-access';
import { panelDatabase } from './database';

/**
 * The panel's side of utils/attachments/pipeline.ts, shared by the photo check and the number reader: downloads
 * under the access rules, saves in the panel's database making room when full, and object URLs for what the
 * sections show.
 */

/** The pipeline steps that depend on which hosts the agent allowed and on the panel's database. */
export function panelAttachmentSteps(
  access: AttachmentAccessState,
  protect: CaseKey,
): Pick<AttachmentPipeline<{ url: string }, Blob, never>, 'refuse' | 'download' | 'withRoom'> {
  return {
    refuse: (target) => notFetched(access.decide(target.url)),
    download: async (target, signal) => {
      const fetched = await fetchAttachment(target.url, { access: access.decide(target.url), signal });
      return fetched.ok ? { ok: true, body: fetched.blob } : fetched;
    },
    // The case on screen keeps its own data while older cases make room.
    withRoom: (write) => writeWithEviction(panelDatabase(), write, { protect }),
  };
}

/**
 * Object URLs for thumbnails and crops, revoked when any of `resetKeys` changes (other images) and when the panel
 * closes: a blob shown in the panel is freed with it.
 */
export function useObjectUrls(resetKeys: readonly unknown[]): (blob: Blob | null | undefined) => string | null {
  const urls = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const url of urls.current.splice(0)) URL.revokeObjectURL(url);
    },
    // The caller's keys: other images mean other blobs.
    resetKeys,
  );
  return (blob) => {
    if (!blob) return null;
    const url = URL.createObjectURL(blob);
    urls.current.push(url);
    return url;
  };
}
