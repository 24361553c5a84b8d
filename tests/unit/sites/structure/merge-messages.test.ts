// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createConversationReader } from '@/utils/sites/conversation-reader';
import { mergeSeenMessages } from '@/utils/sites/structure/merge-messages';
import type { ConversationMessage } from '@/utils/sites/snapshot';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { htmlOf, expectedOf } from './pages';

const message = (id: string, text = `text of ${id}`, date: string | null = null): ConversationMessage => ({
  id,
  author: 'customer',
  authorName: null,
  date,
  text,
  attachments: [],
});

describe('merging messages seen across reads of a virtualised list', () => {
  it('accumulates messages as the list scrolls down, in order, each once', () => {
    const first = [message('v1'), message('v2'), message('v3')];
    const scrolled = [message('v3'), message('v4'), message('v5')];
    expect(mergeSeenMessages(first, scrolled).map((m) => m.id)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('puts older messages loaded above before the ones already seen', () => {
    const seen = [message('v4'), message('v5')];
    expect(mergeSeenMessages(seen, [message('v2'), message('v3'), message('v4')]).map((m) => m.id)).toEqual(['v2', 'v3', 'v4', 'v5']);
  });

  it('recognises messages without page ids by author, date and text', () => {
    const seen = [message('message-1', 'Hello'), message('message-2', 'Photos attached')];
    const now = [message('message-1', 'Photos attached'), message('message-2', 'Any news?')];
    expect(mergeSeenMessages(seen, now).map((m) => m.text)).toEqual(['Hello', 'Photos attached', 'Any news?']);
  });

  it('orders by date when the new read has nothing in common with the last one', () => {
    const seen = [message('b', 'b', '2026-11-02T10:00:00Z')];
    const now = [message('a', 'a', '2026-11-01T10:00:00Z')];
    expect(mergeSeenMessages(seen, now).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('keeps the newer read of a message seen twice', () => {
    expect(mergeSeenMessages([message('v1', 'old')], [message('v1', 'edited')])[0]!.text).toBe('edited');
  });
});

describe('the conversation reader on the virtualised test page', () => {
  it('keeps the messages scrolled out of the DOM', async () => {
    const expected = expectedOf('virtualised');
    document.documentElement.innerHTML = htmlOf('virtualised')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    const reader = createConversationReader({
      document,
      getUrl: () => `http://127.0.0.1:4321${expected.path}`,
      getSettings: () => DEFAULT_SETTINGS,
      onChange: () => undefined,
    });
    const before = await reader.read();
    expect(before.status === 'ok' && before.snapshot.messages).toHaveLength(7);
    // Scrolled: the first three rows leave the DOM and an eighth arrives.
    const spacer = document.getElementById('spacer')!;
    for (const id of ['v1', 'v2', 'v3']) spacer.querySelector(`[data-id="${id}"]`)!.remove();
    const eighth = spacer.querySelector('[data-id="v7"]')!.cloneNode(true) as Element;
    eighth.setAttribute('data-id', 'v8');
    eighth.querySelector('time')!.setAttribute('datetime', '2026-11-01T15:00:00Z');
    spacer.append(eighth);
    const after = await reader.read();
    reader.stop();
    expect(after.status === 'ok' && after.snapshot.messages.map((m) => m.id)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8']);
  });
});
