import { describe, expect, it } from 'vitest';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { pressWith } from './harness/keyboard';
import { insertForAnotherCaseIsRefused, pickedImageStaysWithItsCase, type CaseDriver } from './harness/case-bound';
import { openFirefoxExtensionPage } from './harness/firefox';

/** Issue 13 in Firefox ESR: the same scenarios as Chromium's (tests/e2e/harness/case-bound.ts). */
describe('Firefox, actions bound to their conversation', () => {
  const suite = useFirefoxSuite();

  const driver = (): CaseDriver => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    return {
      origin,
      panel: (script) => panelTab.evaluate(script),
      page: (script) => conversationTab.evaluate(script),
      async openConversation(url) {
        await conversationTab.goto(url, { timeout: 30_000 });
        await conversationTab.bringToFront();
        await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
        await conversationTab.bringToFront();
      },
      async pressAlt(key) {
        await conversationTab.bringToFront();
        await pressWith(conversationTab, 'Alt', key);
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
});
