import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { cannotAnswerPrompt, HOST_PERMISSION_SUITES } from './harness/host-permission';
import { describeRequests } from './harness/request-recorder';
import { numberCrossChecks } from './scenarios/number-cross-checks';

describeInBrowsers(
  'numbers read against the case’s own',
  (use, browser) => {
    // Allowing the attachment host answers Chromium's real permission prompt with X key events: headed, so only
    // with a display (Xvfb). Firefox grants it without a prompt.
    it.skipIf(cannotAnswerPrompt(browser))('flags an IMEI and a waybill that differ from the platform’s data and keeps them out of replies', async () => {
      const driver = use();
      await numberCrossChecks(driver);
      expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
    });
  },
  HOST_PERMISSION_SUITES,
);
