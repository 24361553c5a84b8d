import { browser } from 'wxt/browser';
import { firefoxSidebar } from './firefox';
import { getCommand } from '../keyboard/commands';
import type { PendingCommand, RunRequest, RunRouteResult } from '../messages';
import { pendingCommandItem } from './storage-items';
import { t } from '../i18n/translate';

/**
 * Routing keyboard requests to the side panel, which runs them. The background keeps no state (Chrome stops its
 * service worker when idle): a request waits in `storage.session` (memory only, gone with the browser) until the
 * panel following that tab takes it.
 */

const PANEL_PATH = '/sidepanel.html';
/** The default shortcut that opens the panel, for messages (the agent may have changed it: "by default"). */
export function openPanelKeys(): string {
  const keys = getCommand('open-panel')?.manifest?.suggestedKey;
  return keys ? (import.meta.env.FIREFOX ? keys.firefox : keys.chrome) : t('panelRoute.toolbarButton');
}

/** A request older than this is stale: the agent has moved on, and running it later would surprise them. */
export const PENDING_COMMAND_TTL_MS = 30_000;
const OPEN_WAIT_MS = 1_000;

/**
 * Opens the panel for a tab. Must be called synchronously inside the user gesture that asked for it (a browser
 * shortcut, or a key press in the page relayed by the content script, which Chrome honours): no await before it.
 */
export function openPanelInGesture(tabId: number | undefined, _windowId: number | undefined): Promise<boolean> {
  try {
    if (import.meta.env.CHROME) {
      if (tabId === undefined) return Promise.resolve(false);
      return browser.sidePanel.open({ tabId }).then(
        () => true,
        () => false,
      );
    }
    const sidebar = firefoxSidebar();
    if (!sidebar) return Promise.resolve(false);
    // Firefox honours open() only in a browser shortcut or menu handler; a relayed page key press is refused.
    return sidebar.open().then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}

/** Is a ReturnDesk panel open anywhere (side panel, sidebar, or the panel page popped out as a tab)? */
export async function isPanelOpen(windowId: number | undefined): Promise<boolean> {
  const panelUrl = browser.runtime.getURL(PANEL_PATH);
  if (import.meta.env.CHROME) {
    const runtime = browser.runtime as unknown as {
      getContexts?: (filter: { contextTypes: string[] }) => Promise<{ documentUrl?: string }[]>;
    };
    const contexts = (await runtime.getContexts?.({ contextTypes: ['SIDE_PANEL', 'TAB'] }).catch(() => [])) ?? [];
    return contexts.some((context) => context.documentUrl?.startsWith(panelUrl));
  }
  const sidebarOpen = await firefoxSidebar()
    ?.isOpen(windowId === undefined ? {} : { windowId })
    .catch(() => false);
  if (sidebarOpen) return true;
  const extension = browser.extension as unknown as { getViews?: (filter: { type: string }) => Window[] };
  return (extension.getViews?.({ type: 'tab' }) ?? []).some((view) => view.location.href.startsWith(panelUrl));
}

export async function queueForPanel(tabId: number, requestId: string, request: RunRequest): Promise<void> {
  const pending: PendingCommand = { requestId, tabId, request, at: Date.now() };
  await pendingCommandItem.set(pending);
}

/**
 * Queues a request for the panel after (maybe) opening it. `opened` is the promise from openPanelInGesture, made
 * inside the gesture.
 */
export async function routeToPanel(
  tabId: number,
  windowId: number | undefined,
  requestId: string,
  request: RunRequest,
  opened: Promise<boolean>,
): Promise<RunRouteResult> {
  // Firefox never settles sidebarAction.open() when the sidebar is already open: do not wait on it for long.
  const settled = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OPEN_WAIT_MS));
  const [openedNow, openAlready] = await Promise.all([Promise.race([opened, settled]), isPanelOpen(windowId)]);
  if (!openedNow && !openAlready) {
    return {
      status: 'panel-closed',
      message: import.meta.env.CHROME
        ? t('panelRoute.panelClosed', { keys: openPanelKeys() })
        : t('panelRoute.sidebarClosed', { keys: openPanelKeys() }),
    };
  }
  await queueForPanel(tabId, requestId, request);
  return { status: 'queued' };
}

/**
 * The panel's side: the request waiting for this tab, if any and still fresh. Taking it removes it, under a lock
 * shared by all extension pages, so two panels following the same tab (the side panel and a popped-out panel)
 * never both run it.
 */
export async function takePendingCommand(tabId: number, now = Date.now()): Promise<PendingCommand | null> {
  const take = async (): Promise<PendingCommand | null> => {
    const pending = await pendingCommandItem.get().catch(() => null);
    if (pending?.tabId !== tabId) return null;
    await pendingCommandItem.remove().catch(() => undefined);
    return now - pending.at > PENDING_COMMAND_TTL_MS ? null : pending;
  };
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('returndesk-pending-command', take) : take();
}

/** Calls `listener` whenever a request is queued (the panel then tries takePendingCommand). */
export function watchPendingCommands(listener: () => void): () => void {
  return pendingCommandItem.watch(() => listener());
}
