// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWorkerBridge,
  createWorkerPool,
  forEachLimited,
  JobCancelledError,
  WorkerCrashedError,
  type WorkerLike,
} from '@/utils/worker-bridge';

/** A fake worker: answers `double` requests after `delay` ms, crashes on `crash`, never answers `hang`. */
class FakeWorker extends EventTarget implements WorkerLike {
  static created = 0;
  static terminated = 0;
  alive = true;
  constructor() {
    super();
    FakeWorker.created++;
  }
  postMessage(message: { id: number; request: { op: string; value?: number } }) {
    const { id, request } = message;
    setTimeout(() => {
      if (!this.alive) return;
      if (request.op === 'crash') {
        this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
        return;
      }
      if (request.op === 'hang') return;
      const response = request.op === 'bad' ? { nope: true } : { doubled: (request.value ?? 0) * 2 };
      this.dispatchEvent(Object.assign(new Event('message'), { data: { id, response } }));
    }, 10);
  }
  terminate() {
    this.alive = false;
    FakeWorker.terminated++;
  }
}

const parseResponse = (raw: unknown) => {
  const value = (raw as { doubled?: unknown })?.doubled;
  if (typeof value !== 'number') throw new Error('malformed response');
  return value;
};

describe('worker bridge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.created = 0;
    FakeWorker.terminated = 0;
  });
  afterEach(() => vi.useRealTimers());

  const bridge = () =>
    createWorkerBridge<{ op: string; value?: number }, number>({
      create: () => new FakeWorker(),
      parseResponse,
      idleMs: 1000,
      jobTimeoutMs: 500,
    });

  it('starts lazily, answers in order, and stops after sitting idle', async () => {
    const b = bridge();
    expect(b.isRunning()).toBe(false);
    const results = Promise.all([b.run({ op: 'double', value: 1 }), b.run({ op: 'double', value: 2 })]);
    await vi.advanceTimersByTimeAsync(50);
    expect(await results).toEqual([2, 4]);
    expect(FakeWorker.created).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(b.isRunning()).toBe(false);
  });

  it('cancels a queued job without running it, and a running one by replacing the worker', async () => {
    const b = bridge();
    const running = new AbortController();
    const queued = new AbortController();
    const first = b.run({ op: 'double', value: 1 }, { signal: running.signal });
    const second = b.run({ op: 'double', value: 2 }, { signal: queued.signal });
    const third = b.run({ op: 'double', value: 3 });
    queued.abort();
    running.abort();
    await expect(first).rejects.toBeInstanceOf(JobCancelledError);
    await expect(second).rejects.toBeInstanceOf(JobCancelledError);
    await vi.advanceTimersByTimeAsync(50);
    expect(await third).toBe(6);
    expect(FakeWorker.created).toBe(2);
  });

  it('restarts a crashed worker and retries the job once, then reports the crash', async () => {
    const b = bridge();
    const crashing = b.run({ op: 'crash' });
    const after = b.run({ op: 'double', value: 5 });
    const caught = crashing.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100);
    expect(await caught).toBeInstanceOf(WorkerCrashedError);
    expect(FakeWorker.created).toBeGreaterThanOrEqual(2);
    expect(await after).toBe(10);
  });

  it('treats a job that never answers as a crash instead of hanging', async () => {
    const b = bridge();
    const hanging = b.run({ op: 'hang' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await hanging).toBeInstanceOf(WorkerCrashedError);
  });

  it('rejects a malformed response', async () => {
    const b = bridge();
    const bad = b.run({ op: 'bad' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    expect(String(await bad)).toMatch(/malformed response/);
  });
});

describe('worker pool and limited concurrency', () => {
  it('spreads jobs over the pool', async () => {
    vi.useFakeTimers();
    FakeWorker.created = 0;
    const pool = createWorkerPool<{ op: string; value?: number }, number>(2, { create: () => new FakeWorker(), parseResponse });
    const results = Promise.all([1, 2, 3, 4].map((value) => pool.run({ op: 'double', value })));
    await vi.advanceTimersByTimeAsync(100);
    expect(await results).toEqual([2, 4, 6, 8]);
    expect(FakeWorker.created).toBe(2);
    vi.useRealTimers();
  });

  it('never runs more tasks at once than allowed, and runs them all', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5], 2, async (item) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(item);
      running--;
    });
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
