import type { KeyInput } from 'puppeteer-core';
import { describe } from 'vitest';
import { useFirefoxSuite } from './harness/suite';
import { overlayStyleTests } from './scenarios/overlay-styles';

/** The overlay's stylesheet in Firefox ESR: see scenarios/overlay-styles.ts. */

describe('Firefox ESR, the overlay over the platform page', () => {
  const suite = useFirefoxSuite();
  overlayStyleTests(async () => {
    const { origin, conversationTab } = suite();
    return {
      openConversation: async (folderId) => {
        await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`, { timeout: 30_000 });
        await conversationTab.bringToFront();
        await conversationTab.waitForSelector('[data-qa="composer-input"]', { timeout: 10_000 });
      },
      evaluate: (script) => conversationTab.evaluate(script),
      press: (key) => conversationTab.keyboard.press(key as KeyInput),
    };
  });
});
