import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { conversationAttachments } from '@/utils/sites/attachments';
import type { AttachmentAccessState } from './use-attachment-access';
import { createWorkerBridge, stoppingAlso, type WorkerLike } from '@/utils/worker-bridge';
import {
  numbersWorkerResponseSchema,
  ocrRequestSchema,
  type NumbersOutcome,
  type NumbersWorkerRequest,
  type NumbersWorkerResponse,
} from '@/utils/ocr/worker-protocol';
import { numbersReadingOrder } from '@/utils/ocr/reading-order';
import { findDisagreements, type Disagreement } from '@/utils/ocr/disagreements';
import { recognizeWords, stopOcrEngine, zxingWasmUrl } from '@/utils/extension/ocr-engine';
import { loadNumberReading, saveNumberReading } from '@/utils/db';
import { panelDatabase } from './database';
import { recordImageSource } from '@/utils/case-data';
import { runAttachmentPipeline } from '@/utils/attachments/pipeline';
import { panelAttachmentSteps, useObjectUrls } from './use-attachment-pipeline';
import { pickBelongsTo, type NumbersRequest } from '@/utils/messages';
import { numbersRequestItem } from '@/utils/extension/storage-items';

function createNumbersWorker(): WorkerLike {
  const worker = new Worker(new URL('./numbers-worker.ts', import.meta.url), { type: 'module' });
  // The worker asks the panel to run tesseract (its own worker, started from extension URLs) mid-job.
  worker.addEventListener('message', (event) => {
    const parsed = ocrRequestSchema.safeParse(event.data);
    if (!parsed.success) return;
    const { seq, image } = parsed.data.ocrRequest;
    recognizeWords(image).then(
      (words) => worker.postMessage({ ocrReply: { seq, words } }),
      (error: unknown) => worker.postMessage({ ocrReply: { seq, error: String(error).slice(0, 300) } }),
    );
  });
  // Cancel, Pause and a job timeout terminate this worker: the recognition it asked the panel for ends with it.
  return stoppingAlso(worker, stopOcrEngine);
}

let bridge: ReturnType<typeof createWorkerBridge<NumbersWorkerRequest, NumbersWorkerResponse>> | undefined;
function numbersBridge() {
  bridge ??= createWorkerBridge<NumbersWorkerRequest, NumbersWorkerResponse>({
    create: createNumbersWorker,
    parseResponse: (raw) => numbersWorkerResponseSchema.parse(raw),
    idleMs: 90_000,
    // Several OCR passes on a large photo on a slow machine; a hang beyond this counts as a crash.
    jobTimeoutMs: 60_000,
  });
  return bridge;
}

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface NumbersImage {
  url: string;
  name: string;
  /** From the conversation, or picked on the page with the context menu. */
  origin: 'conversation' | 'context-menu';
  status: 'waiting' | 'reading' | 'done';
  outcome: NumbersOutcome | null;
  /** Object URLs of the crops, by reading index. */
  cropUrls: (string | null)[];
  cached: boolean;
}

export interface NumbersState {
  images: NumbersImage[];
  progress: { done: number; total: number };
  disagreements: Disagreement[];
  /** Storage was full and older case data made room, or a reading could not be saved (utils/storage-quota.ts). */
  storageNotice: string | null;
  /** The agent paused reading (a long conversation keeps a core busy for minutes); what was read stays. */
  paused: boolean;
  /**
   * Picked images whose numbers the agent confirmed as this conversation's. A picked image's numbers fill replies
   * only after that: the agent may have right-clicked an image that is not this customer's.
   */
  confirmedPicks: ReadonlySet<string>;
  confirmPick(url: string): void;
  pause(): void;
  resume(): void;
  /** Reads an image the text detector skipped (no text seen), first, resuming a paused reading. */
  readAnyway(url: string): void;
}

function waitingImage(target: Pick<NumbersImage, 'url' | 'name' | 'origin'>): NumbersImage {
  return { ...target, status: 'waiting', outcome: null, cropUrls: [], cached: false };
}

/**
 * Reads IMEIs and waybill numbers in every attachment of the conversation (and any image the agent picked with the
 * context menu), one at a time off the main thread, cached by the image's content hash. Changing conversation
 * cancels what is under way.
 */
