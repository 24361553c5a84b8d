import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { BUILD_DIRS } from './harness/paths';
import { describeRequests, startRequestRecorder, type RequestRecorder } from './harness/request-recorder';
import { startEditorPages, TEST_EDITORS, type EditorPagesServer, type TestEditor } from './pages/serve';
import {
  chooseReply,
  composerDomText,
  composerModelText,
  insertReplyScenario,
  photosNumbersAndReplyScenario,
  refusedReplyScenario,
  waitForComposer,
  waitForEitherStatus,
  waitForPanelStatus,
  type DrivenPage,
} from './pages/editor-scenarios';

/**
 * The same insertions as editors-chromium.test.ts in Firefox ESR (puppeteer over WebDriver BiDi): a React 19
 * controlled textarea, a Vue 3 v-model textarea and a ProseMirror editor, built from the real libraries and served
 * by the test on 127.0.0.1 under /bo-seller/.
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

describe('Firefox ESR, inserting a reply into real editors', () => {
  let recorder: RequestRecorder | undefined;
  let pages: EditorPagesServer | undefined;
  let session: FirefoxSession | undefined;
  let conversationTab: Page;
  let panelTab: Page;
  let setupError: Error | undefined;

  beforeAll(async () => {
    try {
      recorder = await startRequestRecorder();
      pages = await startEditorPages();
      session = await launchFirefox({ extensionDir: BUILD_DIRS.firefoxDemo, headless: true, proxyPort: recorder.port });
      conversationTab = (await session.browser.pages())[0] ?? (await session.browser.newPage());
      panelTab = await session.browser.newPage();
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });
  const ready = () => {
    if (setupError) throw setupError;
  };
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
    await pages?.close();
  });

  async function openEditor(editor: TestEditor, folderId?: string, options?: { attachments?: boolean }) {
    if (conversationTab.isClosed()) conversationTab = await session!.browser.newPage();
    await conversationTab.goto(pages!.pageUrl(editor, folderId, options), { timeout: 30_000 });
    await conversationTab.bringToFront();
    await waitForComposer(drive(conversationTab));
    await openFirefoxExtensionPage(session!, panelTab, 'sidepanel.html', recorder!.launchpadUrl);
  }

  for (const editor of TEST_EDITORS) {
    it(`${editor}: the reply lands at the cursor keeping the draft, Ctrl+Z removes it in one step, Send posts it`, async () => {
      ready();
      await openEditor(editor);
      await insertReplyScenario(drive(conversationTab), drive(panelTab), editor);
    });
  }

  it('quill, with the customer\'s attachments: the photos are checked, the IMEI read, and the reply with it lands in the editor', async () => {
    ready();
    await openEditor('quill', undefined, { attachments: true });
    await photosNumbersAndReplyScenario(drive(panelTab), drive(conversationTab));
  });

  it('says so when the composer refuses the text, and leaves the draft as it was', async () => {
    ready();
    await openEditor('refusing');
    await refusedReplyScenario(drive(conversationTab), drive(panelTab));
  });

  it('says so when the reply is longer than the reply box takes, and leaves the draft as it was', async () => {
    ready();
    await openEditor('react-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').maxLength = 200`);
    await refusedReplyScenario(drive(conversationTab), drive(panelTab), 'The reply is longer than the reply box takes (200 characters)');
  });

  it('says so when the composer is read-only', async () => {
    ready();
    await openEditor('react-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').readOnly = true`);
    await chooseReply(drive(panelTab), 'DPD Pickup');
    await waitForPanelStatus(drive(panelTab), 'The reply box is read-only');
    expect(await composerDomText(drive(conversationTab))).toBe('');
  });

  it('says so when the composer has been removed from the page', async () => {
    ready();
    await openEditor('vue-model-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').remove()`);
    await chooseReply(drive(panelTab), 'DPD Pickup');
    await waitForPanelStatus(drive(panelTab), 'The reply box is no longer on the page');
  });

  it('says so when the tab is closed while the agent fills in a variable', async () => {
    ready();
    await openEditor('prosemirror');
    const panel = drive(panelTab);
    await chooseReply(panel, 'IMEI confirm');
    await poll(async () => (await panelTab.evaluate(`Boolean(document.querySelector('#fill-imei'))`)) as boolean, {
      timeoutMs: 5_000,
      what: 'the fill-in form to ask for the IMEI',
    });
    await conversationTab.close();
    await panelTab.bringToFront();
    // The pop-out panel may notice the closed tab first (it then follows no tab and says so), or the agent may
    // submit first (the insertion then fails and says so): either way the agent is told, nothing hangs.
    const stillAsking = (await panelTab.evaluate(
      `(() => { const field = document.querySelector('#fill-imei'); field?.focus(); return Boolean(field); })()`,
    )) as boolean;
    if (stillAsking) {
      await panelTab.keyboard.type('490154203237518');
      await panelTab.keyboard.press('Enter');
    }
    await waitForEitherStatus(panel, ['The platform tab is closed or was reloaded', 'Open a conversation on Back Market']);
  });

  it('sent nothing off this machine', () => {
    ready();
    expect(recorder!.leaks(), describeRequests(recorder!.leaks())).toEqual([]);
  });
});
