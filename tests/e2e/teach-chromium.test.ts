import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { useChromiumSuite } from './harness/suite';
import { useTeachPage } from './pages/serve-teach';
import { teachTests, type TeachDriver } from './pages/teach-scenario';

/** "Point at it" in Chromium: see teach-scenario.ts. Mouse and keys are Playwright's, which the page sees as trusted. */

const drive = (page: Page) => ({
  evaluate: (script: string) => page.evaluate(script),
  type: (text: string) => page.keyboard.type(text),
  press: (key: string) => page.keyboard.press(key),
  pressWithControl: (key: string) => page.keyboard.press(`Control+${key}`),
  bringToFront: () => page.bringToFront(),
  moveTo: (x: number, y: number) => page.mouse.move(x, y),
  clickAt: (x: number, y: number) => page.mouse.click(x, y),
});

describe('Chromium, teaching a part by pointing at it', () => {
  const suite = useChromiumSuite();
  const pages = useTeachPage();

  /** A fresh page (a new folder id each time) with the panel following it. */
  async function open(folderId: string): Promise<TeachDriver> {
    const { session, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages().pageUrl(folderId));
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    return { page: drive(conversationTab), panel: drive(panelTab) };
  }

  teachTests(open);
});
