import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { useChromiumSuite } from './harness/suite';
import { startTeachPage, type TeachPageServer } from './pages/serve-teach';
import { escapeCancels, teachComposerAndMessageList, type TeachDriver } from './pages/teach-scenario';

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
  let pages: TeachPageServer | undefined;
  beforeAll(async () => {
    pages = await startTeachPage();
  });
  afterAll(() => pages?.close());

  /** A fresh page (a new folder id each time) with the panel following it. */
  async function open(folderId: string): Promise<TeachDriver> {
    const { session, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages!.pageUrl(folderId));
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    return { page: drive(conversationTab), panel: drive(panelTab) };
  }

  it('Escape on the page cancels pointing and saves nothing', async () => {
    await escapeCancels(await open('5550101'));
  });

  it('teaches the reply box with the mouse and the message list with the keyboard; both read as taught, and a reply lands in the taught box', async () => {
    await teachComposerAndMessageList(await open('5550102'));
  });
});
