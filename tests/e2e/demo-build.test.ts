import { expect, it } from 'vitest';
import { openRealSidePanel } from './harness/chromium';
import { CONVERSATION_LIST_PATH, listDemoConversations, type DemoConversation } from './harness/demo-platform';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { documentIsMarked, markDocument } from './harness/navigation';
import { waitForPanelHeader, waitForPanelStatus } from './harness/panel';
import { describeRequests } from './harness/request-recorder';

/**
 * The demo build against the demo platform, the foundation the other browser tests stand on: the extension
 * installs, its content script reads every demo conversation, and the panel page (in a tab beside the
 * conversation; Chrome's side panel and Firefox's sidebar load the same page) follows the most recently active
 * other platform tab, through SPA navigation too.
 */

const OFF_PLATFORM_STATUS = 'Open a conversation on Back Market';
/** On the conversation list the panel has nothing to show either; the contract only fixes this much of the text. */
const NO_CONVERSATION_STATUS = 'Open a conversation';
const conversations: DemoConversation[] = listDemoConversations();

/** Shows `url` in the conversation tab, then the panel page in its own tab, in front. */
async function showWithPanel(driver: Driver, url: string): Promise<void> {
  await driver.openConversation(url);
  await driver.openPanel();
  await driver.panel.bringToFront();
}

/**
 * Clicks the link on the page whose path is `path`, and waits for the address to change. The click is the link's own
 * (`click()`, which the site's router handles as any click): under puppeteer's BiDi, Firefox ESR's conversation
 * window does not have the focus (document.hasFocus() is false) and a mouse click at the link's place did not reach it.
 */
async function clickLinkTo(driver: Driver, path: string): Promise<void> {
  const clickLink = (end: string) => {
    const link = document.querySelector<HTMLAnchorElement>(`a[href$="${end}"]`);
    link?.click();
    return Boolean(link);
  };
  await waitFor(() => driver.page.run(clickLink, path), { timeoutMs: 10_000, what: `a link to ${path} on the page` });
  await waitFor(async () => new URL(await driver.page.url()).pathname === path, { timeoutMs: 10_000, what: `the page to show ${path}` });
}

describeInBrowsers(
  'demo build',
  (use, browser) => {
    const panel = (script: string) => use().panel.evaluate(script);

    it('installs the extension and opens its panel page', async () => {
      const driver = use();
      await driver.openPanel();
      expect(await driver.panel.run(() => document.title)).toBe('ReturnDesk');
    });

    it('says to open a conversation when no platform tab was ever active', async () => {
      const driver = use();
      // `localhost` is not the demo origin (127.0.0.1), so for the extension this tab is off the platform.
      await showWithPanel(driver, `http://localhost:${driver.recorder.port}/launchpad`);
      await waitForPanelStatus(panel, OFF_PLATFORM_STATUS);
    });

    // Execution contexts are listed by the DevTools protocol, which Firefox does not speak (BiDi has no such event
    // for an extension's content script world).
    it.runIf(browser === 'chromium')('injects the content script into demo pages', async () => {
      const driver = use();
      if (driver.native.browser !== 'chromium') return;
      const { session, conversationTab } = driver.native.suite;
      const cdp = await session.context.newCDPSession(conversationTab);
      const worlds: string[] = [];
      cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context.name));
      await cdp.send('Runtime.enable');
      await conversationTab.goto(`${driver.origin}${CONVERSATION_LIST_PATH}`);
      await waitFor(() => worlds.includes('ReturnDesk'), { timeoutMs: 10_000, what: 'the ReturnDesk content script world' });
      await cdp.detach();
    });

    it('lists demo conversations of both kinds to test', () => {
      use();
      expect(new Set(conversations.map((conversation) => conversation.kind))).toEqual(new Set(['care', 'buyback']));
    });

    for (const conversation of conversations) {
      it(`shows the header of ${conversation.kind} ${conversation.folderId} (${conversation.customerName})`, async () => {
        const driver = use();
        await showWithPanel(driver, `${driver.origin}${conversation.path}`);
        const { mismatches, view } = await waitForPanelHeader(panel, conversation);
        expect(mismatches, `panel text: ${view.text.slice(0, 500)}`).toEqual([]);
        expect(view.headings).toEqual(expect.arrayContaining(['Photos', 'Numbers', 'Replies']));
      });
    }

    it('follows SPA navigation in the conversation tab without reloading either tab', async () => {
      const driver = use();
      const page = (script: string) => driver.page.evaluate(script);
      await showWithPanel(driver, `${driver.origin}${CONVERSATION_LIST_PATH}`);
      await waitForPanelStatus(panel, NO_CONVERSATION_STATUS);
      await markDocument(page);
      await markDocument(panel);

      const paths = await driver.page.run(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => new URL(link.href).pathname),
      );
      const linked = conversations.filter((conversation) => paths.includes(conversation.path));
      expect(linked.length, 'the list page links fewer than two demo conversations').toBeGreaterThanOrEqual(2);
      const [first, second] = linked as [DemoConversation, DemoConversation];

      await driver.page.bringToFront();
      await clickLinkTo(driver, first.path);
      let result = await waitForPanelHeader(panel, first);
      expect(result.mismatches).toEqual([]);

      await driver.page.run(() => history.back());
      await waitForPanelStatus(panel, NO_CONVERSATION_STATUS);
      await clickLinkTo(driver, second.path);
      result = await waitForPanelHeader(panel, second);
      expect(result.mismatches).toEqual([]);

      expect(await documentIsMarked(page), 'the conversation tab reloaded').toBe(true);
      expect(await documentIsMarked(panel), 'the panel reloaded').toBe(true);
    });

    // Chrome's side panel is opened here through the DevTools protocol; automation cannot open Firefox's sidebar,
    // which loads the same page the panel tab shows.
    it.runIf(browser === 'chromium')('opens the real side panel, which shows the active conversation', async () => {
      const driver = use();
      if (driver.native.browser !== 'chromium') return;
      const { session, panelTab } = driver.native.suite;
      const conversation = conversations[0];
      expect(conversation).toBeDefined();
      await driver.openPanel();
      const { panel: sidePanel, disconnect } = await openRealSidePanel(session, panelTab);
      try {
        await driver.openConversation(`${driver.origin}${conversation!.path}`);
        const { mismatches } = await waitForPanelHeader((script) => sidePanel.evaluate(script), conversation!);
        expect(mismatches).toEqual([]);
      } finally {
        await disconnect();
      }
    });

    it('sent no request off 127.0.0.1', async () => {
      const { recorder } = use();
      // Anything still in flight (a late fetch from the panel) gets a moment to reach the recorder.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
    });
  },
  { chromium: { remoteDebugging: true } },
);
