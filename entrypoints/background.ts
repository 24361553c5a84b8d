import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncExtraOriginScripts } from '@/utils/extension/extra-origins';
import { firefoxSidebar } from '@/utils/extension/firefox';

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

  browser.permissions.onAdded.addListener(() => void syncExtraOriginScripts());
  browser.permissions.onRemoved.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onStartup.addListener(() => void syncExtraOriginScripts());
  browser.runtime.onInstalled.addListener(() => void syncExtraOriginScripts());
});
