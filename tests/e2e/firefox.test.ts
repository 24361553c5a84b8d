import { describe, expect, it } from 'vitest';
import { listDemoConversations, type DemoConversation } from './harness/demo-platform';
import { openFirefoxExtensionPage } from './harness/firefox';
import { waitForPanelHeader } from './harness/panel';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * The demo build in Firefox ESR (puppeteer over WebDriver BiDi): the add-on installs, its content script reads a
 * demo conversation, and the panel page (opened by navigating from a 127.0.0.1 page) shows it.
 */

const conversations: DemoConversation[] = listDemoConversations();
/** One conversation of each kind keeps the suite short; Chromium covers every conversation. */
const sample = (['care', 'buyback'] as const)
  .map((kind) => conversations.find((conversation) => conversation.kind === kind))
  .filter((conversation): conversation is DemoConversation => conversation !== undefined);

describe('Firefox ESR, demo build', () => {
  const suite = useFirefoxSuite();

  const panel = (script: string) => suite().panelTab.evaluate(script);

  it('installs the add-on and opens its panel page', async () => {
    const { session, recorder, panelTab } = suite();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    expect(await panelTab.evaluate('document.title')).toBe('ReturnDesk');
  });

  it('has demo conversations of both kinds to test', () => {
    suite();
    expect(sample.map((conversation) => conversation.kind)).toEqual(['care', 'buyback']);
  });

  for (const conversation of sample) {
    it(`reads ${conversation.kind} ${conversation.folderId} and shows its header in the panel`, async () => {
      const { origin, session, recorder, conversationTab, panelTab } = suite();
      await conversationTab.goto(`${origin}${conversation.path}`, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
      await panelTab.bringToFront();
      const { mismatches, view } = await waitForPanelHeader(panel, conversation);
      expect(mismatches, `panel text: ${view.text.slice(0, 500)}`).toEqual([]);
    });
  }

  it('sent no request off 127.0.0.1', async () => {
    const { recorder } = suite();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
