import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { newBackofficeEndToEnd } from './harness/new-backoffice';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * The new back office end to end in Chromium (support agents), as in harness/new-backoffice.ts. Allowing the
 * attachment host goes through Chromium's real permission prompt, answered with X key events: headed, under Xvfb.
 */
const hasDisplay = Boolean(process.env.DISPLAY);

describe('Chromium, the new back office end to end', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, viewport: null }) : undefined;

  it.skipIf(!hasDisplay)('reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite!();
    await newBackofficeEndToEnd({
      origin,
      panel: {
        evaluate: (script) => panelTab.evaluate(script),
        type: (value) => panelTab.keyboard.type(value),
        press: (key) => panelTab.keyboard.press(key),
        pressWithControl: (key) => panelTab.keyboard.press(`Control+${key}`),
        bringToFront: () => panelTab.bringToFront(),
      },
      async open(url) {
        await conversationTab.goto(url, { timeout: 30_000 });
        await conversationTab.bringToFront();
        await panelTab.goto(session.extensionUrl('sidepanel.html'));
        await panelTab.bringToFront();
      },
      page: (script) => conversationTab.evaluate(script),
      async allowHost(buttonId) {
        // X input focus for the window (no window manager under Xvfb), a trusted click (the user gesture that
        // permissions.request needs), then the prompt: Shift+Tab to Allow, Space presses it.
        execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
        await panelTab.click(`#${buttonId}`);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        execFileSync('xdotool', ['key', 'shift+Tab', 'space']);
      },
    });
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
