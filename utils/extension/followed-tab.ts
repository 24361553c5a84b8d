import { browser, type Browser } from 'wxt/browser';
import { isSiteTabUrl } from '../sites/registry';
import { UnusableAnswerError, type SnapshotRead } from '../messages';
import { askContent } from './messaging';
import { t } from '../i18n/translate';

/**
 * Which tab the panel follows. In the browser's side panel / sidebar: the active tab of its window. When the panel
 * page is opened as a tab of its own ("pop-out"), it follows the most recently used other platform tab.
 */

type Tab = Browser.tabs.Tab;

export function isFollowablePlatformTab(tab: Tab | undefined, extraOrigins: readonly string[]): boolean {
  if (!tab?.url) return false;
  if (isSiteTabUrl(tab.url)) return true;
  try {
    return extraOrigins.includes(new URL(tab.url).origin);
  } catch {
    return false;
  }
}

export async function findFollowedTab(extraOrigins: readonly string[]): Promise<Tab | undefined> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  }
  const candidates = (await browser.tabs.query({})).filter((tab) => tab.id !== self.id && isFollowablePlatformTab(tab, extraOrigins));
  candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return candidates[0];
}

export type TabRead = { kind: 'read'; read: SnapshotRead } | { kind: 'unreachable' };

const RETRY_DELAYS_MS = [150, 400, 800, 1500];

/**
 * Asks the tab's content script for its snapshot. A tab that is still loading gets a few retries; after that the
 * content script is taken to be missing, which on a platform tab means the extension was reloaded or updated
 * after the tab was opened (Chrome does not re-inject content scripts), so the panel asks for a tab reload.
 */
export async function requestSnapshot(tabId: number, signal?: AbortSignal): Promise<TabRead> {
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) return { kind: 'unreachable' };
    try {
      return { kind: 'read', read: await askContent(tabId, { type: 'panel->content:get-snapshot' }) };
    } catch (error) {
      if (error instanceof UnusableAnswerError && error.fields.length > 0) {
        return {
          kind: 'read',
          read: { status: 'unreadable', message: t('pageReading.unusableAnswer', { fields: error.fields.join(', ') }) },
        };
      }
      // No answer, or "Receiving end does not exist": not injected yet, or orphaned by an extension reload.
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) return { kind: 'unreachable' };
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
