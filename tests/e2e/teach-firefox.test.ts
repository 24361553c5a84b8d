import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';
import { startTeachPage, type TeachPageServer } from './pages/serve-teach';
import { escapeCancels, teachComposerAndMessageList, type TeachDriver } from './pages/teach-scenario';

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
  let pages: TeachPageServer | undefined;
  beforeAll(async () => {
    pages = await startTeachPage();
  });
  afterAll(() => pages?.close());

  async function open(folderId: string): Promise<TeachDriver> {
    const { session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages!.pageUrl(folderId), { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
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
