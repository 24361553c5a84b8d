import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { conversationAttachments, type ConversationAttachment } from '@/utils/sites/attachments';
import { accessRequests, type AccessRequest } from '@/utils/sites/attachment-access';
import type { AttachmentAccessState } from './use-attachment-access';
import { createWorkerPool } from '@/utils/worker-bridge';
import { photoWorkerResponseSchema, type PhotoWorkerRequest, type PhotoWorkerResponse } from '@/utils/photos/worker-protocol';
import type { PhotoCheck } from '@/utils/photos/analysis';
import { detectCategory, type CategoryDetection } from '@/utils/checklist/detect-category';
import type { CategoryId } from '@/utils/checklist/define';
import { categoryById } from '@/utils/checklist/registry';
import { summarisePhotoSet, type PhotoInSet, type PhotoSetSummary } from '@/utils/checklist/photo-set';
import type { BlurVerdict } from '@/utils/checklist/blur-verdicts';
import { loadDecisions, loadPhotoChecks, savePhotoCheck, updateDecisions, type CaseDecisions } from '@/utils/db';
import { panelDatabase } from './database';
import { runAttachmentPipeline } from '@/utils/attachments/pipeline';
import { panelAttachmentSteps, useObjectUrls } from './use-attachment-pipeline';
import { t } from '@/utils/i18n/translate';

/**
 * Photo workers, started on the first photo and stopped after a minute idle; two from two cores up. With the JPEG
 * decoded at 1/8 scale a photo is mostly waiting on the decoder, and two decodes in flight overlap one photo's
 * sniffing, metrics and thumbnail with the other's decode (issue 15; figures in the README's benchmarks).
 */
const PHOTO_WORKERS = (navigator.hardwareConcurrency || 1) >= 2 ? 2 : 1;
let bridge: ReturnType<typeof createWorkerPool<PhotoWorkerRequest, PhotoWorkerResponse>> | undefined;
function photoBridge() {
  bridge ??= createWorkerPool<PhotoWorkerRequest, PhotoWorkerResponse>(PHOTO_WORKERS, {
    create: () => new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' }),
    parseResponse: (raw) => photoWorkerResponseSchema.parse(raw),
    idleMs: 60_000,
    jobTimeoutMs: 30_000,
  });
  return bridge;
}

export interface PhotoEntry extends PhotoInSet {
  name: string;
  thumbnailUrl: string | null;
}

export interface PhotoCheckState {
  photos: PhotoEntry[];
  progress: { done: number; total: number };
  detection: CategoryDetection;
  category: CategoryId;
  categoryOverridden: boolean;
  summary: PhotoSetSummary;
  confirmed: Readonly<Record<string, string | null>>;
  setSlot(url: string, shotId: string | null): void;
  /** The agent's word on photos that "may be blurred": counted in the request only when "blurred". */
  blurVerdicts: Readonly<Record<string, BlurVerdict>>;
  setBlurVerdict(url: string, verdict: BlurVerdict): void;
  setCategory(category: CategoryId | null): void;
  error: string | null;
  /** Storage was full and older case data made room (utils/storage-quota.ts). */
  storageNotice: string | null;
  /** Hosts to allow before some photos can be checked, with how many wait for each. */
  accessRequests: AccessRequest[];
}

/**
 * Checks every attachment the customer sent, photo by photo, off the main thread; cached results come back
 * instantly. The agent's slot and category choices are stored per case.
 */
