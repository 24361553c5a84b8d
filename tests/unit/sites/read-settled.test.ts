// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationReader, SETTLE_QUIET_MS, SETTLE_TIMEOUT_MS, type SettleOptions } from '@/utils/sites/conversation-reader';
import type { SnapshotRead } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { readFixture } from '../helpers/fixtures';
import { expectedOf, loadPage, revealPage } from './structure/pages';

/**
 * `readSettled`, what a page action's case check reads: the page gets time to settle on a conversation (a
 * single-page navigation, a skeleton that loads) before it is judged, and is judged at once when it shows one.
 */

const CONVERSATION = readFixture('sites/backoffice-care-folder.html');
const FOLDER_URL = 'https://www.backmarket.co.uk/bo-seller/customer-care/folders/4815162';
const LIST_URL = 'https://www.backmarket.co.uk/bo-seller/customer-care/folders';
const LIST_PAGE =
  '<main><h1>Care folders</h1><ul><li><a href="/bo-seller/customer-care/folders/4815162">Olivia Bennett</a></li></ul></main>';

function showHtml(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('a settled read of the page', () => {
  let url = FOLDER_URL;
  beforeEach(() => {
    vi.useFakeTimers();
    url = FOLDER_URL;
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createConversationReader({ document, getUrl: () => url, getSettings: () => DEFAULT_SETTINGS, onChange: () => undefined });

  /** Starts a settled read and follows whether (and with what) it has answered yet. */
  const settling = (reader: ReturnType<typeof start>, options?: SettleOptions) => {
    const state: { answer: SnapshotRead | null; error: unknown } = { answer: null, error: null };
    reader.readSettled(options).then(
      (answer) => (state.answer = answer),
      (error: unknown) => (state.error = error),
    );
    return state;
  };

  it('answers at once when the page shows a conversation', async () => {
    showHtml(CONVERSATION);
    const reader = start();
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(0);
    reader.stop();
    expect(state.answer).toMatchObject({ status: 'ok', snapshot: { folderId: '4815162' } });
  });

  it.each([
    { page: 'a page between conversations (the list)', startUrl: LIST_URL, html: LIST_PAGE, before: 'no-conversation' },
    { page: 'a conversation address that shows nothing yet', startUrl: FOLDER_URL, html: '<main></main>', before: 'loading' },
  ])('$page, showing a conversation after 300 ms, is judged on that conversation', async ({ startUrl, html, before }) => {
    url = startUrl;
    showHtml(html);
    const reader = start();
    expect((await reader.read()).status).toBe(before);
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(300);
    expect(state.answer).toBeNull();
    // The single-page app moves to the conversation: the address, then its content.
    url = FOLDER_URL;
    showHtml(CONVERSATION);
    await vi.advanceTimersByTimeAsync(SETTLE_QUIET_MS);
    reader.stop();
    expect(state.answer).toMatchObject({ status: 'ok', snapshot: { folderId: '4815162', customer: { firstName: 'Olivia' } } });
  });

  it('a page that never shows a conversation answers "no conversation" once it has stayed so for the quiet period', async () => {
    url = LIST_URL;
    showHtml(LIST_PAGE);
    const reader = start();
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(SETTLE_QUIET_MS - 100);
    expect(state.answer).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    reader.stop();
    // Well before the time limit: the action is not held up on a page that has settled on nothing.
    expect(SETTLE_QUIET_MS + 100).toBeLessThan(SETTLE_TIMEOUT_MS);
    expect(state.answer?.status).toBe('no-conversation');
  });

  it('a page that keeps changing without showing a conversation is judged when the time limit runs out', async () => {
    url = LIST_URL;
    showHtml(LIST_PAGE);
    const reader = start();
    const state = settling(reader, { timeoutMs: 1_500 });
    for (let elapsed = 0; elapsed < 1_400; elapsed += 200) {
      document.querySelector('main')!.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(state.answer).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    reader.stop();
    expect(state.answer?.status).toBe('no-conversation');
  });

  it('a conversation address left blank stays "still loading" until the time limit, and is then judged as it is', async () => {
    showHtml('<main></main>');
    const reader = start();
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(SETTLE_TIMEOUT_MS - 100);
    expect(state.answer).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    reader.stop();
    expect(state.answer?.status).toBe('loading');
  });

  it('a skeleton page is waited for, then read once its content loads', async () => {
    await loadPage('loading-skeleton');
    url = `http://127.0.0.1:4321${expectedOf('loading-skeleton').path}`;
    const reader = start();
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.answer).toBeNull();
    await revealPage('loading-skeleton', document);
    await vi.advanceTimersByTimeAsync(SETTLE_QUIET_MS);
    reader.stop();
    expect(state.answer).toMatchObject({ status: 'ok', snapshot: { customer: { firstName: 'Emma' } } });
  });

  it('a skeleton whose loading grace has run out is judged on what it shows, without waiting again', async () => {
    await loadPage('loading-skeleton');
    url = `http://127.0.0.1:4321${expectedOf('loading-skeleton').path}`;
    const reader = createConversationReader({
      document,
      getUrl: () => url,
      getSettings: () => DEFAULT_SETTINGS,
      onChange: () => undefined,
      loadingGraceMs: 1_000,
    });
    const state = settling(reader);
    await vi.advanceTimersByTimeAsync(900);
    expect(state.answer).toBeNull();
    // The grace's end re-reads the page: a conversation with its messages named as unreadable.
    await vi.advanceTimersByTimeAsync(200);
    reader.stop();
    expect(state.answer?.status).toBe('ok');
    expect(state.answer?.status === 'ok' && state.answer.snapshot.problems.map((problem) => problem.part)).toContain('messages');
  });

  it('stops waiting when its signal aborts (the content script unloaded)', async () => {
    showHtml('<main></main>');
    const reader = start();
    const controller = new AbortController();
    const state = settling(reader, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('context invalidated'));
    await vi.advanceTimersByTimeAsync(0);
    reader.stop();
    expect(state.answer).toBeNull();
    expect(String(state.error)).toContain('context invalidated');
  });

  it('stops waiting when its signal aborts during the first read', async () => {
    showHtml('<main></main>');
    const reader = start();
    const controller = new AbortController();
    const state = settling(reader, { signal: controller.signal });
    controller.abort(new Error('context invalidated'));
    await vi.advanceTimersByTimeAsync(0);
    reader.stop();
    expect(state.answer).toBeNull();
    expect(String(state.error)).toContain('context invalidated');
  });
});
