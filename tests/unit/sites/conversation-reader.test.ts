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
    reader.refresh();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ status: 'ok', snapshot: { folderId: '4815162' } });
    reader.stop();
  });

  it('follows single-page navigation to another folder', async () => {
    const reader = start();
    reader.refresh();
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
