import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFollowablePlatformTab, requestSnapshot } from '@/utils/extension/followed-tab';
import { sampleSnapshot } from './helpers/snapshot';

describe('requestSnapshot', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up after a few retries when no content script answers (extension reloaded under an open tab)', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const result = requestSnapshot(7);
    await vi.runAllTimersAsync();
    expect(await result).toEqual({ kind: 'unreachable' });
    expect(send.mock.calls.length).toBeGreaterThan(1);
  });

  it('waits for a tab that is still loading, then reads it', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValueOnce({ status: 'ok', snapshot: sampleSnapshot() } as never);
    const result = requestSnapshot(7);
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ kind: 'read', read: { status: 'ok', snapshot: { folderId: '4815162' } } });
  });

  it('names the fields when the page answers with data of the wrong shape', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ status: 'ok', snapshot: { folderId: 3 } } as never);
    const result = requestSnapshot(7);
    await vi.runAllTimersAsync();
    expect(await result).toMatchObject({ kind: 'read', read: { status: 'unreadable', message: expect.stringContaining('snapshot') } });
  });
});

describe('isFollowablePlatformTab', () => {
  it('follows Back Market tabs, the demo origin in demo-aware code, and granted origins only', () => {
    expect(isFollowablePlatformTab({ url: 'https://www.backmarket.fr/bo-seller/x' } as never, [])).toBe(true);
    expect(isFollowablePlatformTab({ url: 'https://support.example.com/t/1' } as never, [])).toBe(false);
    expect(isFollowablePlatformTab({ url: 'https://support.example.com/t/1' } as never, ['https://support.example.com'])).toBe(true);
    expect(isFollowablePlatformTab({} as never, [])).toBe(false);
  });
});
