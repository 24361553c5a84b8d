import { execFileSync } from 'node:child_process';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession } from './chromium';
import { openFirefoxExtensionPage, type FirefoxSession } from './firefox';
import type { NewBackofficeDriver } from './new-backoffice';
import type { BrowserSuite } from './suite';

/**
 * The new back office driver (harness/new-backoffice.ts) per browser, for scenarios written once. Allowing the
 * attachment host is what differs: Chromium shows a real permission prompt, answered with X key events (headed,
 * under Xvfb); Firefox grants without one under `extensions.webextOptionalPermissionPrompts: false`.
 */

export function chromiumNewBackofficeDriver(suite: BrowserSuite<ChromiumSession, PlaywrightPage>): NewBackofficeDriver {
  const { origin, session, conversationTab, panelTab } = suite;
  return {
    origin,
    panel: {
      evaluate: (script) => panelTab.evaluate(script),
      type: (value) => panelTab.keyboard.type(value),
      press: (key) => panelTab.keyboard.press(key),
      pressWithControl: (key) => panelTab.keyboard.press(`Control+${key}`),
      bringToFront: () => panelTab.bringToFront(),
    },
    async open(url) {
      await conversationTab.goto(url, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await panelTab.goto(session.extensionUrl('sidepanel.html'));
      await panelTab.bringToFront();
    },
    page: (script) => conversationTab.evaluate(script),
    async allowHost(buttonId) {
      // X input focus (no window manager under Xvfb), a trusted click (permissions.request needs a user gesture),
      // then the prompt: Shift+Tab to Allow, Space presses it.
      execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
      await panelTab.click(`#${buttonId}`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      execFileSync('xdotool', ['key', 'shift+Tab', 'space']);
    },
  };
}

export function firefoxNewBackofficeDriver(suite: BrowserSuite<FirefoxSession, PuppeteerPage>): NewBackofficeDriver {
  const { origin, session, recorder, conversationTab, panelTab } = suite;
  return {
    origin,
    panel: {
      evaluate: (script) => panelTab.evaluate(script),
      type: (value) => panelTab.keyboard.type(value),
      press: (key) => panelTab.keyboard.press(key as never),
      pressWithControl: async (key) => {
        await panelTab.keyboard.down('Control');
        await panelTab.keyboard.press(key as never);
        await panelTab.keyboard.up('Control');
      },
      bringToFront: () => panelTab.bringToFront(),
    },
    async open(url) {
      await conversationTab.goto(url, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
      await panelTab.bringToFront();
    },
    page: (script) => conversationTab.evaluate(script),
    allowHost: (buttonId) => panelTab.click(`#${buttonId}`),
  };
}
