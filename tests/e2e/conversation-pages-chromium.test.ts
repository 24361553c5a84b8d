import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { poll } from './harness/bounded';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { waitForPage } from './pages/conversations/checks';
import { startConversationPages, type ConversationPagesServer } from './pages/conversations/serve';
import { chooseReply, waitForPanelStatus, type DrivenPage } from './pages/editor-scenarios';
import { PAGE_NAMES } from '../unit/sites/structure/pages';

/**
 * The conversation test pages built unlike the demo (issue 12), in Chromium with the demo build: each page served
 * at a back-office route, the panel shows its expected header facts, message count and attachments; on the div-soup
 * page the photo checklist, the numbers and an inserted reply work end to end.
 */

const drive = (page: Page): DrivenPage => ({
  evaluate: (script) => page.evaluate(script),
  type: (text) => page.keyboard.type(text),
  press: (key) => page.keyboard.press(key),
  pressWithControl: (key) => page.keyboard.press(`Control+${key}`),
  bringToFront: () => page.bringToFront(),
});

describe('Chromium, conversation pages built in other ways', () => {
  const suite = useChromiumSuite();
  let pages: ConversationPagesServer | undefined;
  beforeAll(async () => {
    pages = await startConversationPages();
  });
  afterAll(async () => {
    await pages?.close();
  });

  async function open(name: string) {
    const { session, conversationTab, panelTab } = suite();
    await conversationTab.goto(pages!.urlOf(name));
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
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
    await panelTab.waitForFunction(
      () => document.body.innerText.includes('shots received') && !document.body.innerText.includes('Checking photo'),
      null,
      { timeout: 90_000 },
    );
    expect(await panelTab.locator('#photos').innerText()).toMatch(/7 of 7\s+shots received for a smartphone/);

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
    const draft = await conversationTab.locator('textarea').inputValue();
    expect(draft).toMatch(/Olivia/);
    expect(draft).not.toContain('{{');
  });

  it('sent nothing off this machine', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
