/**
 * Runs jobs on a dedicated Web Worker that starts on first use, handles one job at a time in order, can cancel
 * queued or running jobs, restarts after a crash (retrying the crashed job once), and terminates after sitting
 * idle so its memory goes back. The photo check uses it now; OCR will too.
 *
 * Protocol: the bridge posts `{ id, request }`; the worker answers `{ id, response }`. Responses are validated by
 * `parseResponse`, so a confused worker cannot hand the panel malformed data.
 */

export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface WorkerBridgeOptions<Response> {
  create: () => WorkerLike;
  parseResponse: (raw: unknown) => Response;
  /** Terminate after this long without work. */
  idleMs?: number;
  /** A job still running after this long counts as a crash (the worker is replaced). */
  jobTimeoutMs?: number;
}

export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

export class WorkerCrashedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashedError';
  }
}

interface Job<Request, Response> {
  id: number;
  request: Request;
  signal?: AbortSignal;
  attempts: number;
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
}

export interface WorkerBridge<Request, Response> {
  run(request: Request, options?: { signal?: AbortSignal }): Promise<Response>;
  /** Jobs waiting or running. */
  pending(): number;
  terminate(): void;
  /** True while a worker exists (for tests and memory reporting). */
  isRunning(): boolean;
}

export function createWorkerBridge<Request, Response>(options: WorkerBridgeOptions<Response>): WorkerBridge<Request, Response> {
  const { create, parseResponse, idleMs = 60_000, jobTimeoutMs = 60_000 } = options;
  let worker: WorkerLike | null = null;
  let current: Job<Request, Response> | null = null;
  const queue: Job<Request, Response>[] = [];
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let jobTimer: ReturnType<typeof setTimeout> | undefined;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const crash = (message: string) => {
    stopWorker();
    const job = current;
    current = null;
    clearTimeout(jobTimer);
    if (job) {
      if (job.attempts < 2)
        queue.unshift(job); // one retry on a fresh worker
      else job.reject(new WorkerCrashedError(message));
    }
    pump();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const created = create();
    created.addEventListener('message', (event) => {
      const data = (event as MessageEvent).data as { id?: unknown; response?: unknown };
      if (!current || data?.id !== current.id) return; // a late answer for a cancelled job
      const job = current;
      current = null;
      clearTimeout(jobTimer);
      try {
        job.resolve(parseResponse(data.response));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      pump();
    });
    created.addEventListener('error', (event) => crash(`the worker stopped: ${(event as ErrorEvent).message ?? 'error'}`));
    created.addEventListener('messageerror', () => crash('the worker sent an unreadable message'));
    worker = created;
    return created;
  };

  const pump = () => {
    if (current) return;
    clearTimeout(idleTimer);
    let job = queue.shift();
    while (job?.signal?.aborted) {
      job.reject(new JobCancelledError());
      job = queue.shift();
    }
    if (!job) {
      idleTimer = setTimeout(stopWorker, idleMs);
      return;
    }
    current = job;
    job.attempts++;
    jobTimer = setTimeout(() => crash('the worker took too long'), jobTimeoutMs);
    try {
      ensureWorker().postMessage({ id: job.id, request: job.request });
    } catch (error) {
      crash(String(error));
    }
  };

  return {
    run(request, { signal } = {}) {
      return new Promise<Response>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new JobCancelledError());
          return;
        }
        const job: Job<Request, Response> = { id: nextId++, request, signal, attempts: 0, resolve, reject };
        signal?.addEventListener('abort', () => {
          const index = queue.indexOf(job);
          if (index >= 0) {
            queue.splice(index, 1);
            reject(new JobCancelledError());
          } else if (current === job) {
            // The worker cannot be interrupted mid-job: replace it so the next job does not wait.
            current = null;
            clearTimeout(jobTimer);
            stopWorker();
            reject(new JobCancelledError());
            pump();
          }
        });
        queue.push(job);
        pump();
      });
    },
    pending: () => queue.length + (current ? 1 : 0),
    terminate() {
      clearTimeout(idleTimer);
      clearTimeout(jobTimer);
      stopWorker();
      for (const job of queue.splice(0)) job.reject(new JobCancelledError());
      current?.reject(new JobCancelledError());
      current = null;
    },
    isRunning: () => worker !== null,
  };
}

/**
 * The worker, with `alsoStop` run when it is terminated: for work the worker had started outside itself (the
 * numbers worker's text recognition runs in the panel), which a cancel, pause or timeout must end too.
 */
export function stoppingAlso(worker: WorkerLike, alsoStop: () => void): WorkerLike {
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer),
    addEventListener: (type, listener) => worker.addEventListener(type, listener),
    terminate() {
      worker.terminate();
      alsoStop();
    },
  };
}

/**
 * Several bridges of the same worker, for work that parallelises (photos on a multi-core machine). Each job goes
 * to the bridge with the fewest jobs; workers still start lazily and stop when idle, one by one.
 */
export function createWorkerPool<Request, Response>(size: number, options: WorkerBridgeOptions<Response>): WorkerBridge<Request, Response> {
  const bridges = Array.from({ length: Math.max(1, size) }, () => createWorkerBridge<Request, Response>(options));
  return {
    run(request, runOptions) {
      const least = bridges.reduce((best, bridge) => (bridge.pending() < best.pending() ? bridge : best));
      return least.run(request, runOptions);
    },
    pending: () => bridges.reduce((sum, bridge) => sum + bridge.pending(), 0),
    terminate: () => bridges.forEach((bridge) => bridge.terminate()),
    isRunning: () => bridges.some((bridge) => bridge.isRunning()),
  };
}

/** Runs `task` over `items` with at most `limit` at a time; resolves when all are done (errors are the task's). */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  });
  await Promise.all(lanes);
}
