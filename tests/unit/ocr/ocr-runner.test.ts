// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOcrRunner, OcrStoppedError, OcrTimeoutError, type OcrEngineInstance } from '@/utils/ocr/ocr-runner';
import { createWorkerBridge, JobCancelledError, stoppingAlso, type WorkerLike } from '@/utils/worker-bridge';

/**
 * Text recognition cannot be interrupted mid-call (tesseract.js), so stopping means terminating its engine. A
 * fake engine stands in: each call takes `ms` milliseconds of its own (fake) timers, or never ends.
 */

class FakeEngine implements OcrEngineInstance<string> {
  static started: FakeEngine[] = [];
  terminated = false;
  calls: string[] = [];
  constructor(private readonly ms: (text: string) => number) {
    FakeEngine.started.push(this);
  }
  recognize(image: Uint8Array) {
    const text = new TextDecoder().decode(image);
    this.calls.push(text);
    const ms = this.ms(text);
    return new Promise<string>((resolve) => {
      if (Number.isFinite(ms)) setTimeout(() => !this.terminated && resolve(`read ${text}`), ms);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const image = (text: string) => new TextEncoder().encode(text);
/** "hang" never finishes; anything else takes 100 ms. */
const speed = (text: string) => (text.startsWith('hang') ? Infinity : 100);
const runner = () => createOcrRunner<string>({ start: async () => new FakeEngine(speed), callTimeoutMs: 5_000, idleMs: 60_000 });

beforeEach(() => {
  vi.useFakeTimers();
  FakeEngine.started = [];
});
afterEach(() => vi.useRealTimers());

describe('OCR runner', () => {
  it('reads one image at a time, in order, on one warm engine that goes after sitting idle', async () => {
    const ocr = runner();
    const results = Promise.all([ocr.recognize(image('a')), ocr.recognize(image('b'))]);
    await vi.advanceTimersByTimeAsync(250);
    expect(await results).toEqual(['read a', 'read b']);
    expect(FakeEngine.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEngine.started[0]!.terminated).toBe(true);
    expect(ocr.isRunning()).toBe(false);
  });

  it('a stop ends the recognition under way and the queued ones, and terminates the engine', async () => {
    const ocr = runner();
    const running = ocr.recognize(image('hang: a camera photo of a carpet'));
    const queued = ocr.recognize(image('the next image'));
    const outcomes = Promise.allSettled([running, queued]);
    await vi.advanceTimersByTimeAsync(10);
    ocr.stop();
    const [first, second] = await outcomes;
    expect(first).toMatchObject({ status: 'rejected', reason: expect.any(OcrStoppedError) });
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(OcrStoppedError) });
    expect(FakeEngine.started.map((engine) => engine.terminated)).toEqual([true]);
    // The queued image never reached an engine.
    expect(FakeEngine.started[0]!.calls).toEqual(['hang: a camera photo of a carpet']);

    // The next reading starts a fresh engine at once instead of waiting behind the stuck call.
    const next = ocr.recognize(image('after'));
    await vi.advanceTimersByTimeAsync(100);
    expect(await next).toBe('read after');
    expect(FakeEngine.started).toHaveLength(2);
  });

  it('gives every call its own time limit: one over it fails, its engine is terminated, the next call runs', async () => {
    const ocr = runner();
    const stuck = ocr.recognize(image('hang'));
    const after = ocr.recognize(image('label'));
    const stuckOutcome = stuck.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await stuckOutcome).toBeInstanceOf(OcrTimeoutError);
    expect(FakeEngine.started[0]!.terminated).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(await after).toBe('read label');
    expect(FakeEngine.started).toHaveLength(2);
  });

  it('a job cancelled in the numbers worker (Cancel, Pause) stops the recognition it asked for', async () => {
    const ocr = runner();
    /** A numbers worker whose job asks the panel for one recognition and answers with it. */
    class NumbersWorker extends EventTarget implements WorkerLike {
      postMessage(message: { id: number; request: string }) {
        void ocr.recognize(image(message.request)).then(
          (words) => this.dispatchEvent(Object.assign(new Event('message'), { data: { id: message.id, response: words } })),
          () => undefined,
        );
      }
      terminate() {
        // Nothing to stop in this stand-in.
      }
    }
    const bridge = createWorkerBridge<string, string>({
      create: () => stoppingAlso(new NumbersWorker(), () => ocr.stop()),
      parseResponse: (raw) => String(raw),
      idleMs: 60_000,
      jobTimeoutMs: 30_000,
    });
    const controller = new AbortController();
    const cancelled = bridge.run('hang: a 12 MP photo', { signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await cancelled).toBeInstanceOf(JobCancelledError);
    expect(FakeEngine.started[0]!.terminated).toBe(true);

    const next = bridge.run('screenshot');
    await vi.advanceTimersByTimeAsync(100);
    expect(await next).toBe('read screenshot');
  });
});
