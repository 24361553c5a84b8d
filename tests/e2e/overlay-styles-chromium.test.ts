import { describe } from 'vitest';
import { useChromiumSuite } from './harness/suite';
import { overlayStyleTests } from './scenarios/overlay-styles';

/** The overlay's stylesheet in Chromium: see scenarios/overlay-styles.ts. */

describe('Chromium, the overlay over the platform page', () => {
  const suite = useChromiumSuite();
  overlayStyleTests(async () => {
    const { origin, conversationTab } = suite();
    return {
      openConversation: async (folderId) => {
        await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
        await conversationTab.bringToFront();
        await conversationTab.waitForSelector('[data-qa="composer-input"]', { timeout: 10_000 });
      },
      evaluate: (script) => conversationTab.evaluate(script),
      press: (key) => conversationTab.keyboard.press(key),
    };
  });
});
