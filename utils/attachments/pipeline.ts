import type { PhotoFailureCode } from '../photos/analysis';
import { forEachLimited, JobCancelledError, WorkerCrashedError } from '../worker-bridge';

/**
 * The one way an attachment goes through the panel, for the photo check and the number reader alike: refused at
 * once when its host may not be downloaded from, found in the cache, or downloaded, handed to a worker and its
 * result saved (making room when storage is full). What differs (which images, which worker, what is kept, where
 * the cache is keyed) is passed in; this module knows no browser API, so it is tested in Node with fakes.
 */

/** Why an attachment has no result: the codes the photo check stores (the number reader shows the same ones). */
export interface AttachmentFailure {
  code: PhotoFailureCode;
  message: string;
}

export type Downloaded<Body> = { ok: true; body: Body } | ({ ok: false } & AttachmentFailure);

/** Where a result came from: the panel shows cached readings as such. */
export type ResultSource = 'refused' | 'cache' | 'download' | 'worker';

/** What a save did: `message` says when older data was removed to make room, or why nothing was saved. */
export interface SaveOutcome {
  ok: boolean;
  message: string | null;
}

export interface AttachmentPipeline<Target extends { url: string }, Body, Result> {
  /** In the order to work them. */
  targets: readonly Target[];
  /** Attachments in flight at once: more than the workers, so downloads run ahead and a worker never waits. */
  concurrency: number;
  /** Aborted when the conversation changes or the agent pauses: nothing more starts, no late result is reported or saved. */
  signal: AbortSignal;
  /** Targets that already have a result (kept across a pause): left alone. */
  skip?(target: Target): boolean;
  /** The failure for an attachment that may not be downloaded (host not allowed yet, refused address), or null. */
  refuse(target: Target): AttachmentFailure | null;
  /** The results looked up before downloading (keyed by address), all at once so they show at once. */
  cachedByUrl?(targets: readonly Target[]): Promise<ReadonlyMap<string, Result>>;
  /** The result looked up once the file is here (keyed by its content), or null to hand it to the worker. */
  cachedByContent?(target: Target, body: Body): Promise<Result | null>;
  download(target: Target, signal: AbortSignal): Promise<Downloaded<Body>>;
  work(target: Target, body: Body, signal: AbortSignal): Promise<Result>;
  /** The result shown for a failure (refusal, download, crashed worker). */
  failed(failure: AttachmentFailure): Result;
  /** Messages for a worker that crashed twice on this file, or failed in another way (the detail is appended). */
  workFailure: { crashed: string; other: string };
  /**
   * The write that keeps a worker's result (it may throw when storage is full, and is run again after making room),
   * or null to keep nothing (a failure that may be temporary).
   */
  save?(target: Target, body: Body, result: Result): (() => Promise<void>) | null;
  /** Runs a write, making room and writing again when storage is full (utils/storage-quota.ts writeWithEviction). */
  withRoom?(write: () => Promise<void>): Promise<SaveOutcome>;
  onStart?(target: Target): void;
  onResult(target: Target, result: Result, source: ResultSource): void;
  onSaved?(outcome: SaveOutcome): void;
}

/** The failure shown for a worker that crashed (the bridge restarted it and retried once) or threw. */
export function workerFailure(caught: unknown, messages: { crashed: string; other: string }): AttachmentFailure {
  const message = caught instanceof WorkerCrashedError ? messages.crashed : `${messages.other} (${String(caught).slice(0, 120)}).`;
  return { code: 'worker-crashed', message };
}

/**
 * Runs the targets through the pipeline; resolves when every one has a result or the signal was aborted. A failure
 * of one attachment (download, worker crash) is that attachment's result and the others go on; an unexpected error
 * (the cache unreadable) rejects, and the caller says the run stopped.
 */
export async function runAttachmentPipeline<Target extends { url: string }, Body, Result>(
  pipeline: AttachmentPipeline<Target, Body, Result>,
): Promise<void> {
  const { signal } = pipeline;
  const report = (target: Target, result: Result, source: ResultSource) => {
    if (!signal.aborted) pipeline.onResult(target, result, source);
  };
  const open = pipeline.targets.filter((target) => !pipeline.skip?.(target));
  const cached = (await pipeline.cachedByUrl?.(open)) ?? new Map<string, Result>();
  if (signal.aborted) return;
  const pending: Target[] = [];
  for (const target of open) {
    const known = cached.get(target.url);
    // A cached result stands even for a host no longer allowed: allowing it again would only check the same file.
    const refused = known === undefined ? pipeline.refuse(target) : null;
    if (known !== undefined) report(target, known, 'cache');
    else if (refused) report(target, pipeline.failed(refused), 'refused');
    else pending.push(target);
  }
  await forEachLimited(pending, pipeline.concurrency, async (target) => {
    if (signal.aborted) return;
    pipeline.onStart?.(target);
    const downloaded = await pipeline.download(target, signal);
    if (signal.aborted) return;
    if (!downloaded.ok) {
      // Network trouble is not cached: the next visit tries again.
      report(target, pipeline.failed({ code: downloaded.code, message: downloaded.message }), 'download');
      return;
    }
    const known = await pipeline.cachedByContent?.(target, downloaded.body);
    if (signal.aborted) return;
    if (known !== null && known !== undefined) {
      report(target, known, 'cache');
      return;
    }
    let result: Result;
    try {
      result = await pipeline.work(target, downloaded.body, signal);
    } catch (caught) {
      if (caught instanceof JobCancelledError || signal.aborted) return;
      report(target, pipeline.failed(workerFailure(caught, pipeline.workFailure)), 'worker');
      return;
    }
    // A result that arrives after a cancel belongs to a conversation no longer shown: neither shown nor saved.
    if (signal.aborted) return;
    report(target, result, 'worker');
    const write = pipeline.save?.(target, downloaded.body, result);
    if (!write) return;
    const withRoom = pipeline.withRoom ?? defaultWithoutRoom;
    const saved = await withRoom(write);
    if (!signal.aborted) pipeline.onSaved?.(saved);
  });
}

/** Without a way to make room, a failed write is reported as is. */
async function defaultWithoutRoom(write: () => Promise<void>): Promise<SaveOutcome> {
  try {
    await write();
    return { ok: true, message: null };
  } catch (caught) {
    return { ok: false, message: `Could not save locally: ${String(caught).slice(0, 200)}` };
  }
}
