import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversationReader, readConversation } from '@/utils/sites/conversation-reader';
import type { SnapshotRead } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { readFixture } from '../helpers/fixtures';

const FIXTURE = readFixture('sites/backoffice-care-folder.html');
const FOLDER_URL = 'https://www.backmarket.co.uk/bo-seller/customer-care/folders/4815162';

function loadPage(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

describe('conversation reader', () => {
  let url = FOLDER_URL;
  const reads: SnapshotRead[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    reads.length = 0;
    url = FOLDER_URL;
    loadPage(FIXTURE);
  });
  afterEach(() => vi.useRealTimers());

  const start = () =>
    createConversationReader({
      document,
      getUrl: () => url,
      getSettings: () => DEFAULT_SETTINGS,
      onChange: (read) => reads.push(read),
    });

  it('notifies once per change: a re-read of an unchanged page is not sent again', async () => {
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ status: 'ok', snapshot: { folderId: '4815162' } });
    reader.stop();
  });

  it('follows single-page navigation to another folder', async () => {
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    url = 'https://www.backmarket.co.uk/bo-seller/customer-care/folders/9000001';
    document.querySelector('dd')!.textContent = 'Noah Williams';
    await vi.advanceTimersByTimeAsync(300);
    expect(reads).toHaveLength(2);
    expect(reads[1]).toMatchObject({
      status: 'ok',
      snapshot: { folderId: '9000001', customer: { firstName: 'Noah', lastName: 'Williams' } },
    });
    reader.stop();
  });

  it('picks up a new message posted while the panel is open', async () => {
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    const list = document.querySelector('ol')!;
    const item = list.firstElementChild!.cloneNode(true) as Element;
    item.setAttribute('data-message-id', 'm3');
    list.append(item);
    await vi.advanceTimersByTimeAsync(300);
    const last = reads.at(-1)!;
    expect(last.status === 'ok' && last.snapshot.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    reader.stop();
  });

  it('stops listening once stopped (extension reloaded)', async () => {
    const reader = start();
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    reader.stop();
    document.querySelector('dd')!.textContent = 'Somebody Else';
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads).toHaveLength(1);
  });
});

describe('readConversation', () => {
  it('says when no adapter handles the page', () => {
    expect(readConversation(document, 'https://example.com/', DEFAULT_SETTINGS).status).toBe('unsupported-page');
  });
});

describe('conversation reader, the platform data first', () => {
  const HELP_REQUEST_URL = 'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/4815162';
  const reads: SnapshotRead[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    reads.length = 0;
    loadPage(FIXTURE);
  });
  afterEach(() => vi.useRealTimers());

  const dataMessage = {
    id: 'd1',
    author: 'customer' as const,
    authorName: 'Priya Shah',
    date: '2026-11-18T09:12:00Z',
    text: 'The phone stopped charging.',
    attachments: [{ url: 'https://cdn.example.com/a/IMG_1.jpg', name: 'IMG_1.jpg', mimeHint: 'image/jpeg' }],
  };

  const start = (readPlatformData: Parameters<typeof createConversationReader>[0]['readPlatformData'], url = HELP_REQUEST_URL) =>
    createConversationReader({
      document,
      getUrl: () => url,
      getSettings: () => DEFAULT_SETTINGS,
      onChange: (read) => reads.push(read),
      readPlatformData,
    });

  it('takes the parts the data gives from the data, and the composer from the page', async () => {
    const fetches = vi.fn(async () => ({
      ok: true as const,
      facts: {
        customer: { firstName: 'Priya', lastName: 'Shah' },
        orderId: '71029384',
        messages: [dataMessage],
        issues: [{ code: 'SCREEN_BLACK', label: "Screen doesn't display anything" }],
        sources: { customer: 'data' as const, order: 'data' as const, messages: 'data' as const, attachments: 'data' as const },
      },
      problems: [],
    }));
    const reader = start(fetches);
    const read = await reader.read();
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.snapshot.customer).toEqual({ firstName: 'Priya', lastName: 'Shah' });
    expect(read.snapshot.orderId).toBe('71029384');
    expect(read.snapshot.messages.map((message) => message.id)).toEqual(['d1']);
    expect(read.snapshot.issues?.[0]?.code).toBe('SCREEN_BLACK');
    expect(read.snapshot.sources).toMatchObject({ customer: 'data', order: 'data', messages: 'data' });
    // The product is not in the data: the page's value stays, with the page as its source.
    expect(read.snapshot.product.title).toBeTruthy();
    expect(read.snapshot.composerFound).toBe(true);
    // Read again: the data is not fetched a second time for the same address.
    await reader.read();
    expect(fetches).toHaveBeenCalledTimes(1);
    reader.invalidatePlatformData();
    await reader.read();
    expect(fetches).toHaveBeenCalledTimes(2);
    reader.stop();
  });

  it('falls back to the page when the data answers an error, and names it', async () => {
    const reader = start(async () => ({ ok: false, reason: 'unauthorised', message: 'the conversation endpoint answered 403' }));
    const read = await reader.read();
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.snapshot.customer.firstName).toBeTruthy();
    expect(read.snapshot.problems.map((problem) => problem.message).join(' ')).toContain('answered 403');
    reader.stop();
  });

  it('says "still loading" while a conversation address shows only a skeleton, then reads the content', async () => {
    loadPage('<main><div class="skeleton"></div></main>');
    const reader = start(async () => null);
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads.at(-1)?.status).toBe('loading');
    loadPage(FIXTURE);
    await vi.advanceTimersByTimeAsync(300);
    expect(reads.at(-1)?.status).toBe('ok');
    reader.stop();
  });

  it('stops saying "still loading" after a bounded time', async () => {
    loadPage('<p>Nothing here</p>');
    const reader = start(async () => null);
    reader.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads.at(-1)?.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(11_000);
    expect(reads.at(-1)?.status).toBe('no-conversation');
    reader.stop();
  });
});
