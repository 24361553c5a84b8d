import { browser } from 'wxt/browser';
import { answerContent } from '@/utils/extension/messaging';
import { defineBackground } from 'wxt/utils/define-background';
import { syncExtraOriginScripts } from '@/utils/extension/extra-origins';
import { watchSettings } from '@/utils/extension/settings-store';
import { firefoxSidebar } from '@/utils/extension/firefox';
import { siteContentMatches } from '@/utils/sites/registry';
import {
  contentToBackgroundSchema,
  isFromOwnContentScript,
  type NumbersRequest,
  type PanelToContent,
  type RunRequest,
} from '@/utils/messages';
import { openPanelInGesture, routeToPanel } from '@/utils/extension/panel-route';
import { loadKeyboardConfig } from '@/utils/extension/keyboard-config';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { startBackgroundRetention } from '@/utils/extension/background-retention';
import { numbersRequestItem } from '@/utils/extension/storage-items';
import { applyInterfaceLanguage, watchInterfaceLanguage } from '@/utils/extension/interface-language';
import { t } from '@/utils/i18n/translate';

const READ_NUMBERS_MENU_ID = 'read-numbers-in-image';

/** Browser shortcuts (manifest commands, see utils/keyboard/commands.ts) that the panel runs. */
const PANEL_COMMANDS: Record<string, RunRequest> = {
  'check-conversation': { kind: 'command', id: 'check-conversation' },
  'repeat-last-macro': { kind: 'repeat-last-macro' },
};

/**
 * Routing only: how the toolbar button and the browser shortcuts open the panel, keyboard requests from the page
 * to the panel, and content scripts for origins an admin granted at runtime. No state lives here (Chrome stops
 * the service worker when idle; a queued request waits in storage.session).
 */
export default defineBackground(() => {
  if (import.meta.env.CHROME) {
    // Chrome: the toolbar button toggles the side panel natively.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    // Firefox: the sidebar opens from the button; toggle() must run inside the click's user gesture (no await first).
    browser.action.onClicked.addListener(() => {
      void firefoxSidebar()?.toggle();
    });
  }

  // Right-click an image on the platform: "Read numbers in this image" opens the panel, which reads it.
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(async () => {
      await applyInterfaceLanguage();
      browser.contextMenus.create({
        id: READ_NUMBERS_MENU_ID,
        title: t('manifest.contextMenuReadNumbers'),
        contexts: ['image'],
        documentUrlPatterns: siteContentMatches(),
      });
    });
  });
  // The menu follows the options' interface language too (the manifest's strings follow the browser's only).
  void applyInterfaceLanguage().then((language) =>
    watchInterfaceLanguage(() => {
      void browser.contextMenus.update(READ_NUMBERS_MENU_ID, { title: t('manifest.contextMenuReadNumbers') }).catch(() => undefined);
    }, language),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_NUMBERS_MENU_ID || !info.srcUrl) return;
    // Opening the panel needs the click's user gesture: before any await.
    if (import.meta.env.CHROME) {
      if (tab?.id !== undefined) void browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    } else {
      void firefoxSidebar()?.open();
    }
    // Tied to the tab and page it was picked on: the panel of any other conversation ignores it.
    const pageUrl = info.pageUrl ?? tab?.url;
    if (tab?.id === undefined || !pageUrl) return;
    const request: NumbersRequest = { url: info.srcUrl, at: Date.now(), tabId: tab.id, pageUrl };
    void numbersRequestItem.set(request);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (command === 'open-palette') {
      if (tabId === undefined) return;
      // The palette opens over the platform page; elsewhere (no content script) it opens in the panel.
      const message: PanelToContent = { type: 'background->content:open-palette' };
      const opened = openPanelInGesture(tabId, tab?.windowId);
      void browser.tabs
        .sendMessage(tabId, message)
        .catch(() => routeToPanel(tabId, tab?.windowId, crypto.randomUUID(), { kind: 'command', id: 'open-palette' }, opened));
      return;
    }
    const request = PANEL_COMMANDS[command];
    if (!request || tabId === undefined) return;
    const opened = openPanelInGesture(tabId, tab?.windowId); // first, inside the shortcut's gesture
    void routeToPanel(tabId, tab?.windowId, crypto.randomUUID(), request, opened);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isFromOwnContentScript(sender, browser.runtime.id)) return undefined;
    const parsed = contentToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'content->background:run': {
        const tabId = sender.tab!.id!;
        // Chrome lets a key press in the page open the side panel if open() is called now, before any await.
        const opened = openPanelInGesture(tabId, sender.tab?.windowId);
        return answerContent(message.type, routeToPanel(tabId, sender.tab?.windowId, message.requestId, message.request, opened));
      }
      case 'content->background:keyboard-config':
        return answerContent(message.type, loadKeyboardConfig());
    }
  });

  browser.permissions.onAdded.addListener(() => void syncExtraOriginScripts());
  browser.permissions.onRemoved.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onStartup.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onInstalled.addListener(() => void syncExtraOriginScripts());
  // The options page saves an allowed site after the browser granted it: register the script then.
  watchSettings(() => void syncExtraOriginScripts());

  // Case data older than the retention period goes even when the panel is never opened.
  startBackgroundRetention();

  // The team's policy (enterprise policies) is checked and kept as the last good one at start and on every change,
  // so the pages' keys follow it with no panel open.
  void loadTeamPolicy().catch(() => undefined);
  watchTeamPolicy(() => undefined);
});
