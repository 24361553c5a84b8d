import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';
import { conversationPageTests } from './pages/conversations/suite';
import type { DrivenPage } from './pages/editor-scenarios';

/**
 * The same conversation-page tests as conversation-pages-chromium.test.ts in Firefox ESR (puppeteer over WebDriver
 * BiDi), with the Firefox demo build.
 */

const drive = (page: () => Page): DrivenPage => ({
  evaluate: (script) => page().evaluate(script),
  type: (text) => page().keyboard.type(text),
  press: (key) => page().keyboard.press(key as never),
  pressWithControl: async (key) => {
    await page().keyboard.down('Control');
    await page().keyboard.press(key as never);
    await page().keyboard.up('Control');
  },
  bringToFront: () => page().bringToFront(),
});

describe('Firefox ESR, conversation pages built in other ways', () => {
  const suite = useFirefoxSuite();
  conversationPageTests(() => ({
    async open(url) {
      const { session, recorder, conversationTab, panelTab } = suite();
      await conversationTab.goto(url, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    },
    page: drive(() => suite().conversationTab),
    panel: drive(() => suite().panelTab),
    recorder: () => suite().recorder,
  }));
});
