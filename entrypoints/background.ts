import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncExtraOriginScripts } from '@/utils/extension/extra-origins';
import { firefoxSidebar } from '@/utils/extension/firefox';
import { DEMO_ORIGIN_PATTERNS, platformContentMatches } from '@/utils/sites/hosts';

const READ_NUMBERS_MENU_ID = 'read-numbers-in-image';
/** Same key as entrypoints/sidepanel/use-numbers.ts reads (kept literal: the background must not import panel code). */
const NUMBERS_REQUEST_KEY = 'numbersRequest';

/**
 * Routing only: how the toolbar button opens the panel, and content scripts for origins an admin granted at
 * runtime. No state lives here (Chrome stops the service worker when idle).
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
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: READ_NUMBERS_MENU_ID,
        title: 'Read numbers in this image',
        contexts: ['image'],
        documentUrlPatterns: [...platformContentMatches(), ...(import.meta.env.MODE === 'demo' ? DEMO_ORIGIN_PATTERNS : [])],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_NUMBERS_MENU_ID || !info.srcUrl) return;
    // Opening the panel needs the click's user gesture: before any await.
    if (import.meta.env.CHROME) {
      if (tab?.id !== undefined) void browser.sidePanel.open({ tabId: tab.id }).catch(() => undefined);
    } else {
      void firefoxSidebar()?.open();
    }
    void browser.storage.local.set({ [NUMBERS_REQUEST_KEY]: { url: info.srcUrl, at: Date.now() } });
  });

  browser.permissions.onAdded.addListener(() => void syncExtraOriginScripts());
  browser.permissions.onRemoved.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onStartup.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onInstalled.addListener(() => void syncExtraOriginScripts());
});
