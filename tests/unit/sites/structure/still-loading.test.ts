// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationReader } from '@/utils/sites/conversation-reader';
import { LOADING_GRACE_MS } from '@/utils/sites/conversation-reader';
import type { SnapshotRead } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { expectedOf, loadPage, revealPage } from './pages';

/** The skeleton page read by the conversation reader: "still loading", then the content, or the grace period's end. */
describe('a page that shows a skeleton first', () => {
  const reads: SnapshotRead[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    reads.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createConversationReader({
      document,
      getUrl: () => `http://127.0.0.1:4321${expectedOf('loading-skeleton').path}`,
      getSettings: () => DEFAULT_SETTINGS,
      onChange: (read) => reads.push(read),
    });

  it('says "still loading", then reads the conversation when it appears', async () => {
    await loadPage('loading-skeleton');
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads[0]).toMatchObject({ status: 'loading', message: expect.stringContaining('still loading') });
    await revealPage('loading-skeleton', document);
    await vi.advanceTimersByTimeAsync(300);
    reader.stop();
    expect(reads.at(-1)).toMatchObject({ status: 'ok', snapshot: { customer: { firstName: 'Emma' } } });
  });

  it('gives up waiting after the grace period and names the messages it could not read, never "no photos"', async () => {
    await loadPage('loading-skeleton');
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(LOADING_GRACE_MS - 1_000);
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    reader.stop();
    const last = reads.at(-1)!;
    expect(last.status).toBe('ok');
    expect(last.status === 'ok' && last.snapshot.problems.map((problem) => problem.part)).toContain('messages');
  });
});
