// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  runAttachmentPipeline,
  type AttachmentFailure,
  type AttachmentPipeline,
  type ResultSource,
  type SaveOutcome,
} from '@/utils/attachments/pipeline';
import { JobCancelledError, WorkerCrashedError } from '@/utils/worker-bridge';

type Result = { kind: 'done'; text: string } | ({ kind: 'failed' } & AttachmentFailure);
interface Target {
  url: string;
}

const targets = (...names: string[]): Target[] => names.map((name) => ({ url: `http://127.0.0.1/${name}` }));

/** A pipeline over fakes: the body is the address, the worker upper-cases it; every call is logged. */
function fakePipeline(overrides: Partial<AttachmentPipeline<Target, string, Result>> = {}) {
  const log: string[] = [];
  const results: { url: string; result: Result; source: ResultSource }[] = [];
  const saved = new Map<string, Result>();
  const outcomes: SaveOutcome[] = [];
  const pipeline: AttachmentPipeline<Target, string, Result> = {
    targets: targets('a', 'b', 'c'),
    concurrency: 1,
    signal: new AbortController().signal,
    refuse: () => null,
    download: async (target) => {
      log.push(`download ${target.url}`);
      return { ok: true, body: target.url };
    },
    work: async (target, body) => {
      log.push(`work ${target.url}`);
      return { kind: 'done', text: body.toUpperCase() };
    },
    failed: (failure) => ({ kind: 'failed', ...failure }),
    workFailure: { crashed: 'The worker crashed twice.', other: 'Could not be read' },
    save: (target, _body, result) => async () => {
      saved.set(target.url, result);
    },
    onResult: (target, result, source) => results.push({ url: target.url, result, source }),
    onSaved: (outcome) => outcomes.push(outcome),
    ...overrides,
  };
  return { pipeline, log, results, saved, outcomes };
}

const urlsOf = (results: { url: string }[]) => results.map((result) => result.url.split('/').pop());

