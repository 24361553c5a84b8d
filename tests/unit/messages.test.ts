import { describe, expect, it } from 'vitest';
import { contentToExtensionSchema, isFromExtensionPage, isFromOwnContentScript, panelToContentSchema } from '@/utils/messages';

const ownId = 'abcdefghijklmnopabcdefghijklmnop';
const ownOrigin = `chrome-extension://${ownId}`;

describe('sender checks', () => {
  it('accepts our own panel and rejects other extensions and web pages', () => {
    expect(isFromExtensionPage({ id: ownId, url: `${ownOrigin}/sidepanel.html` }, ownId, ownOrigin)).toBe(true);
    expect(isFromExtensionPage({ id: 'other', url: `chrome-extension://other/x.html` }, ownId, ownOrigin)).toBe(false);
    expect(isFromExtensionPage({ id: ownId, url: 'https://www.backmarket.fr/bo-seller/' }, ownId, ownOrigin)).toBe(false);
    expect(isFromExtensionPage({}, ownId, ownOrigin)).toBe(false);
  });

  it('accepts our content script only when it runs in a tab', () => {
    expect(isFromOwnContentScript({ id: ownId, tab: { id: 4 } }, ownId)).toBe(true);
    expect(isFromOwnContentScript({ id: ownId }, ownId)).toBe(false);
    expect(isFromOwnContentScript({ id: 'other', tab: { id: 4 } }, ownId)).toBe(false);
  });
});

describe('message schemas', () => {
  it('rejects unknown or malformed messages', () => {
    expect(panelToContentSchema.safeParse({ type: 'panel->content:get-snapshot' }).success).toBe(true);
    expect(panelToContentSchema.safeParse({ type: 'panel->content:delete-everything' }).success).toBe(false);
    expect(contentToExtensionSchema.safeParse({ type: 'content->extension:snapshot-changed', read: { status: 'ok' } }).success).toBe(false);
  });
});