/**
 * `start` false holds the reading back (the panel passes the photo check's progress): both decode the same photos
 * on a 2-core machine, and the photo checklist is the cheaper, more often needed result, so it goes first.
 */
const NONE: ReadonlySet<string> = new Set();

/**
 * `readFirst`: attachment URLs to read before the others (see utils/ocr/reading-order.ts). `access` says which
 * attachments may be downloaded; one whose host is not allowed yet is listed as such and read once it is. `tabId`
 * is the tab the panel follows: an image picked there, on this conversation's page, is read too.
 */
export function useNumbers(
  snapshot: ConversationSnapshot,
  tabId: number,
  access: AttachmentAccessState,
  start = true,
  readFirst: ReadonlySet<string> = NONE,
): NumbersState {
  const attachments = useMemo(() => conversationAttachments(snapshot), [snapshot]);
  const [picked, setPicked] = useState<NumbersRequest | null>(null);
  const [confirmedPicks, setConfirmedPicks] = useState<ReadonlySet<string>>(new Set());
  const targets = useMemo(() => {
    const list: { url: string; name: string; origin: NumbersImage['origin'] }[] = attachments.map((attachment) => ({
      url: attachment.url,
      name: attachment.name,
      origin: 'conversation',
    }));
    if (picked && !list.some((item) => item.url === picked.url)) {
      list.unshift({ url: picked.url, name: picked.url.split('/').pop()?.split('?')[0] || 'image', origin: 'context-menu' as const });
    }
    return list;
  }, [attachments, picked]);
  const targetKey = targets.map((target) => `${readFirst.has(target.url) ? '1' : '2'}${target.url}`).join('\n');
  const [images, setImages] = useState<ReadonlyMap<string, NumbersImage>>(new Map());
  const [storageNotice, setStorageNotice] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  /** Images the agent asked to read though the text detector saw no text in them. */
  const [askedToRead, setAskedToRead] = useState<ReadonlySet<string>>(new Set());
  const askedKey = [...askedToRead].join('\n');
  /** Images finished since this list of images was set: a pause and resume keeps them on screen. */
  const finished = useRef(new Map<string, NumbersImage>());

  // Another conversation is not paused.
  useEffect(() => {
    setPaused(false);
    setAskedToRead(new Set());
  }, [snapshot.url]);
  // Other images (another conversation, a new attachment) are read afresh, from the cache where they were read
  // before; their crops go with them.
  useEffect(
    () => () => {
      finished.current.clear();
    },
    [targetKey, snapshot.url],
  );
  const objectUrl = useObjectUrls([targetKey, snapshot.url]);

  useEffect(() => {
    setPicked(null);
    setConfirmedPicks(new Set());
    const read = (request: NumbersRequest | null) => {
      // Only a pick made on this tab's page of this conversation: never another case's image.
      if (request && pickBelongsTo(request, tabId, snapshot.url)) setPicked(request);
    };
    void numbersRequestItem.get().then(read);
    return numbersRequestItem.watch(read);
  }, [tabId, snapshot.url]);

  useEffect(() => {
    if (!start || !access.ready) return undefined;
    const state = new Map<string, NumbersImage>();
    for (const target of targets) {
      const kept = finished.current.get(target.url);
      // An image that waited for its host is read afresh once the host may have been allowed.
      const waitedForAccess = kept?.outcome?.kind === 'failed' && kept.outcome.code === 'needs-access';
      const readNow = kept?.outcome?.kind === 'skipped' && askedToRead.has(target.url);
      state.set(target.url, kept && !waitedForAccess && !readNow ? kept : waitingImage(target));
    }
    if (paused) {
      setImages(state);
      return undefined;
    }
    const controller = new AbortController();
    const publish = () => !controller.signal.aborted && setImages(new Map(state));
    const finish = (url: string, outcome: NumbersOutcome, cached: boolean) => {
      const current = state.get(url);
      if (!current) return;
      const cropUrls = outcome.kind === 'read' ? outcome.readings.map((reading) => objectUrl(reading.crop)) : [];
      const done: NumbersImage = { ...current, status: 'done', outcome, cropUrls, cached };
      state.set(url, done);
      finished.current.set(url, done);
      publish();
    };

    const ordered = numbersReadingOrder(targets, new Set([...askedToRead, ...readFirst]));
    const db = panelDatabase();
    const steps = panelAttachmentSteps(access, { platform: snapshot.platform, folderId: snapshot.folderId });
    // Links a reading (keyed by content) to this case, so "forget this conversation" can remove it.
    const sourceOf = (url: string, hash: string) => ({ platform: snapshot.platform, folderId: snapshot.folderId, hash, url });
    const run = () =>
      runAttachmentPipeline<(typeof targets)[number], { blob: Blob; hash: string }, NumbersOutcome>({
        ...steps,
        targets: ordered,
        // One image at a time: the reader keeps a core busy, and the photo check has the other.
        concurrency: 1,
        signal: controller.signal,
        skip: (target) => state.get(target.url)?.status === 'done',
        download: async (target, signal) => {
          const downloaded = await steps.download(target, signal);
          return downloaded.ok ? { ok: true, body: { blob: downloaded.body, hash: await sha256(downloaded.body) } } : downloaded;
        },
        cachedByContent: async (target, { hash }) => {
          const cached = await loadNumberReading(db, hash).catch(() => null);
          if (!cached || (askedToRead.has(target.url) && cached.outcome.kind === 'skipped')) return null;
          await recordImageSource(db, sourceOf(target.url, hash)).catch(() => undefined);
          return cached.outcome;
        },
        work: async (target, { blob }, signal) =>
          (await numbersBridge().run({ blob, zxingWasmUrl: zxingWasmUrl(), readAnyway: askedToRead.has(target.url) }, { signal })).outcome,
        failed: (failure) => ({ kind: 'failed', ...failure }),
        workFailure: {
          crashed: 'Reading this image stopped the reader twice (restarted and retried once); it was skipped.',
          other: 'This image could not be read',
        },
        // A download or reader failure may be temporary: only results and refusals of the file itself are kept.
        save: (target, { hash }, outcome) =>
          outcome.kind !== 'failed' || !['worker-crashed', 'read-failed'].includes(outcome.code)
            ? async () => {
                await saveNumberReading(db, { hash, outcome, readAt: Date.now() });
                await recordImageSource(db, sourceOf(target.url, hash));
              }
            : null,
        onStart: (target) => {
          state.set(target.url, { ...state.get(target.url)!, status: 'reading' });
          publish();
        },
        onResult: (target, outcome, source) => finish(target.url, outcome, source === 'cache'),
        onSaved: (saved) => saved.message && setStorageNotice(saved.message),
      });
    setImages(new Map(state));
    run().catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      for (const [url, image] of state) {
        if (image.status !== 'done')
          finish(url, { kind: 'failed', code: 'read-failed', message: `Reading stopped: ${String(caught).slice(0, 160)}` }, false);
      }
    });
    // Crops are revoked with the conversation (above), not here: a pause keeps what was read on screen.
    return () => controller.abort();
    // targetKey stands for `targets`; access.key changes when a host is allowed.
  }, [targetKey, snapshot.url, start, paused, access.ready, access.key, askedKey]);

  const list = targets.map((target) => images.get(target.url) ?? waitingImage(target));
  const disagreements = useMemo(
    () =>
      findDisagreements(
        list.flatMap((image) =>
          image.outcome?.kind === 'read'
            ? image.outcome.readings.map((reading) => ({ imageId: image.url, reading: reading as never }))
            : [],
        ),
        // Never the order's tracking number: that is the outbound parcel's, and the page shows no return number.
        {},
      ),
    // list derives from images and targets
    [images, targetKey],
  );
  const confirmPick = useCallback((url: string) => setConfirmedPicks((previous) => new Set([...previous, url])), []);
  const pause = useCallback(() => setPaused(true), []);
  const resume = useCallback(() => setPaused(false), []);
  const readAnyway = useCallback((url: string) => {
    setAskedToRead((previous) => new Set([...previous, url]));
    setPaused(false);
  }, []);
  return {
    images: list,
    progress: { done: list.filter((image) => image.status === 'done').length, total: list.length },
    disagreements,
    storageNotice,
    paused,
    pause,
    resume,
    readAnyway,
    confirmedPicks,
    confirmPick,
  };
}

/** The images whose numbers may fill replies: the conversation's own, and picked ones the agent confirmed. */
export function imagesForReplies(numbers: Pick<NumbersState, 'images' | 'confirmedPicks'>): NumbersImage[] {
  return numbers.images.filter((image) => image.origin === 'conversation' || numbers.confirmedPicks.has(image.url));
}
