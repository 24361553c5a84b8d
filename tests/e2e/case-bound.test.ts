import { expect, it } from 'vitest';
import { describeInBrowsers, waitFor } from './harness/driver';
import {
  DHL_FOLDER,
  UPS_FOLDER,
  composerValue,
  focusComposer,
  insertForAnotherCaseIsRefused,
  moveWithPushState,
  openCase,
  pickedImageStaysWithItsCase,
  waitForPanelOn,
} from './harness/case-bound';
import { clearResults } from './harness/database';
import { slowAttachments } from './harness/demo-platform';
import { toastText } from './harness/keyboard';
import { describeRequests } from './harness/request-recorder';

/** Issue 13: one conversation's facts never reach another's reply (scenarios in harness/case-bound.ts). */
describeInBrowsers('actions bound to their conversation', (use) => {
  it('a picked image is read for its own conversation only: on another, Alt+4 and Alt+2 find no waybill', async () => {
    const driver = use();
    await pickedImageStaysWithItsCase(driver);
    expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
  });

  it('a reply prepared for A is refused after the page moved to B with pushState, naming both', async () => {
    await insertForAnotherCaseIsRefused(use());
  });

  it('a macro started on A stops when the page moves to B before its insert step; B’s composer is unchanged', async () => {
    const driver = use();
    // A's photos arrive slowly, so "request missing photos" is still waiting for the check when the page moves. The
    // demo platform answers them late (as a slow connection would): Firefox's request interception of the panel tab
    // let some through at once, and the macro then finished before the move.
    await slowAttachments(driver.origin, 4_000);
    try {
      // Photos checked by an earlier test would come from the cache, and the macro would finish before the page moves.
      await openCase(driver, DHL_FOLDER);
      await driver.panel.run(clearResults);
      await openCase(driver, UPS_FOLDER);
      await waitForPanelOn(driver, 'Marcus');
      await focusComposer(driver);
      await driver.page.press('Alt+1');
      await waitFor(async () => (await toastText(driver.page)).length > 0, { timeoutMs: 10_000, what: 'the macro to start' });
      await moveWithPushState(driver, DHL_FOLDER);
      let lastToast = '';
      const toast = await waitFor(
        async () => {
          const text = await toastText(driver.page);
          if (text && !lastToast.includes(text)) lastToast += ` | ${text}`;
          return /stopped|Not done/.test(text) ? text : undefined;
        },
        { timeoutMs: 30_000, what: () => `the page to say the macro stopped (it shows "${lastToast}")` },
      );
      expect(toast).toContain(UPS_FOLDER);
      expect(toast).toContain(DHL_FOLDER);
      // Long enough for the held-back photos to arrive and the macro to have inserted, had it not stopped.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect(await composerValue(driver)).toBe('');
    } finally {
      await slowAttachments(driver.origin, 0);
    }
  });
});