describe('the attachment pipeline', () => {
  it('reads the attachments in the order given, one after the other, and saves each result', async () => {
    const run = fakePipeline();
    await runAttachmentPipeline(run.pipeline);
    expect(urlsOf(run.results)).toEqual(['a', 'b', 'c']);
    expect(run.log.slice(0, 2)).toEqual(['download http://127.0.0.1/a', 'work http://127.0.0.1/a']);
    expect(run.results[1]!.result).toEqual({ kind: 'done', text: 'HTTP://127.0.0.1/B' });
    expect([...run.saved.keys()].map((url) => url.split('/').pop())).toEqual(['a', 'b', 'c']);
  });

  it('shows refusals and results cached by address before downloading anything, and downloads only the rest', async () => {
    const run = fakePipeline({
      targets: targets('a', 'b', 'c'),
      cachedByUrl: async () => new Map([['http://127.0.0.1/c', { kind: 'done', text: 'from cache' } as const]]),
      refuse: (target) => (target.url.endsWith('b') ? { code: 'needs-access', message: 'needs access' } : null),
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.results.map((result) => `${result.url.split('/').pop()} ${result.source}`)).toEqual(['b refused', 'c cache', 'a worker']);
    expect(run.log).toEqual(['download http://127.0.0.1/a', 'work http://127.0.0.1/a']);
    expect(run.saved.has('http://127.0.0.1/c')).toBe(false);
  });

  it('uses a result cached by content once the file is here, without the worker', async () => {
    const run = fakePipeline({
      cachedByContent: async (_target, body) => (body.endsWith('b') ? { kind: 'done', text: 'seen before' } : null),
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.results[1]).toEqual({ url: 'http://127.0.0.1/b', result: { kind: 'done', text: 'seen before' }, source: 'cache' });
    expect(run.log).not.toContain('work http://127.0.0.1/b');
  });

  it('leaves alone the targets that already have a result', async () => {
    const run = fakePipeline({ skip: (target) => target.url.endsWith('a') });
    await runAttachmentPipeline(run.pipeline);
    expect(urlsOf(run.results)).toEqual(['b', 'c']);
  });

  it('maps a worker crash to a failure of that image while the others are read, and keeps the failure unsaved', async () => {
    const run = fakePipeline({
      work: async (target, body) => {
        if (target.url.endsWith('b')) throw new WorkerCrashedError('gone');
        if (target.url.endsWith('c')) throw new Error('odd answer');
        return { kind: 'done', text: body };
      },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.results.map((result) => result.result)).toEqual([
      { kind: 'done', text: 'http://127.0.0.1/a' },
      { kind: 'failed', code: 'worker-crashed', message: 'The worker crashed twice.' },
      { kind: 'failed', code: 'worker-crashed', message: 'Could not be read (Error: odd answer).' },
    ]);
    expect([...run.saved.keys()]).toEqual(['http://127.0.0.1/a']);
  });

  it('reports a failed download as that image’s failure and does not save it', async () => {
    const run = fakePipeline({
      download: async (target) =>
        target.url.endsWith('a') ? { ok: false, code: 'timeout', message: 'too slow' } : { ok: true, body: target.url },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.results[0]!.result).toEqual({ kind: 'failed', code: 'timeout', message: 'too slow' });
    expect(run.saved.has('http://127.0.0.1/a')).toBe(false);
    expect(run.saved.size).toBe(2);
  });

  it('stops when cancelled: nothing more starts, and a result that arrives after the cancel is neither shown nor saved', async () => {
    const controller = new AbortController();
    const run: ReturnType<typeof fakePipeline> = fakePipeline({
      signal: controller.signal,
      work: async (target, body) => {
        // The conversation changes while the worker is on the first image; it still answers.
        run.log.push(`work ${target.url}`);
        controller.abort();
        return { kind: 'done', text: body };
      },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.results).toEqual([]);
    expect(run.saved.size).toBe(0);
    expect(run.log).toEqual(['download http://127.0.0.1/a', 'work http://127.0.0.1/a']);
  });

  it('treats a cancelled worker job as no result, not as a failure', async () => {
    const run = fakePipeline({
      work: async (target, body) => {
        if (target.url.endsWith('a')) throw new JobCancelledError();
        return { kind: 'done', text: body };
      },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(urlsOf(run.results)).toEqual(['b', 'c']);
  });

  it('makes room when the store is full and writes again, reporting what was removed', async () => {
    let room = 0;
    const store = new Map<string, Result>();
    const run = fakePipeline({
      save: (target, _body, result) => async () => {
        if (room === 0) throw new DOMException('full', 'QuotaExceededError');
        room -= 1;
        store.set(target.url, result);
      },
      // A store that evicts two older entries each time it is full.
      withRoom: async (write) => {
        let evicted = 0;
        for (;;) {
          try {
            await write();
            return { ok: true, message: evicted ? `Storage was full: ${evicted} older results removed.` : null };
          } catch {
            evicted += 2;
            room += 2;
          }
        }
      },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(store.size).toBe(3);
    expect(run.outcomes).toEqual([
      { ok: true, message: 'Storage was full: 2 older results removed.' },
      { ok: true, message: null },
      { ok: true, message: 'Storage was full: 2 older results removed.' },
    ]);
  });

  it('without a way to make room, reports a write that failed', async () => {
    const run = fakePipeline({
      targets: targets('a'),
      save: () => async () => {
        throw new Error('disk gone');
      },
    });
    await runAttachmentPipeline(run.pipeline);
    expect(run.outcomes).toEqual([{ ok: false, message: 'Could not save locally: Error: disk gone' }]);
  });

  it('downloads ahead of a busy worker when several attachments may be in flight', async () => {
    let releaseWorker!: () => void;
    const workerBusy = new Promise<void>((resolve) => (releaseWorker = resolve));
    const run = fakePipeline({
      concurrency: 3,
      work: async (target, body) => {
        if (target.url.endsWith('a')) await workerBusy;
        return { kind: 'done', text: body };
      },
    });
    const running = runAttachmentPipeline(run.pipeline);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run.log.filter((line) => line.startsWith('download'))).toHaveLength(3);
    expect(urlsOf(run.results)).toEqual(['b', 'c']);
    releaseWorker();
    await running;
    expect(urlsOf(run.results)).toEqual(['b', 'c', 'a']);
  });
});
