import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { toastText } from './harness/keyboard';
import { CLEAR_RESULTS_SCRIPT } from './harness/database';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import {
  COMPOSER,
  DHL_FOLDER,
  UPS_FOLDER,
  folderUrl,
  insertForAnotherCaseIsRefused,
  pickedImageStaysWithItsCase,
  waitForPanelOn,
  type CaseDriver,
} from './harness/case-bound';

/** Issue 13 in Chromium: one conversation's facts never reach another's reply. */
describe('Chromium, actions bound to their conversation', () => {
  const suite = useChromiumSuite();

  const driver = (): CaseDriver => {
    const { origin, session, conversationTab, panelTab } = suite();
    return {
      origin,
      panel: (script) => panelTab.evaluate(script),
      page: (script) => conversationTab.evaluate(script),
      async openConversation(url) {
        await conversationTab.goto(url);
        await conversationTab.bringToFront();
        if (!panelTab.url().startsWith(session.extensionUrl('sidepanel.html'))) await panelTab.goto(session.extensionUrl('sidepanel.html'));
        await conversationTab.bringToFront();
      },
      async pressAlt(key) {
        await conversationTab.bringToFront();
        await conversationTab.keyboard.press(`Alt+${key}`);
      },
    };
  };

  it('a picked image is read for its own conversation only: on another, Alt+4 and Alt+2 find no waybill', async () => {
    await pickedImageStaysWithItsCase(driver());
    expect(suite().recorder.leaks(), describeRequests(suite().recorder.leaks())).toEqual([]);
  });

  it('a reply prepared for A is refused after the page moved to B with pushState, naming both', async () => {
    await insertForAnotherCaseIsRefused(driver());
  });

  it('a macro started on A stops when the page moves to B before its insert step; B’s composer is unchanged', async () => {
    const { origin, conversationTab, panelTab } = suite();
    // A's photos arrive slowly, so "request missing photos" is still waiting for the check when the page moves.
    await panelTab.route(`**/attachments/${UPS_FOLDER}/**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.continue().catch(() => undefined);
    });
    try {
      const d = driver();
      // Photos checked by an earlier test would come from the cache, and the macro would finish before the page moves.
      await d.openConversation(folderUrl(origin, DHL_FOLDER));
      await panelTab.evaluate(CLEAR_RESULTS_SCRIPT);
      await d.openConversation(folderUrl(origin, UPS_FOLDER));
      await waitForPanelOn(d, 'Marcus');
      await conversationTab.locator(COMPOSER).focus();
      await conversationTab.keyboard.press('Alt+1');
      await poll(async () => ((await toastText(conversationTab)).length > 0 ? true : undefined), {
        timeoutMs: 10_000,
        what: 'the macro to start',
      });
      await conversationTab.evaluate(
        `history.pushState(null, '', '/bo-seller/customer-care/folders/${DHL_FOLDER}'); dispatchEvent(new PopStateEvent('popstate'));`,
      );
      const toast = await poll(
        async () => {
          const text = await toastText(conversationTab);
          return /stopped|Not done/.test(text) ? text : undefined;
        },
        { timeoutMs: 30_000, what: 'the page to say the macro stopped' },
      );
      expect(toast).toContain(UPS_FOLDER);
      expect(toast).toContain(DHL_FOLDER);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect(await (conversationTab as Page).locator(COMPOSER).inputValue()).toBe('');
    } finally {
      await panelTab.unrouteAll({ behavior: 'ignoreErrors' });
    }
  });
});
