import { describe, it } from 'vitest';
import { useChromiumSuite } from './harness/suite';
import { devicePhotosSkippedLabelRead, readNumbersAnywayFromTheKeyboard, type PanelDriver } from './scenarios/numbers-text-detector';

/** Only images that can hold a number are read (scenarios/numbers-text-detector.ts), in Chromium. */
describe('Chromium, numbers: device photos are not sent to OCR', () => {
  const suite = useChromiumSuite();
  const driver = (): PanelDriver => {
    const { origin, session, conversationTab, panelTab } = suite();
    return {
      async openPanelOn(folderId) {
        await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`, { timeout: 30_000 });
        await conversationTab.bringToFront();
        await panelTab.goto(session.extensionUrl('sidepanel.html'), { timeout: 30_000 });
        await panelTab.bringToFront();
      },
      evaluatePanel: (script) => panelTab.evaluate(script),
      pressKey: (key) => panelTab.keyboard.press(key),
    };
  };

  it('reads the label and not the seven photos of the phone', () => devicePhotosSkippedLabelRead(driver()), 240_000);
  it('reads a photo when the agent asks with "Read numbers anyway" (keyboard)', () => readNumbersAnywayFromTheKeyboard(driver()), 240_000);
});
