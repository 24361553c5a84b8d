import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { PLATFORM_DATA_SCENARIOS, waitForPanelCheck } from './harness/platform-data';
import { describeRequests } from './harness/request-recorder';

/**
 * The platform's own data first (issue #12): on the demo's new back office (hashed classes, no data-qa) the panel
 * shows what the page's JSON says, names an endpoint that fails, and sends nothing off the machine. In Firefox the
 * content script's requests must carry the page's origin and cookies (content.fetch).
 */

describeInBrowsers("the platform's own data on the new back office", (use) => {
  for (const scenario of PLATFORM_DATA_SCENARIOS) {
    it(scenario.name, async () => {
      const driver = use();
      await driver.openConversation(`${driver.origin}${scenario.path}`);
      await driver.openPanel();
      expect(await waitForPanelCheck(driver.panel, scenario.check)).toEqual([]);
    });
  }

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = use();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
