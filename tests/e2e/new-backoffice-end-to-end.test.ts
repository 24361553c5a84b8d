import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { cannotAnswerPrompt, HOST_PERMISSION_SUITES } from './harness/host-permission';
import { newBackofficeEndToEnd } from './harness/new-backoffice';
import { describeRequests } from './harness/request-recorder';

/**
 * The new back office end to end (support agents in Chromium, refurbisher staff in Firefox ESR), as in
 * harness/new-backoffice.ts.
 */
describeInBrowsers(
  'the new back office end to end',
  (use, browser) => {
    // Allowing the attachment host answers Chromium's real permission prompt with X key events: headed, so only
    // with a display (Xvfb). Firefox grants it without a prompt.
    it.skipIf(cannotAnswerPrompt(browser))('reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply', async () => {
      const driver = use();
      await newBackofficeEndToEnd(driver);
      expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
    });
  },
  HOST_PERMISSION_SUITES,
);
