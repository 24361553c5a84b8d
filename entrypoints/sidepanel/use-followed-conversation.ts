import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { contentToExtensionSchema, isFromOwnContentScript, type SnapshotRead } from '@/utils/messages';
import { findFollowedTab, isFollowablePlatformTab, requestSnapshot } from '@/utils/extension/followed-tab';
import { loadSettings } from '@/utils/extension/settings-store';
import { loadEffectiveSettings } from '@/utils/extension/team-policy';
import { saveSnapshot } from '@/utils/db';
import { purgeWhileOpen } from '@/utils/case-data';
import { writeWithEviction } from '@/utils/storage-quota';
import { panelDatabase as db } from './database';
import { caseLabel } from '@/utils/sites/case-ref';
import { forgottenCasesItem } from '@/utils/extension/storage-items';

let followedLabel: string | null = null;
/** The conversation the panel shows now, as the agent knows it (for messages about a macro it left behind). */
export function followedConversationLabel(): string | null {
  return followedLabel;
}

const caseKey = (snapshot: { platform: string; folderId: string }) => `${snapshot.platform}/${snapshot.folderId}`;

/**
 * The conversation usually stays open after "Forget this conversation", and every re-read of it (a tab switch, a new
 * message) would save it straight back, in this panel or another window's: once forgotten, no panel saves it again.
 */
export async function stopSavingCase(snapshot: { platform: string; folderId: string }): Promise<void> {
  const key = caseKey(snapshot);
  const forgotten = (await forgottenCasesItem.get()) ?? [];
  await forgottenCasesItem.set([...forgotten.filter((kept) => kept !== key), key].slice(-1000));
}

async function isForgotten(snapshot: { platform: string; folderId: string }): Promise<boolean> {
  return ((await forgottenCasesItem.get().catch(() => null)) ?? []).includes(caseKey(snapshot));
}

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'off-platform' }
  | { kind: 'unreachable'; tabId: number }
  | { kind: 'read'; tabId: number; read: SnapshotRead; saveError?: string };

/**
 * Keeps the panel on the conversation of the followed tab: re-resolves the tab when the user switches tabs or
 * windows or navigates, and takes pushed updates from that tab's content script (SPA navigation, new messages).
 */
export function useFollowedConversation(): PanelState {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });

  useEffect(() => {
    let followedTabId: number | undefined;
    let generation = 0;
    let controller = new AbortController();

    const show = async (tabId: number, read: SnapshotRead) => {
      let saveError: string | undefined;
      if (read.status === 'ok' && !(await isForgotten(read.snapshot))) {
        // Also tells the agent when older case data had to make room (storage full).
        const saved = await writeWithEviction(db(), () => saveSnapshot(db(), read.snapshot), { protect: read.snapshot });
        saveError = saved.message ?? undefined;
      }
      if (tabId === followedTabId) {
        followedLabel = read.status === 'ok' ? caseLabel(read.snapshot) : null;
        setState({ kind: 'read', tabId, read, saveError });
      }
    };

    const resolve = async () => {
      const mine = ++generation;
      controller.abort();
      controller = new AbortController();
      const { settings } = await loadSettings();
      const tab = await findFollowedTab(settings.extraOrigins);
      if (mine !== generation) return;
      if (!tab?.id || !isFollowablePlatformTab(tab, settings.extraOrigins)) {
        followedTabId = undefined;
        setState({ kind: 'off-platform' });
        return;
      }
      const tabId = tab.id;
      if (followedTabId !== tabId) setState({ kind: 'loading' });
      followedTabId = tabId;
      const result = await requestSnapshot(tabId, controller.signal);
      if (mine !== generation) return;
      if (result.kind === 'unreachable') setState({ kind: 'unreachable', tabId });
      else await show(tabId, result.read);
    };

    const onActivated = () => void resolve();
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      // A full load or a URL change of the followed tab, or any tab becoming a platform page (pop-out mode).
      if (tabId === followedTabId || change.url) void resolve();
      else if (change.status === 'complete' && followedTabId === undefined) void resolve();
    };
    const onFocus = () => void resolve();
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (!isFromOwnContentScript(sender, browser.runtime.id)) return;
      if (sender.tab?.id !== followedTabId) return;
      const parsed = contentToExtensionSchema.safeParse(raw);
      if (!parsed.success) return;
      void show(sender.tab!.id!, parsed.data.read);
    };

    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(onFocus);
    browser.runtime.onMessage.addListener(onMessage);
    void resolve();
    // Retention: case data unused for longer than the configured period goes when the panel opens, and hourly.
    const stopPurging = purgeWhileOpen(db(), async () => (await loadEffectiveSettings()).retentionDays);
    return () => {
      controller.abort();
      stopPurging();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFocus);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  return state;
}

export async function reloadTab(tabId: number): Promise<void> {
  await browser.tabs.reload(tabId);
}
