import { describe, expect, it } from 'vitest';
import { PLATFORM_DATA_SCENARIOS, waitForPanelCheck } from './harness/platform-data';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * The platform's own data first (issue #12), in Chromium: on the demo's new back office (hashed classes, no
 * data-qa) the panel shows what the page's JSON says, names an endpoint that fails, and sends nothing off the
 * machine. Same scenarios as platform-data-firefox.test.ts.
 */

describe("Chromium, the platform's own data on the new back office", () => {
  const suite = useChromiumSuite();
  const panel = (script: string) => suite().panelTab.evaluate(script);

  for (const scenario of PLATFORM_DATA_SCENARIOS) {
    it(scenario.name, async () => {
      const { origin, session, conversationTab, panelTab } = suite();
      await conversationTab.goto(`${origin}${scenario.path}`);
      await conversationTab.bringToFront();
      await panelTab.goto(session.extensionUrl('sidepanel.html'));
      expect(await waitForPanelCheck(panel, scenario.check)).toEqual([]);
    });
  }

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
