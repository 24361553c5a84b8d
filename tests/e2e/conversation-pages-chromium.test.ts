import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { useChromiumSuite } from './harness/suite';
import { conversationPageTests } from './pages/conversations/suite';
import type { DrivenPage } from './pages/editor-scenarios';

/**
 * The conversation test pages built unlike the demo (issue 12), in Chromium with the demo build: each page served at
 * a back-office route shows its expected header facts, message count and attachments in the panel; on the div-soup
 * page the photo checklist, the numbers and an inserted reply work end to end (tests in pages/conversations/suite.ts).
 */

const drive = (page: () => Page): DrivenPage => ({
  evaluate: (script) => page().evaluate(script),
  type: (text) => page().keyboard.type(text),
  press: (key) => page().keyboard.press(key),
  pressWithControl: (key) => page().keyboard.press(`Control+${key}`),
  bringToFront: () => page().bringToFront(),
});

describe('Chromium, conversation pages built in other ways', () => {
  const suite = useChromiumSuite();
  conversationPageTests(() => ({
    async open(url) {
      const { session, conversationTab, panelTab } = suite();
      await conversationTab.goto(url);
      await conversationTab.bringToFront();
      await panelTab.goto(session.extensionUrl('sidepanel.html'));
    },
    page: drive(() => suite().conversationTab),
    panel: drive(() => suite().panelTab),
    recorder: () => suite().recorder,
  }));
});
