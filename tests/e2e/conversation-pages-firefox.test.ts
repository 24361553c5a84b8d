import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { waitForPage } from './pages/conversations/checks';
import { startConversationPages, type ConversationPagesServer } from './pages/conversations/serve';
import { chooseReply, waitForPanelStatus, type DrivenPage } from './pages/editor-scenarios';
import { PAGE_NAMES } from '../unit/sites/structure/pages';

/**
 * The same pages as conversation-pages-chromium.test.ts in Firefox ESR (puppeteer over WebDriver BiDi): each
 * conversation test page at its back-office route, read by the demo build's back-office adapter.
 */

const drive = (page: Page): DrivenPage => ({
  evaluate: (script) => page.evaluate(script),
  type: (text) => page.keyboard.type(text),
  press: (key) => page.keyboard.press(key as never),
  pressWithControl: async (key) => {
    await page.keyboard.down('Control');
    await page.keyboard.press(key as never);
    await page.keyboard.up('Control');
  },
  bringToFront: () => page.bringToFront(),
});

describe('Firefox ESR, conversation pages built in other ways', () => {
  const suite = useFirefoxSuite();
  let pages: ConversationPagesServer | undefined;
  beforeAll(async () => {
    pages = await startConversationPages();
  });
  afterAll(async () => {
    await pages?.close();
  });

  async function open(name: string) {
    const { session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages!.urlOf(name), { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
  }

  for (const name of PAGE_NAMES) {
    it(`${name}: the panel shows the header facts, message count and attachments of its expected snapshot`, async () => {
      await open(name);
      const expected = pages!.pages.find((page) => page.name === name)!.expected;
      expect(await waitForPage((script) => suite().panelTab.evaluate(script), expected)).toEqual([]);
    });
  }

  it('div-soup: the checklist counts the seven photos, the IMEI is read from the screenshot, and a reply lands in the composer', async () => {
    const { conversationTab, panelTab } = suite();
    await open('div-soup');
    await panelTab.bringToFront();
    const photos = await poll(
      async () => {
        const text = (await panelTab.evaluate(`document.querySelector('#photos')?.innerText ?? ''`)) as string;
        return text.includes('shots received') && !text.includes('Checking photo') ? text : undefined;
      },
      { timeoutMs: 90_000, what: 'the photo check to finish' },
    );
    expect(photos).toMatch(/7 of 7\s+shots received for a smartphone/);

    const imeis = await poll(
      async () => {
        const { values } = (await panelTab.evaluate(READINGS_SCRIPT('imei'))) as { values: string[] };
        return values.includes(DEMO_IDENTIFIERS.starHashZeroSix.imei) ? values : undefined;
      },
      { timeoutMs: 90_000, what: 'the IMEI of the screenshot' },
    );
    expect(imeis).toContain(DEMO_IDENTIFIERS.starHashZeroSix.imei);

    await chooseReply(drive(panelTab), 'back up');
    await waitForPanelStatus(drive(panelTab), 'Inserted into the reply box');
    const draft = (await conversationTab.evaluate(`document.querySelector('textarea')?.value ?? ''`)) as string;
    expect(draft).toMatch(/Olivia/);
    expect(draft).not.toContain('{{');
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
