/**
 * Runs text-recognition calls on an engine that cannot be interrupted mid-call (tesseract.js's worker): one call
 * at a time in order, each with its own time limit, and a stop that really stops. Stopping or a call over its
 * limit terminates the engine, which is the only way to end a recognition already running (it would otherwise
 * keep a core busy and delay the next image); the next call starts a fresh one. The engine also terminates after
 * sitting idle, so its memory goes back.
 *
 * Pure: the engine is passed in (utils/extension/ocr-engine.ts gives tesseract.js; tests give a fake).
 */

export interface OcrEngineInstance<Result> {
  recognize(image: Uint8Array): Promise<Result>;
  terminate(): unknown;
}

export interface OcrRunnerOptions<Result> {
  start: () => Promise<OcrEngineInstance<Result>>;
  /** A call still running after this long fails, and the engine is terminated. */
  callTimeoutMs: number;
  /** Terminate after this long without a call. */
  idleMs: number;
}

export interface OcrRunner<Result> {
  recognize(image: Uint8Array): Promise<Result>;
  /** Ends the running call and every queued one (they reject with OcrStoppedError) and terminates the engine. */
  stop(): void;
  /** True while an engine exists or is starting. */
  isRunning(): boolean;
}

export class OcrStoppedError extends Error {
  constructor() {
    super('text recognition was stopped');
    this.name = 'OcrStoppedError';
  }
}

export class OcrTimeoutError extends Error {
  constructor(ms: number) {
    super(`text recognition took longer than ${Math.round(ms / 1000)} s`);
    this.name = 'OcrTimeoutError';
  }
}

export function createOcrRunner<Result>({ start, callTimeoutMs, idleMs }: OcrRunnerOptions<Result>): OcrRunner<Result> {
  let engine: Promise<OcrEngineInstance<Result>> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** Rejects the call running when stop() is called; calls still queued then see the generation change. */
  let stopped = deferredRejection();
  let generation = 0;

  const terminate = () => {
    clearTimeout(idleTimer);
    const current = engine;
    engine = undefined;
    void current?.then((running) => running.terminate()).catch(() => undefined);
  };

  const runOne = async (image: Uint8Array, admitted: number, halt: Promise<never>): Promise<Result> => {
    if (admitted !== generation) throw new OcrStoppedError();
    clearTimeout(idleTimer);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OcrTimeoutError(callTimeoutMs)), callTimeoutMs);
    });
    try {
      const starting = (engine ??= start());
      const running = await Promise.race([starting, halt, timeout]);
      return await Promise.race([running.recognize(image), halt, timeout]);
    } catch (error) {
      // A failed start, a call over its limit or a stop: the engine may be stuck mid-call, so it goes.
      terminate();
      throw error;
    } finally {
      clearTimeout(timer);
      if (engine) idleTimer = setTimeout(terminate, idleMs);
    }
  };

  return {
    recognize(image) {
      const [admitted, halt] = [generation, stopped.promise];
      const job = queue.then(() => runOne(image, admitted, halt));
      queue = job.catch(() => undefined);
      return job;
    },
    stop() {
      generation++;
      stopped.reject(new OcrStoppedError());
      stopped = deferredRejection();
      terminate();
    },
    isRunning: () => engine !== undefined,
  };
}

function deferredRejection(): { promise: Promise<never>; reject: (error: Error) => void } {
  let reject!: (error: Error) => void;
  const promise = new Promise<never>((_, rejectWith) => {
    reject = rejectWith;
  });
  // Nobody may be waiting on it when it rejects.
  promise.catch(() => undefined);
  return { promise, reject };
}
