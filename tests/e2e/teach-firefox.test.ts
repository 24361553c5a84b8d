import type { KeyInput, Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';
import { useTeachPage } from './pages/serve-teach';
import { teachTests, type TeachDriver } from './pages/teach-scenario';

/** "Point at it" in Firefox ESR: see teach-scenario.ts. Mouse and keys go through WebDriver BiDi input (trusted). */

const drive = (page: Page) => ({
  evaluate: (script: string) => page.evaluate(script),
  type: (text: string) => page.keyboard.type(text),
  press: (key: string) => page.keyboard.press(key as KeyInput),
  pressWithControl: async (key: string) => {
    await page.keyboard.down('Control');
    await page.keyboard.press(key as KeyInput);
    await page.keyboard.up('Control');
  },
  bringToFront: () => page.bringToFront(),
  moveTo: (x: number, y: number) => page.mouse.move(x, y),
  clickAt: (x: number, y: number) => page.mouse.click(x, y),
});

describe('Firefox ESR, teaching a part by pointing at it', () => {
  const suite = useFirefoxSuite();
  const pages = useTeachPage();

  async function open(folderId: string): Promise<TeachDriver> {
    const { session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages().pageUrl(folderId), { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    return { page: drive(conversationTab), panel: drive(panelTab) };
  }

  teachTests(open);
});
