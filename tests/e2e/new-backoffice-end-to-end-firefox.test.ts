import { describe, expect, it } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { newBackofficeEndToEnd } from './harness/new-backoffice';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * The new back office end to end in Firefox ESR (refurbisher staff), as in harness/new-backoffice.ts. Firefox grants
 * optional permissions without a prompt under this pref, so allowing the host is the panel's click alone.
 */
describe('Firefox ESR, the new back office end to end', () => {
  const suite = useFirefoxSuite({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  it('reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await newBackofficeEndToEnd({
      origin,
      panel: {
        evaluate: (script) => panelTab.evaluate(script),
        type: (value) => panelTab.keyboard.type(value),
        press: (key) => panelTab.keyboard.press(key as never),
        pressWithControl: async (key) => {
          await panelTab.keyboard.down('Control');
          await panelTab.keyboard.press(key as never);
          await panelTab.keyboard.up('Control');
        },
        bringToFront: () => panelTab.bringToFront(),
      },
      async open(url) {
        await conversationTab.goto(url, { timeout: 30_000 });
        await conversationTab.bringToFront();
        await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
        await panelTab.bringToFront();
      },
      page: (script) => conversationTab.evaluate(script),
      allowHost: (buttonId) => panelTab.click(`#${buttonId}`),
    });
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
