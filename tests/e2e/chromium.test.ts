import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openRealSidePanel } from './harness/chromium';
import { CONVERSATION_LIST_PATH, listDemoConversations, type DemoConversation } from './harness/demo-platform';
import { clickLinkTo, markDocument, documentIsMarked } from './harness/navigation';
import { waitForPanelHeader, waitForPanelStatus } from './harness/panel';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * The demo build in Chromium against the demo platform: tab A shows a conversation, tab B the panel page, which
 * (as a pop-out tab) follows the most recently active other platform tab.
 */

const OFF_PLATFORM_STATUS = 'Open a conversation on Back Market';
/** On the conversation list the panel has nothing to show either; the contract only fixes this much of the text. */
const NO_CONVERSATION_STATUS = 'Open a conversation';
const conversations: DemoConversation[] = listDemoConversations();

describe('Chromium, demo build', () => {
  const suite = useChromiumSuite({ remoteDebugging: true });

  const panel = (script: string) => suite().panelTab.evaluate(script);

  /** Shows `url` in tab A and makes it the active tab, as a person clicking into it would. */
  async function showInConversationTab(url: string): Promise<void> {
    const { conversationTab } = suite();
    await conversationTab.goto(url, { timeout: 30_000 });
    await conversationTab.bringToFront();
  }

  /** Opens (or reopens) the panel page in tab B. */
  async function openPanelTab(): Promise<void> {
    const { session, panelTab } = suite();
    await panelTab.goto(session.extensionUrl('sidepanel.html'), { timeout: 30_000 });
    await panelTab.bringToFront();
  }

  it('says to open a conversation when no platform tab was ever active', async () => {
    const { origin, recorder } = suite();
    // `localhost` is not the demo origin (127.0.0.1), so for the extension this tab is off the platform.
    await showInConversationTab(`http://localhost:${recorder.port}/launchpad`);
    await openPanelTab();
    await waitForPanelStatus(panel, OFF_PLATFORM_STATUS);
  });

  it('injects the content script into demo pages', async () => {
    const { origin, session, conversationTab } = suite();
    const cdp = await session.context.newCDPSession(conversationTab);
    const worlds: string[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context.name));
    await cdp.send('Runtime.enable');
    await conversationTab.goto(`${origin}${CONVERSATION_LIST_PATH}`);
    await expect.poll(() => worlds, { timeout: 10_000 }).toContain('ReturnDesk');
    await cdp.detach();
  });

  it('lists demo conversations to test', () => {
    suite();
    expect(conversations.length, 'listDemoConversations() returned nothing').toBeGreaterThan(0);
  });

  for (const conversation of conversations) {
    it(`shows the header of ${conversation.kind} ${conversation.folderId} (${conversation.customerName})`, async () => {
      const { origin } = suite();
      await showInConversationTab(`${origin}${conversation.path}`);
      await openPanelTab();
      const { mismatches, view } = await waitForPanelHeader(panel, conversation);
      expect(mismatches, `panel text: ${view.text.slice(0, 500)}`).toEqual([]);
      expect(view.headings).toEqual(expect.arrayContaining(['Photos', 'Numbers', 'Replies']));
    });
  }

  it('follows SPA navigation in the conversation tab without reloading either tab', async () => {
    const { origin, conversationTab } = suite();
    await showInConversationTab(`${origin}${CONVERSATION_LIST_PATH}`);
    await openPanelTab();
    await waitForPanelStatus(panel, NO_CONVERSATION_STATUS);
    await markDocument(conversationTab.evaluate.bind(conversationTab));
    await markDocument(panel);

    const linked = await linkedConversations(conversationTab, conversations);
    expect(linked.length, 'the list page links fewer than two demo conversations').toBeGreaterThanOrEqual(2);
    const [first, second] = linked as [DemoConversation, DemoConversation];

    await conversationTab.bringToFront();
    await clickLinkTo(conversationTab, first.path);
    let result = await waitForPanelHeader(panel, first);
    expect(result.mismatches).toEqual([]);

    await conversationTab.goBack();
    await waitForPanelStatus(panel, NO_CONVERSATION_STATUS);
    await clickLinkTo(conversationTab, second.path);
    result = await waitForPanelHeader(panel, second);
    expect(result.mismatches).toEqual([]);

    expect(await documentIsMarked(conversationTab.evaluate.bind(conversationTab)), 'the conversation tab reloaded').toBe(true);
    expect(await documentIsMarked(panel), 'the panel reloaded').toBe(true);
  });

  it('opens the real side panel, which shows the active conversation', async () => {
    const { origin, session, panelTab } = suite();
    const conversation = conversations[0];
    expect(conversation).toBeDefined();
    await openPanelTab();
    const { panel: sidePanel, disconnect } = await openRealSidePanel(session, panelTab);
    try {
      await showInConversationTab(`${origin}${conversation!.path}`);
      const { mismatches } = await waitForPanelHeader((script) => sidePanel.evaluate(script), conversation!);
      expect(mismatches).toEqual([]);
    } finally {
      await disconnect();
    }
  });

  it('sent no request off 127.0.0.1', async () => {
    const { recorder } = suite();
    // Anything still in flight (a late fetch from the panel) gets a moment to reach the recorder.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});

/** Demo conversations that the list page links to, in list order. */
async function linkedConversations(page: Page, all: DemoConversation[]): Promise<DemoConversation[]> {
  const paths = (await page.evaluate(
    `[...document.querySelectorAll('a[href]')].map((link) => new URL(link.href).pathname)`,
  )) as string[];
  return all.filter((conversation) => paths.includes(conversation.path));
}
