import { describe, expect, it } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { PLATFORM_DATA_SCENARIOS, waitForPanelCheck } from './harness/platform-data';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * The platform's own data first (issue #12), in Firefox ESR, where the content script's requests must carry the
 * page's origin and cookies (content.fetch). Same scenarios as platform-data-chromium.test.ts.
 */

describe("Firefox ESR, the platform's own data on the new back office", () => {
  const suite = useFirefoxSuite();
  const panel = (script: string) => suite().panelTab.evaluate(script);

  for (const scenario of PLATFORM_DATA_SCENARIOS) {
    it(scenario.name, async () => {
      const { origin, session, recorder, conversationTab, panelTab } = suite();
      await conversationTab.goto(`${origin}${scenario.path}`, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
      expect(await waitForPanelCheck(panel, scenario.check)).toEqual([]);
    });
  }

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