export function usePhotoCheck(snapshot: ConversationSnapshot, access: AttachmentAccessState): PhotoCheckState {
  const key = useMemo(() => ({ platform: snapshot.platform, folderId: snapshot.folderId }), [snapshot.platform, snapshot.folderId]);
  const attachments = useMemo(() => conversationAttachments(snapshot).filter((attachment) => attachment.fromCustomer), [snapshot]);
  const attachmentKey = attachments.map((attachment) => attachment.url).join('\n');
  const [checks, setChecks] = useState<ReadonlyMap<string, { check: PhotoCheck; thumbnailUrl: string | null }>>(new Map());
  const [decisions, setDecisions] = useState<CaseDecisions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  // Thumbnails go with the run that made them (same keys as the run below).
  const objectUrl = useObjectUrls([attachmentKey, snapshot.url, access.ready, access.key]);

  useEffect(() => {
    let cancelled = false;
    void loadDecisions(panelDatabase(), key).then((loaded) => !cancelled && setDecisions(loaded));
    return () => {
      cancelled = true;
    };
  }, [key]);

  useEffect(() => {
    // Until the browser's grants are known every host would look unallowed.
    if (!access.ready) return undefined;
    const controller = new AbortController();
    const found = new Map<string, { check: PhotoCheck; thumbnailUrl: string | null }>();
    const db = panelDatabase();
    setChecks(new Map());
    runAttachmentPipeline<ConversationAttachment, Blob, { check: PhotoCheck; thumbnail: Blob | null }>({
      ...panelAttachmentSteps(access, key),
      targets: attachments,
      // Downloads run ahead of the workers (three more photos in flight than workers) so a worker never waits.
      concurrency: PHOTO_WORKERS + 3,
      signal: controller.signal,
      cachedByUrl: async (targets) => {
        const cached = await loadPhotoChecks(
          db,
          targets.map((attachment) => attachment.url),
        );
        return new Map([...cached].map(([url, record]) => [url, { check: record.check, thumbnail: record.thumbnail }]));
      },
      work: (_attachment, blob, signal) => photoBridge().run({ blob }, { signal }),
      failed: (failure) => ({ check: { kind: 'failed', ...failure }, thumbnail: null }),
      workFailure: { crashed: 'Checking this photo crashed the checker twice; it was skipped.', other: 'This photo could not be checked' },
      save:
        (attachment, _blob, { check, thumbnail }) =>
        () =>
          savePhotoCheck(db, { url: attachment.url, check, thumbnail, checkedAt: Date.now() }),
      onResult: (attachment, { check, thumbnail }) => {
        found.set(attachment.url, { check, thumbnailUrl: objectUrl(thumbnail) });
        setChecks(new Map(found));
      },
      onSaved: (saved) => {
        if (!saved.ok) setError(saved.message);
        else if (saved.message) setStorageNotice(saved.message);
      },
    }).catch((caught: unknown) => {
      if (!controller.signal.aborted) setError(t('photos.checkStopped', { error: String(caught).slice(0, 200) }));
    });
    return () => controller.abort();
    // attachmentKey stands for `attachments`: re-run only when the set of attachments changes, or when a host is
    // allowed (access.key), which checks the photos that waited for it without a reload.
  }, [attachmentKey, snapshot.url, access.ready, access.key]);

  const detection = useMemo(
    () => detectCategory({ categoryName: snapshot.product.category, productTitle: snapshot.product.title }),
    [snapshot.product.category, snapshot.product.title],
  );
  const category = decisions?.categoryOverride ?? detection.category;
  const confirmed = decisions?.photoSlots ?? {};
  const blurVerdicts = decisions?.blurVerdicts ?? {};
  const photos: PhotoEntry[] = attachments.map((attachment) => ({
    url: attachment.url,
    name: attachment.name,
    messageIndex: attachment.messageIndex,
    attachmentIndex: attachment.attachmentIndex,
    check: checks.get(attachment.url)?.check ?? null,
    thumbnailUrl: checks.get(attachment.url)?.thumbnailUrl ?? null,
  }));
  const summary = useMemo(
    () => summarisePhotoSet(categoryById(category), photos, confirmed, snapshot.country, blurVerdicts),
    // photos derive from checks and attachments
    [category, checks, attachmentKey, decisions, snapshot.country],
  );

  const save = (change: (current: CaseDecisions) => Omit<CaseDecisions, 'updatedAt' | 'platform' | 'folderId'>) => {
    void updateDecisions(panelDatabase(), key, change)
      .then(setDecisions)
      .catch((caught: unknown) => setError(t('photos.choiceNotSaved', { error: String(caught).slice(0, 120) })));
  };

  return {
    photos,
    progress: { done: photos.filter((photo) => photo.check !== null).length, total: photos.length },
    detection,
    category,
    categoryOverridden: Boolean(decisions?.categoryOverride),
    summary,
    confirmed,
    setSlot: (url, shotId) => save((current) => ({ ...current, photoSlots: { ...current.photoSlots, [url]: shotId } })),
    blurVerdicts,
    setBlurVerdict: (url, verdict) => save((current) => ({ ...current, blurVerdicts: { ...current.blurVerdicts, [url]: verdict } })),
    setCategory: (next) => save((current) => ({ ...current, categoryOverride: next, photoSlots: {} })),
    error,
    storageNotice,
    accessRequests: access.ready ? accessRequests(attachments.map((attachment) => access.decide(attachment.url))) : [],
  };
}
